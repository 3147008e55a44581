/**
 * F-Curve mathematics identical to Blender's: keyframe evaluation with easing and the Cycles
 * modifier, automatic handle calculation with Continuous Acceleration smoothing, keyframe
 * insertion, sorting, merging and deletion, the table of animatable object and pose-bone
 * properties, and the evaluation of actions and NLA stacks into object property values.
 * <p>
 * Everything here is a pure function over the {@link org.dopesheet.model} classes; nothing
 * depends on OSGi. Arithmetic mirrors Blender's use of 32-bit floats (and of doubles where
 * Blender uses them), so results match Blender within the conformance tolerances.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.dopesheet.anim;
