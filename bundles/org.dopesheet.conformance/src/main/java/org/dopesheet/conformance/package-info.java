/**
 * The conformance runner: loads vectors recorded from Blender (input state, operator calls,
 * Blender's resulting state), runs them through the {@link org.dopesheet.operator.OperatorRegistry}
 * and compares the result under the vectors' comparison rules.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.dopesheet.conformance;
