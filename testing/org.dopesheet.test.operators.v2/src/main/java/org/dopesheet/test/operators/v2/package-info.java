/** What only version 2 of the test operator bundle has. */
package org.dopesheet.test.operators.v2;
