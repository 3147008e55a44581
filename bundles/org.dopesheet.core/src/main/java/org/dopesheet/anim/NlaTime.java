package org.dopesheet.anim;

import org.dopesheet.model.AnimData;
import org.dopesheet.model.NlaStrip;
import org.dopesheet.model.StripType;

/**
 * NLA strip time mapping of an action clip (Blender's {@code nlastrip_get_frame_actionclip} and
 * {@code BKE_nla_tweakedit_remap}, spec 2.4): MAP converts action time to scene time, UNMAP
 * scene time to action time, EVAL gives the action time a strip evaluates at a scene frame
 * (with repeats and reversal).
 */
public final class NlaTime {
    private static final float FLT_EPSILON = 1.1920929e-7f;

    private NlaTime() {
    }

    private static boolean isEqF(float a, float b) {
        return Math.abs(a - b) < FLT_EPSILON;
    }

    private static float effectiveScale(float scale) {
        return Math.abs(isEqF(scale, 0.0f) ? 1.0f : scale);
    }

    /** MAP (action → scene time) for an action clip. */
    public static float map(NlaStrip strip, float frame) {
        float scale = effectiveScale(strip.scale());
        if (strip.useReverse()) {
            return strip.frameEnd() - scale * (frame - strip.actionFrameStart());
        }
        return strip.frameStart() + scale * (frame - strip.actionFrameStart());
    }

    /** UNMAP (scene → action time) for an action clip. */
    public static float unmap(NlaStrip strip, float frame) {
        float scale = effectiveScale(strip.scale());
        if (strip.useReverse()) {
            return (strip.frameEnd() + (strip.actionFrameStart() * scale - frame)) / scale;
        }
        return strip.actionFrameStart() + (frame - strip.frameStart()) / scale;
    }

    /** EVAL: the action time {@code strip} is evaluated at for scene frame {@code frame}. */
    public static float eval(NlaStrip strip, float frame) {
        return evalActionClip(strip.frameStart(), strip.frameEnd(), strip.actionFrameStart(),
                strip.actionFrameEnd(), strip.scale(), strip.repeat(), strip.useReverse(), frame);
    }

    /**
     * The EVAL mapping on raw strip fields: the strip time wraps every
     * {@code (actend − actstart)·|scale|} frames (repeats); at the strip end with a whole number
     * of repeats it stays on the last (first, reversed) action frame.
     */
    static float evalActionClip(float start, float end, float actstart, float actend, float scale, float repeat,
            boolean reverse, float cframe) {
        if (isEqF(repeat, 0.0f)) {
            repeat = 1.0f;
        }
        scale = effectiveScale(scale);
        float actlength = actend - actstart;
        if (isEqF(actlength, 0.0f)) {
            actlength = 1.0f;
        }
        boolean wholeRepeats = isEqF(repeat, (float) Math.floor(repeat));
        if (reverse) {
            if (isEqF(cframe, end) && wholeRepeats) {
                return actstart;
            }
            return actend - ((cframe - start) % (actlength * scale)) / scale;
        }
        if (isEqF(cframe, end) && wholeRepeats) {
            return actend;
        }
        return actstart + ((cframe - start) % (actlength * scale)) / scale;
    }

    /**
     * Blender's {@code BKE_nla_tweakedit_remap}: maps a frame through the tweaked strip of
     * {@code adt} when it is in NLA tweak mode on an action clip; identity otherwise.
     *
     * @param toScene true for MAP (action → scene), false for UNMAP (scene → action)
     */
    public static float tweakRemap(AnimData adt, float frame, boolean toScene) {
        if (adt == null || !adt.useTweakMode()) {
            return frame;
        }
        NlaStrip strip = adt.activeStrip();
        if (strip == null || strip.type() != StripType.CLIP) {
            return frame;
        }
        return toScene ? map(strip, frame) : unmap(strip, frame);
    }
}
