/**
 * JMH benchmarks of the F-Curve math of {@code org.dopesheet.anim}: batch evaluation of many
 * curves and handle recalculation of a very long curve. Run with
 * {@code java -jar benchmarks/target/benchmarks.jar} (see the module's README.md).
 */
package org.dopesheet.benchmarks;
