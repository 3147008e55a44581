package org.dopesheet.ops.edit;

import java.util.EnumSet;
import java.util.Set;
import org.dopesheet.anim.AnimatableProperties;
import org.dopesheet.anim.BezTriple;
import org.dopesheet.anim.Keyframes;
import org.dopesheet.context.Channel;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.SceneObject;

/**
 * Blender's {@code clean_fcurve} (spec 3.2): rebuilds a curve from its keys, keeping a key only
 * when it differs (by more than the threshold) from the last key kept, with the first key always
 * kept and the last key dropped when it repeats the last kept value. Keys go back through the
 * low-level insertion ({@code insert_bezt_fcurve}, spec 4.4), so a key within 0.01 frames of the
 * previously kept one replaces its value instead of being added. With {@code clearDefault}, a
 * curve left with one key at the property's default value loses that key and is removed when
 * empty.
 */
final class KeyCleaner {
    private static final Set<Keyframes.InsertFlag> NO_FLAGS = EnumSet.noneOf(Keyframes.InsertFlag.class);

    private KeyCleaner() {
    }

    /**
     * Cleans the curve of {@code channel}.
     *
     * @param threshold        the value and frame tolerance ({@code IS_EQT}, inclusive)
     * @param clearDefault     the {@code channels} option: remove a single key at the default value
     * @param onlySelectedKeys only keys with their control point selected may be removed
     *                         (unselected keys are kept with all three flags cleared)
     */
    static void clean(Channel channel, float threshold, boolean clearDefault, boolean onlySelectedKeys) {
        FCurve fcu = channel.fcurve();
        int total = fcu.size();
        if (total == 0 || (!clearDefault && total == 1)) {
            return;
        }
        if (spaced(fcu)) {
            cleanSpaced(fcu, threshold, onlySelectedKeys);
        } else {
            cleanKeyByKey(fcu, threshold, onlySelectedKeys);
        }
        if (clearDefault && fcu.size() == 1 && fcu.y(0) == defaultValue(channel)) {
            Keyframes.deleteAllKeys(fcu);
            if (Keyframes.isEmpty(fcu)) {
                CurveRemoval.removeFromAnimData(channel);
            }
        }
    }

    /**
     * Whether the keys ascend more than twice the 0.01-frame insertion threshold apart: then every
     * key {@code clean_fcurve} re-inserts lands after the last kept key, farther than the
     * threshold, so it is appended unchanged and the rebuilt curve is the kept keys in order.
     */
    static boolean spaced(FCurve fcu) {
        for (int i = 1; i < fcu.size(); i++) {
            if (!(fcu.x(i) - fcu.x(i - 1) > 2 * Keyframes.THRESHOLD)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #cleanKeyByKey} for {@link #spaced} keys: the same decisions, then the kept keys go in
     * with one {@link FCurve#insertKeys} (as copies with the auto-handle lock cleared, unselected
     * where the key-by-key form deselects them).
     */
    static void cleanSpaced(FCurve fcu, float threshold, boolean onlySelectedKeys) {
        int total = fcu.size();
        FCurve old = fcu.copy(false);
        int[] kept = new int[total];
        boolean[] deselect = new boolean[total];
        int count = 0;
        kept[count] = 0;
        deselect[count++] = !old.selected(0);
        for (int i = 1; i < total; i++) {
            int last = kept[count - 1];
            float prevX = old.x(last);
            float prevY = old.y(last);
            float curX = old.x(i);
            float curY = old.y(i);
            boolean hasNext = i < total - 1;
            boolean keep;
            if (onlySelectedKeys && !old.selected(i)) {
                kept[count] = i;
                deselect[count++] = true;
                continue;
            }
            if (isEqT(curX, prevX, threshold)) {
                if (hasNext && isEqT(curX, old.x(i + 1), threshold) && !isEqT(old.y(i + 1), prevY, threshold)) {
                    keep = curY > old.y(i + 1) && !isEqT(curY, prevY, threshold);
                } else {
                    keep = !isEqT(curY, prevY, threshold);
                }
            } else if (hasNext) {
                keep = !isEqT(curY, prevY, threshold) || !isEqT(curY, old.y(i + 1), threshold);
            } else {
                keep = !isEqT(curY, prevY, threshold);
            }
            if (keep) {
                kept[count] = i;
                deselect[count++] = false;
            }
        }
        int active = fcu.activeKeyframeIndex();
        fcu.clearKeys();
        fcu.setActiveKeyframeIndex(active);
        fcu.insertKeys(new int[count], count, old, kept);
        for (int k = 0; k < count; k++) {
            fcu.setAutoHandleLocked(k, false);
            if (deselect[k]) {
                fcu.setSelection(k, false, false, false);
            }
        }
    }

    /** Blender's loop: every kept key re-inserted with {@code insert_bezt_fcurve}. */
    static void cleanKeyByKey(FCurve fcu, float threshold, boolean onlySelectedKeys) {
        int total = fcu.size();
        BezTriple[] old = new BezTriple[total];
        for (int i = 0; i < total; i++) {
            old[i] = BezTriple.read(fcu, i);
        }
        int active = fcu.activeKeyframeIndex();
        fcu.clearKeys();
        fcu.setActiveKeyframeIndex(active);

        Keyframes.insertBezt(fcu, old[0], NO_FLAGS);
        if (!old[0].select) {
            fcu.setSelection(fcu.size() - 1, false, false, false);
        }
        for (int i = 1; i < total; i++) {
            BezTriple cur = old[i];
            BezTriple next = i < total - 1 ? old[i + 1] : null;
            int last = fcu.size() - 1;
            float prevX = fcu.x(last);
            float prevY = fcu.y(last);
            if (onlySelectedKeys && !cur.select) {
                Keyframes.insertBezt(fcu, cur, NO_FLAGS);
                fcu.setSelection(fcu.size() - 1, false, false, false);
                continue;
            }
            if (isEqT(cur.x, prevX, threshold)) {
                if (next != null && isEqT(cur.x, next.x, threshold) && !isEqT(next.y, prevY, threshold)) {
                    if (cur.y > next.y && !isEqT(cur.y, prevY, threshold)) {
                        Keyframes.insertBezt(fcu, cur, NO_FLAGS);
                    }
                } else if (!isEqT(cur.y, prevY, threshold)) {
                    Keyframes.insertBezt(fcu, cur, NO_FLAGS);
                }
            } else if (next != null) {
                if (!isEqT(cur.y, prevY, threshold) || !isEqT(cur.y, next.y, threshold)) {
                    Keyframes.insertBezt(fcu, cur, NO_FLAGS);
                }
            } else if (!isEqT(cur.y, prevY, threshold)) {
                Keyframes.insertBezt(fcu, cur, NO_FLAGS);
            }
        }
    }

    /**
     * The RNA default of the curve's property element on the channel's ID, 0 when the path does
     * not resolve (every animatable property of the model is a float property).
     */
    static float defaultValue(Channel channel) {
        SceneObject object = channel.object();
        FCurve fcu = channel.fcurve();
        if (object == null) {
            return 0.0f;
        }
        AnimatableProperties.Property p = AnimatableProperties.lookup(object, fcu.dataPath());
        if (p == null || fcu.arrayIndex() < 0 || fcu.arrayIndex() >= p.arrayLength()) {
            return 0.0f;
        }
        return p.defaultValue(fcu.arrayIndex());
    }

    /** Blender's {@code IS_EQT}: {@code |a - b| <= t} in 32-bit floats. */
    static boolean isEqT(float a, float b, float t) {
        return a > b ? (a - b) <= t : (b - a) <= t;
    }
}
