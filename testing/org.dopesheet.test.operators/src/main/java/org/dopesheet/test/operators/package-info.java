/**
 * Operators shared by both versions of the test operator bundle: {@code test.set_frame} and
 * {@code test.fail_halfway}. Version 2 ({@code testing/org.dopesheet.test.operators.v2}) copies
 * this package into its jar from version 1's.
 */
package org.dopesheet.test.operators;
