package org.dopesheet.ops.clipboard;

import java.util.EnumSet;
import java.util.Set;
import org.dopesheet.anim.BezTriple;
import org.dopesheet.anim.Handles;
import org.dopesheet.anim.Keyframes;
import org.dopesheet.edit.KeyframeClipboard.Content;
import org.dopesheet.edit.KeyframeClipboard.Item;
import org.dopesheet.model.FCurve;

/**
 * Pastes one buffer item into one curve (Blender's {@code paste_animedit_keys_fcurve}, spec
 * 3.20): deselects the curve's keys, removes keys as the merge mode says, inserts every buffered
 * key moved by the offset (and mirrored when flipping a bone curve) with
 * {@code OVERWRITE_FULL}, so that a key within 0.01 frames is replaced entirely, and recalculates
 * the handles. The buffer itself is never modified.
 */
final class CurvePaste {
    private static final Set<Keyframes.InsertFlag> OVERWRITE_FULL = EnumSet.of(Keyframes.InsertFlag.OVERWRITE_FULL);

    private CurvePaste() {
    }

    /**
     * Pastes {@code item} into {@code target}.
     *
     * @param target  the curve pasted into, in the time the offset refers to (scene time when
     *                the caller mapped it through an NLA strip)
     * @param item    the buffer item
     * @param content the buffer the item belongs to (its first and last frame bound
     *                {@link PasteMerge#OVER_RANGE_ALL})
     * @param offset  frames added to every pasted key and its handles
     * @param merge   how existing keys are treated
     * @param flip    whether values of bone curves are mirrored ({@link #negatedWhenFlipped})
     */
    static void paste(FCurve target, Item item, Content content, float offset, PasteMerge merge, boolean flip) {
        paste(target, item, content, offset, merge, flip, true);
    }

    /** {@link #paste}; with {@code batch}, the keys go in with {@link #insertAll} where it applies. */
    static void paste(FCurve target, Item item, Content content, float offset, PasteMerge merge, boolean flip,
            boolean batch) {
        target.setSelectedAll(false);
        FCurve keys = item.keys();
        switch (merge) {
            case OVER_ALL:
                Keyframes.deleteAllKeys(target);
                break;
            case OVER_RANGE:
                removeInside(target, keys.x(0) + offset, keys.x(keys.size() - 1) + offset);
                break;
            case OVER_RANGE_ALL:
                removeInside(target, content.firstFrame() + offset, content.lastFrame() + offset);
                break;
            default:
                break;
        }
        boolean negate = flip && item.isBone() && negatedWhenFlipped(item.dataPath(), item.arrayIndex());
        if (batch && insertAll(target, keys, offset, negate)) {
            Handles.recalculate(target);
            return;
        }
        for (int k = 0; k < keys.size(); k++) {
            BezTriple b = BezTriple.read(keys, k);
            if (negate) {
                b.leftY = -b.leftY;
                b.y = -b.y;
                b.rightY = -b.rightY;
            }
            b.leftX += offset;
            b.x += offset;
            b.rightX += offset;
            b.selectLeft = b.select = b.selectRight = true;
            Keyframes.insertBezt(target, b, OVERWRITE_FULL);
        }
        Handles.recalculate(target);
    }

