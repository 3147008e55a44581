/** What only version 1 of the test operator bundle has: its {@code test.count_keys}. */
package org.dopesheet.test.operators.v1;
