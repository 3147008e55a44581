package org.dopesheet.ops.select;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.dopesheet.context.AnimFilter;
import org.dopesheet.context.AnimationContext;
import org.dopesheet.context.Channel;
import org.dopesheet.edit.CurveMapping;
import org.dopesheet.edit.SelectMode;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.Marker;

/**
 * Column selection (Blender's {@code columnselect_action_keys} and
 * {@code markers_selectkeys_between}, spec 3.26). Always adds to the selection.
 */
final class ColumnSelection {
    /** The channels columns are collected from and selected in: DATA_VISIBLE | LIST_VISIBLE (no NODUPLIS). */
    static final int COLUMN_CURVES = AnimFilter.DATA_VISIBLE | AnimFilter.LIST_VISIBLE;

    private ColumnSelection() {
    }

    /**
     * The frame a selected key contributes to the KEYS column list: in 3.4 its raw (action time)
     * frame, which is then mapped from scene to action time a second time when selecting (a
     * double-mapping bug in NLA tweak mode); currently the key's frame mapped to scene time.
     */
    static float selectedKeyColumnFrame(Channel channel, float actionFrame, boolean blender34) {
        return blender34 ? actionFrame : channel.toScene(actionFrame);
    }

    /**
     * KEYS: the frames of every key with its key flag ({@code f2}) selected in the visible
     * curves, duplicates kept, in curve and key order.
     */
    static List<Float> selectedKeyFrames(AnimationContext anim, boolean blender34) {
        List<Float> frames = new ArrayList<>();
        for (Channel c : anim.curves(COLUMN_CURVES)) {
            FCurve curve = c.fcurve();
            for (int i = 0; i < curve.size(); i++) {
                if (curve.selected(i)) {
                    frames.add(selectedKeyColumnFrame(c, curve.x(i), blender34));
                }
            }
        }
        return frames;
    }

    /** MARKERS_COLUMN: the frames of the selected markers, sorted and without duplicates. */
    static List<Float> selectedMarkerFrames(List<Marker> markers) {
        TreeSet<Integer> frames = new TreeSet<>();
        for (Marker m : markers) {
            if (m.select()) {
                frames.add(m.frame());
            }
        }
        List<Float> out = new ArrayList<>();
        for (int f : frames) {
            out.add((float) f);
        }
        return out;
    }

    /**
     * Adds the keys of every visible curve lying on one of the scene frames (mapped to the
     * curve's action time, compared with {@code IS_EQF}).
     */
    static void selectColumns(AnimationContext anim, List<Float> sceneFrames) {
        for (Channel c : anim.curves(COLUMN_CURVES)) {
            for (float f : sceneFrames) {
                Selections.select(c.fcurve(), Selections.atFrame(c.toAction(f)), SelectMode.ADD);
            }
        }
    }

    /**
     * Blender's {@code ED_markers_get_minmax(markers, sel=1)}: {@code {min, max}} of the selected
     * markers' frames; {@code {0, 0}} when there are no markers at all, and
     * {@code {FLT_MAX, -FLT_MAX}} when markers exist but none is selected.
     */
    static float[] selectedMarkerRange(List<Marker> markers) {
        if (markers.isEmpty()) {
            return new float[] {0f, 0f};
        }
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        for (Marker m : markers) {
            if (m.select()) {
                min = Math.min(min, m.frame());
                max = Math.max(max, m.frame());
            }
        }
        return new float[] {min, max};
    }

    /**
     * MARKERS_BETWEEN: adds the keys strictly between the selected markers' minimum - 0.5 and
     * maximum + 0.5, in every visible curve (DATA_VISIBLE | LIST_VISIBLE | NODUPLIS), each curve
     * moved to scene time for the test and back.
     */
    static void selectBetweenMarkers(AnimationContext anim, List<Marker> markers) {
        float[] range = selectedMarkerRange(markers);
        float lo = range[0] - 0.5f;
        float hi = range[1] + 0.5f;
        for (Channel c : anim.curves(Selections.VISIBLE_CURVES)) {
            FCurve curve = c.fcurve();
            CurveMapping.apply(c.nlaStrip(), curve, false, true);
            Selections.select(curve, Selections.inFrameRange(lo, hi), SelectMode.ADD);
            CurveMapping.apply(c.nlaStrip(), curve, true, true);
        }
    }
}
