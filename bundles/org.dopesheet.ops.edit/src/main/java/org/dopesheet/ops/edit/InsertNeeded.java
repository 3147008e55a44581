package org.dopesheet.ops.edit;

import org.dopesheet.anim.FCurveEvaluation;
import org.dopesheet.anim.Keyframes;
import org.dopesheet.model.FCurve;

/**
 * The "Only Insert Needed" decisions of keyframing (spec 4.5): Blender 3.4's
 * {@code new_key_needed} with its DELPREV / DELNEXT deletions, and the current Blender's rule
 * (a key at the frame is needed iff its value differs exactly; otherwise iff the curve does not
 * already evaluate to the value within FLT_EPSILON or 32 ULP).
 */
final class InsertNeeded {
    private static final float FLT_EPSILON = 1.1920929e-7f;
    private static final int DIFF_ULP = 32;

    /** Outcome of Blender 3.4's {@code new_key_needed}. */
    enum Decision {
        /** {@code KEYNEEDED_DONTADD}. */
        DONT_ADD,
        /** {@code KEYNEEDED_JUSTADD}. */
        ADD,
        /** {@code KEYNEEDED_DELPREV}: add, then delete the key before the new last key. */
        ADD_DELETE_PREVIOUS,
        /** {@code KEYNEEDED_DELNEXT}: add, then delete the key at index 1. */
        ADD_DELETE_NEXT
    }

    private InsertNeeded() {
    }

    /** Blender 3.4's {@code new_key_needed} for a key of {@code value} at {@code frame}. */
    static Decision legacy(FCurve fcu, float frame, float value) {
        int total = fcu.size();
        if (total == 0) {
            return Decision.ADD;
        }
        int prev = -1;
        int cur = 0;
        for (int i = 0; i < total; i++) {
            float curX = fcu.x(cur);
            float curY = fcu.y(cur);
            if (prev >= 0) {
                float prevX = fcu.x(prev);
                float prevY = fcu.y(prev);
                if (isEqF(prevX, frame) && isEqF(curX, frame) && isEqF(curX, prevX)) {
                    return Decision.DONT_ADD;
                }
                if (prevX <= frame && frame <= curX) {
                    if (isEqF(prevY, value) && isEqF(curY, value) && isEqF(prevY, curY)) {
                        return Decision.DONT_ADD;
                    }
                    float real = FCurveEvaluation.evaluate(fcu, frame);
                    return isEqF(real, value) ? Decision.DONT_ADD : Decision.ADD;
                }
                if (frame < prevX) {
                    if (isEqF(prevY, value) && isEqF(curY, value) && isEqF(prevY, curY)) {
                        return Decision.ADD_DELETE_NEXT;
                    }
                    return Decision.ADD;
                }
            } else if (frame < curX && total == 1) {
                return Decision.ADD;
            }
            if (i < total - 1) {
                prev = cur;
                cur++;
            } else {
                break;
            }
        }
        float lastY = fcu.y(total - 1);
        // With a single key there is no second-to-last value; Blender compares against
        // last + 1 so that the key is never deleted.
        float beforeLastY = prev >= 0 ? fcu.y(prev) : lastY + 1.0f;
        if (isEqF(lastY, value) && isEqF(lastY, beforeLastY)) {
            return Decision.ADD_DELETE_PREVIOUS;
        }
        return Decision.ADD;
    }

    /** The current Blender's {@code new_key_needed}. */
    static boolean current(FCurve fcu, float frame, float value) {
        if (fcu.size() == 0) {
            return true;
        }
        int found = Keyframes.binarySearch(fcu, frame);
        if (found < 0) {
            return fcu.y(-found - 1) != value;
        }
        float evaluated = FCurveEvaluation.evaluate(fcu, frame);
        return !compareRelative(evaluated, value, FLT_EPSILON, DIFF_ULP);
    }

    /** Blender's {@code compare_ff_relative}: absolute difference, else distance in ULPs (same sign). */
    static boolean compareRelative(float a, float b, float maxDiff, int maxUlps) {
        if (Math.abs(a - b) <= maxDiff) {
            return true;
        }
        int ia = Float.floatToRawIntBits(a);
        int ib = Float.floatToRawIntBits(b);
        if ((ia < 0) != (ib < 0)) {
            return false;
        }
        return Math.abs(ia - ib) <= maxUlps;
    }

    /** Blender's {@code IS_EQF}: {@code |a - b| < FLT_EPSILON}. */
    static boolean isEqF(float a, float b) {
        return Math.abs(a - b) < FLT_EPSILON;
    }
}
