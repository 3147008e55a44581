package org.dopesheet.ops.edit;

import java.util.EnumSet;
import java.util.Set;
import org.dopesheet.anim.CycleType;
import org.dopesheet.anim.FCurveEvaluation;
import org.dopesheet.anim.Handles;
import org.dopesheet.anim.Keyframes;
import org.dopesheet.model.AutoSmoothing;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.HandleType;
import org.dopesheet.model.KeyframeType;
import org.dopesheet.model.Preferences;

/**
 * Blender's {@code sample_fcurve} (3.4) / {@code animrig::bake_fcurve_segments} (current), spec
 * 3.1: between the two ends of every run of selected keys (a lone selected key pairs with the
 * next selected key across unselected ones) a BREAKDOWN key is inserted on every whole frame,
 * all values being sampled from the unmodified curve first. Inserted keys follow the user
 * preferences for handle type and interpolation.
 */
final class KeyBaker {
    private static final Set<Keyframes.InsertFlag> NO_FLAGS = EnumSet.noneOf(Keyframes.InsertFlag.class);

    private KeyBaker() {
    }

    /** Bakes the selected segments of {@code fcu}, then recalculates its handles. */
    static void bake(FCurve fcu, Preferences prefs) {
        bake(fcu, prefs, batchable(fcu, prefs));
    }

    /**
     * Bakes; with {@code batch} each segment's keys go in with one insertion pass and one handle
     * recalculation ({@link #insertSegment}) instead of one {@code insert_vert_fcurve} each.
     */
    static void bake(FCurve fcu, Preferences prefs, boolean batch) {
        if (fcu.size() == 0) {
            return;
        }
        int start = -1;
        for (int i = 0; i < fcu.size(); i++) {
            if (!fcu.anySelected(i)) {
                continue;
            }
            if (start < 0) {
                start = i;
                continue;
            }
            if (i < fcu.size() - 1 && fcu.anySelected(i + 1)) {
                continue;
            }
            int range = (int) Math.ceil(fcu.x(i) - fcu.x(start));
            int sfra = (int) Math.floor(fcu.x(start));
            // Blender compensates the loop index by range - 1 after inserting; with keys out of
            // order (range < 0) it would index before the array, so only forward ranges are baked.
            if (range > 0) {
                float[] frames = new float[range - 1];
                float[] values = new float[range - 1];
                for (int n = 1; n < range; n++) {
                    frames[n - 1] = (float) (sfra + n);
                }
                // every value is sampled before any key is added (batch: same values, ascending frames)
                FCurveEvaluation.evaluate(fcu, frames, values);
                if (batch) {
                    insertSegment(fcu, frames, values, prefs);
                } else {
                    for (int n = 0; n < frames.length; n++) {
                        Keyframes.insertVert(fcu, frames[n], values[n], KeyframeType.BREAKDOWN, NO_FLAGS, prefs);
                    }
                }
                i += range - 1;
            }
            start = -1;
        }
        Handles.recalculate(fcu);
    }

    /**
     * Whether {@link #insertSegment} gives exactly what one {@code insert_vert_fcurve} per frame
     * gives: every key and every inserted key has AUTO or AUTO_CLAMPED handles on both sides, the
     * curve has no smoothing and no cycle (so every handle recalculation in between is a function of
     * the key points alone, the final one overwrites them all, and no handle subdivision happens),
     * and consecutive keys are more than twice the insertion threshold apart (so the 0.01-frame
     * binary search finds at most one key for a frame, whatever was inserted before it).
     */
    static boolean batchable(FCurve fcu, Preferences prefs) {
        HandleType newType = prefs == null ? HandleType.AUTO_CLAMPED : prefs.keyframeNewHandleType();
        if (!isAuto(newType) || fcu.autoSmoothing() != AutoSmoothing.NONE
                || Keyframes.cycleType(fcu) != CycleType.NONE) {
            return false;
        }
        for (int i = 0; i < fcu.size(); i++) {
            if (!isAuto(fcu.handleLeft(i)) || !isAuto(fcu.handleRight(i))) {
                return false;
            }
            if (i > 0 && !(fcu.x(i) - fcu.x(i - 1) > 2 * Keyframes.THRESHOLD)) {
                return false;
            }
        }
        return true;
    }

