package org.dopesheet.context;

import org.dopesheet.model.NlaStrip;

/**
 * NLA tweak-mode time mapping (Blender's {@code BKE_nla_tweakedit_remap}): keys of the tweaked
 * action are stored in action time and shown in scene time through the tweaked strip.
 * A null strip maps identically.
 */
public final class NlaMapping {
    private NlaMapping() {
    }

    /** Action time to scene time (NLATIME_CONVERT_MAP). */
    public static float toScene(NlaStrip strip, float t) {
        if (strip == null) {
            return t;
        }
        float scale = Math.abs(strip.scale());
        if (strip.useReverse()) {
            return strip.frameEnd() - scale * (t - strip.actionFrameStart());
        }
        return strip.frameStart() + scale * (t - strip.actionFrameStart());
    }

    /** Scene time to action time (NLATIME_CONVERT_UNMAP). */
    public static float toAction(NlaStrip strip, float scene) {
        if (strip == null) {
            return scene;
        }
        float scale = Math.abs(strip.scale());
        if (scale == 0) {
            scale = 1;
        }
        if (strip.useReverse()) {
            return (strip.frameEnd() + strip.actionFrameStart() * scale - scene) / scale;
        }
        return strip.actionFrameStart() + (scene - strip.frameStart()) / scale;
    }
}
