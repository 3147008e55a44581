/**
 * An example of a third-party operator bundle: {@link org.dopesheet.example.smooth.SmoothKeysOperator}
 * ({@code example.smooth_keys}) smooths the values of the selected keys with a Gaussian filter, as
 * Blender's Graph Editor operator {@code graph.gaussian_smooth} does. The bundle uses only the
 * packages the core exports; nothing is exported here, the operator is a DS component.
 */
package org.dopesheet.example.smooth;