    /** Blender's {@code IS_EQT}: {@code |a - b| <= t} in 32-bit floats. */
    private static boolean isEqT(float a, float b, float t) {
        return a > b ? (a - b) <= t : (b - a) <= t;
    }

    private static boolean isAuto(HandleType h) {
        return h == HandleType.AUTO || h == HandleType.AUTO_CLAMPED;
    }

    /**
     * The keys of one baked segment, as {@code insert_vert_fcurve} with BREAKDOWN keys would add
     * them frame by frame (under {@link #batchable}): a frame within 0.01 of a key replaces that
     * key's value ({@code replace_bezt_keyframe_ypos}: the key and its handles move by the value
     * change, all three flags selected); any other frame becomes a new selected BREAKDOWN key with
     * the previous key's interpolation; the last frame's key becomes the active key; handles are
     * recalculated once.
     */
    static void insertSegment(FCurve fcu, float[] frames, float[] values, Preferences prefs) {
        int m = frames.length;
        if (m == 0) {
            return;
        }
        HandleType handle = prefs == null ? HandleType.AUTO_CLAMPED : prefs.keyframeNewHandleType();
        int[] at = new int[m];
        boolean[] replaces = new boolean[m];
        int[] before = new int[m];
        int inserts = 0;
        // Keyframes.binarySearch of each frame, as a cursor along the keys: under batchable() at
        // most one key lies within the threshold of a frame, so both find that key, or else the
        // first key after the frame
        int n = fcu.size();
        int cursor = 0;
        for (int k = 0; k < m; k++) {
            float f = frames[k];
            while (cursor < n && fcu.x(cursor) < f && !isEqT(f, fcu.x(cursor), Keyframes.THRESHOLD)) {
                cursor++;
            }
            boolean replace = cursor < n && isEqT(f, fcu.x(cursor), Keyframes.THRESHOLD);
            replaces[k] = replace;
            at[k] = cursor;
            if (!replace) {
                before[inserts++] = cursor;
            }
        }
        fcu.insertKeys(before, inserts);
        int inserted = 0;
        int shift = 0;
        int last = -1;
        for (int k = 0; k < m; k++) {
            if (replaces[k]) {
                // the replaced key's index moves by the insertions before it (frames ascend, so
                // the replaced indices do too)
                int j = at[k];
                while (shift < inserts && before[shift] <= j) {
                    shift++;
                }
                int i = j + shift;
                float dy = values[k] - fcu.y(i);
                fcu.setLeft(i, fcu.leftX(i), fcu.leftY(i) + dy);
                fcu.setY(i, fcu.y(i) + dy);
                fcu.setRight(i, fcu.rightX(i), fcu.rightY(i) + dy);
                fcu.setSelection(i, true, true, true);
                last = i;
            } else {
                int i = at[k] + inserted;
                inserted++;
                float x = frames[k];
                float y = values[k];
                fcu.setCo(i, x, y);
                fcu.setLeft(i, x - 1.0f, y);
                fcu.setRight(i, x + 1.0f, y);
                fcu.setHandleLeft(i, handle);
                fcu.setHandleRight(i, handle);
                fcu.setInterpolation(i, fcu.interpolation(i - 1));
                fcu.setKeyType(i, KeyframeType.BREAKDOWN);
                fcu.setSelection(i, true, true, true);
                fcu.setAutoHandleLocked(i, false);
                last = i;
            }
        }
        fcu.setActiveKeyframeIndex(last);
        Handles.recalculate(fcu);
    }
}
