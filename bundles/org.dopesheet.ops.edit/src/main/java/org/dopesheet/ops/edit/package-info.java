/**
 * Keyframe editing operators of the Dope Sheet / Action editor (Blender's {@code action_edit.c}
 * with the algorithms of {@code keyframes_general.c}, {@code keyframes_edit.c} and
 * {@code keyframing.c}). Implementation only: nothing is exported; the operators are DS
 * components.
 */
package org.dopesheet.ops.edit;
