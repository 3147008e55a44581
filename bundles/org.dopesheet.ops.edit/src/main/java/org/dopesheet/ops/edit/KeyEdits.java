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
        final byte t = (byte) type.ordinal();
        final byte free = (byte) HandleType.FREE.ordinal();
        final boolean mustMatch = type == HandleType.AUTO || type == HandleType.AUTO_CLAMPED;
        FCurve.Columns c = fcu.columns();
        byte[] h1 = c.handleLeft;
        byte[] h2 = c.handleRight;
        final byte[] flags = c.flags;
        final int n = c.size;
        boolean touched = false;
        boolean owned = false;
        for (int i = 0; i < n; i++) {
            int f = flags[i] & (FCurve.Columns.SELECT_KEY | FCurve.Columns.SELECT_LEFT | FCurve.Columns.SELECT_RIGHT);
            if (f == 0 && !mustMatch) {
                continue;
            }
            if (f != 0 && !touched) {
                fcu.touch();
                touched = true;
            }
            byte left = h1[i];
            byte right = h2[i];
            if ((f & FCurve.Columns.SELECT_KEY) != 0) {
                left = t;
                right = t;
            } else {
                if ((f & FCurve.Columns.SELECT_LEFT) != 0) {
                    left = t;
                }
                if ((f & FCurve.Columns.SELECT_RIGHT) != 0) {
                    right = t;
                }
                if (mustMatch && left != right) {
                    if (freedWhenUnmatched(left)) {
                        left = free;
                    }
                    if (freedWhenUnmatched(right)) {
                        right = free;
                    }
                }
            }
            if (left != h1[i] || right != h2[i]) {
                if (!owned) {
                    touched = true;
                    c = fcu.columnsForWrite(FCurve.Columns.HANDLE_LEFT | FCurve.Columns.HANDLE_RIGHT);
                    h1 = c.handleLeft;
                    h2 = c.handleRight;
                    owned = true;
                }
                h1[i] = left;
                h2[i] = right;
            }
        }
    }

    private static final byte ALIGNED = (byte) HandleType.ALIGNED.ordinal();
    private static final byte AUTO = (byte) HandleType.AUTO.ordinal();
    private static final byte AUTO_CLAMPED = (byte) HandleType.AUTO_CLAMPED.ordinal();

    private static boolean freedWhenUnmatched(byte h) {
        return h == ALIGNED || h == AUTO || h == AUTO_CLAMPED;
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
        final int all = FCurve.Columns.SELECT_KEY | FCurve.Columns.SELECT_LEFT | FCurve.Columns.SELECT_RIGHT;
        byte[] flags = fcu.columnsForWrite(FCurve.Columns.FLAGS).flags;
        for (int k = 0; k < count; k++) {
            int original = originals[k] + k;
            flags[original] = (byte) (flags[original] & ~all);
            flags[original + 1] = (byte) (flags[original + 1] | all);
        }
        return true;
    }
}
