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
        for (int i = 0; i < target.size(); i++) {
            target.setSelected(i, false);
        }
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
