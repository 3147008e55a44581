package org.dopesheet.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.dopesheet.anim.Handles;
import org.dopesheet.anim.Keyframes;
import org.dopesheet.context.Channel;
import org.dopesheet.context.ChannelType;
import org.dopesheet.model.FCurve;

/**
 * The post-edit update of touched channels (Blender's {@code ANIM_animdata_update}, spec 2.3):
 * ORDER sorts keys by frame (with handle swapping/clamping), HANDLES recalculates handles, in
 * that order. The depsgraph part is the operator's
 * {@link org.dopesheet.operator.OperatorContext#tagAnimationChanged()}.
 */
public final class ChannelUpdate {
    private ChannelUpdate() {
    }

    /** Sorts and/or recalculates the handles of every F-Curve channel of the list. */
    public static void update(List<Channel> channels, boolean order, boolean handles) {
        if (handles) {
            List<FCurve> curves = new ArrayList<>();
            for (Channel ch : channels) {
                if (ch.type() == ChannelType.FCURVE) {
                    curves.add(ch.fcurve());
                }
            }
            if (Handles.parallel(curves)) {
                updateInParallel(curves, order);
                return;
            }
        }
        for (Channel ch : channels) {
            if (ch.type() != ChannelType.FCURVE) {
                continue;
            }
            updateCurve(ch.fcurve(), order, handles);
        }
    }

    /**
     * The update of one F-Curve: sorted by frame ({@code order}), then its handles recalculated
     * ({@code handles}). An operator whose per-curve work runs in parallel (CurveTasks) can end
     * each curve's task with it instead of updating the channels afterwards: each curve's update
     * depends on that curve alone, so the result is the same, and the curve is still in cache.
     */
    public static void updateCurve(FCurve c, boolean order, boolean handles) {
        if (order) {
            Keyframes.sortTime(c);
        }
        if (handles) {
            Handles.recalculate(c);
        }
    }

    /**
     * The update of {@code curves} (each listed once) spread over the processors: a curve of one
     * key (whose sort may or may not write) is updated first, in order; every longer curve, which
     * the handle recalculation changes anyway, is recorded in order in its document's transaction
     * and then sorted and recalculated in parallel (each curve's result depends on it alone).
     */
    private static void updateInParallel(List<FCurve> curves, boolean order) {
        List<FCurve> longer = new ArrayList<>();
        for (FCurve c : curves) {
            if (c.size() < 2) {
                updateCurve(c, order, true);
            } else {
                c.touch();
                longer.add(c);
            }
        }
        IntStream.range(0, longer.size()).parallel().forEach(i -> updateCurve(longer.get(i), order, true));
    }

    /** ORDER + HANDLES ("default" update). */
    public static void updateDefault(List<Channel> channels) {
        update(channels, true, true);
    }
}
