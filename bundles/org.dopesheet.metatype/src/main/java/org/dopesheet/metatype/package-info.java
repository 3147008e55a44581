/**
 * Operator descriptions for hosts as OSGi Metatype: the PIDs under which the runtime publishes an
 * {@code ObjectClassDefinition} per registered operator ({@link org.dopesheet.metatype.OperatorMetaType}).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.dopesheet.metatype;
