package org.dopesheet.ops.edit;

import org.dopesheet.model.Easing;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.HandleType;
import org.dopesheet.model.Interpolation;
import org.dopesheet.model.KeyframeType;

/**
 * Per-key edit callbacks of Blender's {@code keyframes_edit.c} (setters of handle type,
 * interpolation, easing and key type) and the key duplication of {@code keyframes_general.c}.
 * Setters other than the handle type act on keys whose control point is selected ({@code f2}).
 */
final class KeyEdits {
    private KeyEdits() {
    }

    /**
     * Blender's {@code set_bezier_*} handle callbacks on every key: a key with its control point
     * selected gets {@code type} on both sides; otherwise each selected handle gets it, and for
     * AUTO / AUTO_CLAMPED the two handle types must then match: a side left ALIGNED, AUTO or
     * AUTO_CLAMPED while the other differs becomes FREE ({@code ENSURE_HANDLES_MATCH}).
     */
    static void setHandleType(FCurve fcu, HandleType type) {
        boolean mustMatch = type == HandleType.AUTO || type == HandleType.AUTO_CLAMPED;
        for (int i = 0; i < fcu.size(); i++) {
            if (fcu.selected(i)) {
                fcu.setHandleLeft(i, type);
                fcu.setHandleRight(i, type);
                continue;
            }
            if (fcu.leftSelected(i)) {
                fcu.setHandleLeft(i, type);
            }
            if (fcu.rightSelected(i)) {
                fcu.setHandleRight(i, type);
            }
            if (mustMatch && fcu.handleLeft(i) != fcu.handleRight(i)) {
                if (freedWhenUnmatched(fcu.handleLeft(i))) {
                    fcu.setHandleLeft(i, HandleType.FREE);
                }
                if (freedWhenUnmatched(fcu.handleRight(i))) {
                    fcu.setHandleRight(i, HandleType.FREE);
                }
            }
        }
    }

    private static boolean freedWhenUnmatched(HandleType h) {
        return h == HandleType.ALIGNED || h == HandleType.AUTO || h == HandleType.AUTO_CLAMPED;
    }

    /** Blender's {@code set_bezt_*} interpolation callbacks: selected keys get {@code mode}. */
    static void setInterpolation(FCurve fcu, Interpolation mode) {
        for (int i = 0; i < fcu.size(); i++) {
            if (fcu.selected(i)) {
                fcu.setInterpolation(i, mode);
            }
        }
    }

    /** Blender's {@code set_easingtype_*} callbacks: selected keys get {@code easing}. */
    static void setEasing(FCurve fcu, Easing easing) {
        for (int i = 0; i < fcu.size(); i++) {
            if (fcu.selected(i)) {
                fcu.setEasing(i, easing);
            }
        }
    }

    /** Blender's {@code set_keytype_*} callbacks: selected keys get {@code type}. */
    static void setKeyType(FCurve fcu, KeyframeType type) {
        for (int i = 0; i < fcu.size(); i++) {
            if (fcu.selected(i)) {
                fcu.setKeyType(i, type);
            }
        }
    }

    /**
     * Blender's {@code duplicate_fcurve_keys}: every key with its control point selected gets an
     * exact copy right after it; the original is deselected (all three flags), the copy selected,
     * and the scan continues after the copy. The stored active-key index is left as is.
     * Returns whether a key was duplicated.
     */
    static boolean duplicateSelected(FCurve fcu) {
        // The keys Blender's loop duplicates are the keys selected before it starts (it skips each
        // copy it made), so the copies are inserted in one pass, then copied and (de)selected.
        int n = fcu.size();
        int[] after = new int[n];
        int[] originals = new int[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (fcu.selected(i)) {
                originals[count] = i;
                after[count++] = i + 1;
            }
        }
        if (count == 0) {
            return false;
        }
        fcu.insertKeys(after, count, originals);
        for (int k = 0; k < count; k++) {
            int original = originals[k] + k;
            fcu.setSelected(original, false);
            fcu.setSelected(original + 1, true);
        }
        return true;
    }
}