    /**
     * The loop of {@code insert_bezt_fcurve(OVERWRITE_FULL)} calls of {@link #paste} in one pass,
     * when both the target's keys and the pasted keys (after the offset) ascend more than twice
     * the 0.01-frame threshold apart: then each pasted key finds at most one key within the
     * threshold, whatever was pasted before it, so a cursor along the target finds what the
     * binary search finds. A pasted key replaces that key entirely, or else goes in before the
     * first later key; either way it is a copy of the buffered key moved by the offset (values
     * negated when flipping), all three flags selected. Returns false, changing nothing, when the
     * keys are not spaced so.
     */
    static boolean insertAll(FCurve target, FCurve keys, float offset, boolean negate) {
        int m = keys.size();
        FCurve.Columns src = keys.columns();
        float[] xs = new float[m];
        for (int k = 0; k < m; k++) {
            xs[k] = src.x[k] + offset;
            if (k > 0 && !(xs[k] - xs[k - 1] > 2 * Keyframes.THRESHOLD)) {
                return false;
            }
        }
        int n = target.size();
        float[] tx = target.columns().x;
        for (int i = 1; i < n; i++) {
            if (!(tx[i] - tx[i - 1] > 2 * Keyframes.THRESHOLD)) {
                return false;
            }
        }
        int[] at = new int[m];
        boolean[] replaces = new boolean[m];
        int[] before = new int[m];
        int[] sources = new int[m];
        int inserts = 0;
        int cursor = 0;
        for (int k = 0; k < m; k++) {
            float x = xs[k];
            while (cursor < n && tx[cursor] < x && !isEqT(x, tx[cursor], Keyframes.THRESHOLD)) {
                cursor++;
            }
            replaces[k] = cursor < n && isEqT(x, tx[cursor], Keyframes.THRESHOLD);
            at[k] = cursor;
            if (!replaces[k]) {
                before[inserts] = cursor;
                sources[inserts++] = k;
            }
        }
        target.insertKeys(before, inserts, keys, sources);
        // where each pasted key ended up; replaced keys take every field of the pasted key first
        int[] index = new int[m];
        int inserted = 0;
        int shift = 0;
        for (int k = 0; k < m; k++) {
            if (replaces[k]) {
                while (shift < inserts && before[shift] <= at[k]) {
                    shift++;
                }
                index[k] = at[k] + shift;
                target.copyKey(keys, k, index[k]);
            } else {
                index[k] = at[k] + inserted++;
            }
        }
        // then the offset point and handles (negated values when flipping), all three flags
        // selected and the auto-handle lock cleared, over the columns
        FCurve.Columns t = target.columnsForWrite(FCurve.Columns.X | FCurve.Columns.Y | FCurve.Columns.LEFT_X
                | FCurve.Columns.LEFT_Y | FCurve.Columns.RIGHT_X | FCurve.Columns.RIGHT_Y | FCurve.Columns.FLAGS);
        final int selected = FCurve.Columns.SELECT_KEY | FCurve.Columns.SELECT_LEFT | FCurve.Columns.SELECT_RIGHT;
        for (int k = 0; k < m; k++) {
            int i = index[k];
            float ly = src.leftY[k];
            float y = src.y[k];
            float ry = src.rightY[k];
            if (negate) {
                ly = -ly;
                y = -y;
                ry = -ry;
            }
            t.leftX[i] = src.leftX[k] + offset;
            t.leftY[i] = ly;
            t.x[i] = xs[k];
            t.y[i] = y;
            t.rightX[i] = src.rightX[k] + offset;
            t.rightY[i] = ry;
            t.flags[i] = (byte) ((t.flags[i] | selected) & ~FCurve.Columns.LOCKED);
        }
        return true;
    }

    /** Blender's {@code IS_EQT}: {@code |a - b| <= t} in 32-bit floats. */
    private static boolean isEqT(float a, float b, float t) {
        return a > b ? (a - b) <= t : (b - a) <= t;
    }

    /**
     * Removes the keys strictly between {@code lo} and {@code hi} (keys exactly at either bound
     * survive); nothing when {@code lo >= hi}. Like Blender, the keys are tagged through their
     * control-point selection and deleted with {@code BKE_fcurve_delete_keys_selected}, which
     * also clears the active-key index when the active key goes.
     */
    static void removeInside(FCurve target, float lo, float hi) {
        if (!(lo < hi)) {
            return;
        }
        for (int i = 0; i < target.size(); i++) {
            if (lo < target.x(i) && target.x(i) < hi) {
                target.setSelection(i, target.leftSelected(i), true, target.rightSelected(i));
            }
        }
        Keyframes.deleteSelectedKeys(target);
    }

    /**
     * Whether flipping negates the values of a bone curve (Blender's
     * {@code do_curve_mirror_flippping}): X location, the Y and Z parts of quaternion and
     * axis-angle rotations, and Y and Z Euler rotations.
     */
    static boolean negatedWhenFlipped(String path, int index) {
        if (path.endsWith("location")) {
            return index == 0;
        }
        if (path.endsWith("rotation_quaternion")) {
            return index == 2 || index == 3;
        }
        if (path.endsWith("rotation_euler")) {
            return index == 1 || index == 2;
        }
        if (path.endsWith("rotation_axis_angle")) {
            return index == 2 || index == 3;
        }
        return false;
    }
}
