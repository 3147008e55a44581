package org.dopesheet.ops.select;

import java.util.List;
import org.dopesheet.context.AnimFilter;
import org.dopesheet.context.AnimationContext;
import org.dopesheet.context.Channel;
import org.dopesheet.edit.KeySelection;
import org.dopesheet.edit.SelectMode;
import org.dopesheet.model.FCurve;

/**
 * Selection that works curve by curve along the key array (Blender's
 * {@code select_moreless_action_keys} and {@code actkeys_select_linked_exec}, spec 3.29-3.31):
 * over DATA_VISIBLE | LIST_VISIBLE | FCURVESONLY | NODUPLIS, neighbours being array neighbours.
 */
final class CurveSelection {
    static final int CURVES = AnimFilter.DATA_VISIBLE | AnimFilter.LIST_VISIBLE | AnimFilter.FCURVESONLY
            | AnimFilter.NODUPLIS;

    private CurveSelection() {
    }

    /** Grow ({@code more}) or shrink the selection of every visible curve. */
    static void moreOrLess(AnimationContext anim, boolean more) {
        for (Channel c : anim.curves(CURVES)) {
            FCurve curve = c.fcurve();
            if (curve.size() > 0) {
                apply(curve, more ? moreMap(curve) : lessMap(curve));
            }
        }
    }

    /**
     * The "more" map from the current (any-flag) selection: a key is kept or becomes selected
     * when it or one of its array neighbours is selected.
     */
    static boolean[] moreMap(FCurve c) {
        int n = c.size();
        boolean[] map = new boolean[n];
        for (int i = 0; i < n; i++) {
            map[i] = c.anySelected(i) || (i > 0 && c.anySelected(i - 1)) || (i < n - 1 && c.anySelected(i + 1));
        }
        return map;
    }

    /**
     * The "less" map: a selected key stays selected only when both array neighbours exist and are
     * selected, so selected keys at either end of the curve are always deselected.
     */
    static boolean[] lessMap(FCurve c) {
        int n = c.size();
        boolean[] map = new boolean[n];
        for (int i = 0; i < n; i++) {
            map[i] = c.anySelected(i) && i > 0 && i < n - 1 && c.anySelected(i - 1) && c.anySelected(i + 1);
        }
        return map;
    }

    /** Flushes a map: selects all three flags where it is set, clears them elsewhere ({@code bezt_selmap_flush}). */
    static void apply(FCurve c, boolean[] map) {
        for (int i = 0; i < map.length; i++) {
            KeySelection.apply(c, i, map[i] ? SelectMode.ADD : SelectMode.SUBTRACT);
        }
    }

    /** Selects every key of each visible curve that has a key with any flag selected. */
    static void linked(AnimationContext anim) {
        List<Channel> curves = anim.curves(CURVES);
        for (Channel c : curves) {
            if (KeySelection.anySelected(c.fcurve())) {
                KeySelection.applyAll(c.fcurve(), SelectMode.ADD);
            }
        }
    }
}
