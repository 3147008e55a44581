package org.dopesheet.ops.view;

import java.util.List;
import org.dopesheet.context.AnimFilter;
import org.dopesheet.context.AnimationContext;
import org.dopesheet.context.Channel;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.Scene;

/**
 * Blender's {@code get_keyframe_extents} (action_edit.c): the frame range of the keys of every
 * visible curve (DATA_VISIBLE | LIST_VISIBLE | NODUPLIS, channel selection irrelevant), each
 * curve contributing its first and last (any-selected, if {@code onlySelected}) key in array
 * order, NLA-mapped to scene time. With channels but nothing found, the sentinels ±1e9 stay; with
 * no channel at all the scene range is used.
 *
 * @param min   smallest frame
 * @param max   largest frame
 * @param found whether any curve contributed
 */
record KeyframeExtents(float min, float max, boolean found) {
    static final float SENTINEL = 999999999.0f;

    static KeyframeExtents of(AnimationContext ctx, Scene scene, boolean onlySelected) {
        List<Channel> curves = ctx.curves(AnimFilter.DATA_VISIBLE | AnimFilter.LIST_VISIBLE | AnimFilter.NODUPLIS);
        if (curves.isEmpty()) {
            return new KeyframeExtents(scene.frameStart(), scene.frameEnd(), false);
        }
        float min = SENTINEL;
        float max = -SENTINEL;
        boolean found = false;
        for (Channel ch : curves) {
            FCurve c = ch.fcurve();
            int first = -1;
            int last = -1;
            for (int i = 0; i < c.size(); i++) {
                if (!onlySelected || c.anySelected(i)) {
                    if (first < 0) {
                        first = i;
                    }
                    last = i;
                }
            }
            if (first < 0) {
                continue;
            }
            min = Math.min(min, ch.toScene(c.x(first)));
            max = Math.max(max, ch.toScene(c.x(last)));
            found = true;
        }
        if (Math.abs(max - min) < 0.001f) {
            min -= 0.0005f;
            max += 0.0005f;
        }
        return new KeyframeExtents(min, max, found);
    }
}
