package org.dopesheet.ops.select;

import java.util.List;
import org.dopesheet.context.AnimationContext;
import org.dopesheet.context.Channel;
import org.dopesheet.edit.CurveMapping;
import org.dopesheet.edit.SelectMode;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.Marker;

/** Selection of the keys before or after the current frame (Blender's {@code actkeys_select_leftright}, spec 3.28). */
final class LeftRightSelection {
    private LeftRightSelection() {
    }

    /**
     * The strict frame range of a side: LEFT {@code (MINAFRAMEF, cfra + 0.1)}, RIGHT
     * {@code (cfra - 0.1, MAXFRAMEF)}, so keys on the current frame belong to both sides.
     */
    static float[] range(LeftRightMode side, int cfra) {
        if (side == LeftRightMode.LEFT) {
            return new float[] {Selections.MINAFRAMEF, cfra + 0.1f};
        }
        return new float[] {cfra - 0.1f, Selections.MAXFRAMEF};
    }

    /**
     * Selects the keys of one side in every visible curve (DATA_VISIBLE | LIST_VISIBLE |
     * NODUPLIS), each curve moved to scene time for the test and back. {@code mode} is REPLACE
     * (every key is deselected first, channels are untouched) or INVERT ({@code extend}).
     */
    static void select(AnimationContext anim, LeftRightMode side, int cfra, SelectMode mode) {
        SelectMode keyMode = mode;
        if (mode == SelectMode.REPLACE) {
            keyMode = SelectMode.ADD;
            Selections.deselectAllKeys(anim);
        }
        float[] range = range(side, cfra);
        Selections.KeyTest inside = Selections.inFrameRange(range[0], range[1]);
        for (Channel c : anim.curves(Selections.VISIBLE_CURVES)) {
            FCurve curve = c.fcurve();
            CurveMapping.apply(c.nlaStrip(), curve, false, true);
            Selections.select(curve, inside, keyMode);
            CurveMapping.apply(c.nlaStrip(), curve, true, true);
        }
    }

    /**
     * Marker sync ("Sync Markers", done only when keys were added, not toggled): every marker of
     * the list is selected when it lies on the chosen side ({@code frame < cfra} for LEFT,
     * {@code frame >= cfra} for RIGHT) and deselected otherwise.
     */
    static void syncMarkers(List<Marker> markers, LeftRightMode side, int cfra) {
        for (Marker m : markers) {
            boolean onSide = side == LeftRightMode.LEFT ? m.frame() < cfra : m.frame() >= cfra;
            m.setSelect(onSide);
        }
    }
}
