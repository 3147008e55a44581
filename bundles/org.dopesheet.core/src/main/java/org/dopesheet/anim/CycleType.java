package org.dopesheet.anim;

/**
 * Blender's {@code eFCU_Cycle_Type}: how an F-Curve's Cycles modifier makes it cyclic
 * ({@code BKE_fcurve_get_cycle_type}, spec 4.9).
 */
public enum CycleType {
    /** Not cyclic (no usable Cycles first modifier). */
    NONE,
    /** Both sides REPEAT with infinite counts: the curve repeats exactly. */
    PERFECT,
    /** Both sides REPEAT or REPEAT_OFFSET (not both REPEAT) with infinite counts. */
    OFFSET
}
