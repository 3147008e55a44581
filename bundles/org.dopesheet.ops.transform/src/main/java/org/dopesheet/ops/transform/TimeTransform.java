package org.dopesheet.ops.transform;

import java.util.List;
import org.dopesheet.anim.Handles;
import org.dopesheet.anim.Keyframes;
import org.dopesheet.context.Channel;
import org.dopesheet.context.NlaMapping;
import org.dopesheet.model.FCurve;

/**
 * The Dope Sheet's time transform in its non-interactive form (Blender's
 * {@code transform_convert_action.c} with {@code applyTimeTranslate} / {@code applyTimeScale}): every
 * key-selected key of the visible editable curves moves in time, both handles by the same offset;
 * with snapping the new frame is rounded to a whole scene frame; then each moved curve is sorted,
 * its handles recalculated and coincident keys merged (spec 4.8, "auto-merge keyframes").
 */
final class TimeTransform {
    private TimeTransform() {
    }

    /** TIME_TRANSLATE / TIME_DUPLICATE: offset in scene frames. */
    static int translate(List<Channel> curves, float offset, boolean snap) {
        return apply(curves, snap, (ch, x) -> NlaMapping.toAction(ch.nlaStrip(), NlaMapping.toScene(ch.nlaStrip(), x)
                + offset));
    }

    /** TIME_SCALE: factor around the current frame (un-mapped into each curve's action time). */
    static int scale(List<Channel> curves, float factor, int cfra, boolean snap) {
        return apply(curves, snap, (ch, x) -> {
            float pivot = NlaMapping.toAction(ch.nlaStrip(), cfra);
            return (x - pivot) * factor + pivot;
        });
    }

    /** A new action-time frame for a key. */
    interface FrameMap {
        float map(Channel ch, float x);
    }

    private static int apply(List<Channel> curves, boolean snap, FrameMap map) {
        int moved = 0;
        for (Channel ch : curves) {
            FCurve c = ch.fcurve();
            boolean any = false;
            for (int i = 0; i < c.size(); i++) {
                if (!c.selected(i)) {
                    continue;
                }
                float x = c.x(i);
                float nx = map.map(ch, x);
                if (snap) {
                    float scene = NlaMapping.toScene(ch.nlaStrip(), nx);
                    nx = NlaMapping.toAction(ch.nlaStrip(), (float) Math.floor(scene + 0.5f));
                }
                float delta = nx - x;
                c.setX(i, nx);
                c.setLeft(i, c.leftX(i) + delta, c.leftY(i));
                c.setRight(i, c.rightX(i) + delta, c.rightY(i));
                any = true;
                moved++;
            }
            if (any) {
                Keyframes.sortTime(c);
                Handles.recalculate(c);
            }
        }
        return moved;
    }

    /**
     * Blender's {@code posttrans_action_clean}: merges keys sharing a frame with a selected key, in
     * scene time (curves mapped for the merge and back).
     */
    static void mergeCoincident(List<Channel> curves) {
        for (Channel ch : curves) {
            FCurve c = ch.fcurve();
            org.dopesheet.edit.CurveMapping.apply(ch.nlaStrip(), c, false, false);
            Keyframes.mergeDuplicateKeys(c, false);
            org.dopesheet.edit.CurveMapping.apply(ch.nlaStrip(), c, true, false);
        }
    }
}
