package org.dopesheet.ops.select;

import java.util.List;
import org.dopesheet.context.AnimFilter;
import org.dopesheet.context.AnimationContext;
import org.dopesheet.context.Channel;
import org.dopesheet.edit.KeySelection;
import org.dopesheet.edit.SelectMode;
import org.dopesheet.model.FCurve;
import org.dopesheet.operator.OperatorContext;

/**
 * Building blocks every selection operator shares (Blender's {@code keyframes_edit.c} key loops
 * and {@code action_select.c}'s {@code deselect_action_keys}, spec 2.2 and 2.5): the context test,
 * the validation callbacks, key loops over a listed row, and (de)selecting every visible key.
 * All frame arithmetic is in 32-bit floats, as Blender's.
 */
final class Selections {
    /** {@code FLT_EPSILON}, the tolerance of {@code IS_EQF}. */
    static final float FLT_EPSILON = 1.1920929e-7f;
    /** {@code MINAFRAMEF} / {@code MAXFRAMEF}: the lowest and highest frames keys may have. */
    static final float MINAFRAMEF = -1048574.0f, MAXFRAMEF = 1048574.0f;

    /** The channels the generic "all visible keys" loops walk: DATA_VISIBLE | LIST_VISIBLE | NODUPLIS. */
    static final int VISIBLE_CURVES = AnimFilter.DATA_VISIBLE | AnimFilter.LIST_VISIBLE | AnimFilter.NODUPLIS;

    private Selections() {
    }

    /**
     * A validation callback ({@code KeyframeEditFunc} of {@code ANIM_editkeyframes_ok}): whether
     * key {@code i} of the curve takes part in a key loop.
     */
    @FunctionalInterface
    interface KeyTest {
        boolean test(FCurve curve, int i);
    }

    /** Every key passes (a key loop without validation callback). */
    static final KeyTest ALL_KEYS = (c, i) -> true;

    /** Blender's {@code ANIM_editkeyframes_ok(BEZT_OK_FRAME)}: {@code IS_EQF(key.x, frame)}. */
    static KeyTest atFrame(float frame) {
        return (c, i) -> isEqf(c.x(i), frame);
    }

    /** Blender's {@code BEZT_OK_FRAMERANGE}: {@code lo < key.x < hi}, strict on both sides. */
    static KeyTest inFrameRange(float lo, float hi) {
        return (c, i) -> c.x(i) > lo && c.x(i) < hi;
    }

    /** {@code IS_EQF(a, b)}: {@code |a - b| < FLT_EPSILON}, in floats. */
    static boolean isEqf(float a, float b) {
        return Math.abs(a - b) < FLT_EPSILON;
    }

    /**
     * Whether Blender's {@code ANIM_animdata_get_context} succeeds, i.e. the editor has data: the
     * Action editor needs an action (it has just been synced with the active object's), the
     * Shape Key editor the active object's shape keys (which the model does not have); the
     * Dope Sheet and the other modes always have their dope sheet. Operators return CANCELLED
     * silently when it fails.
     */
    static boolean hasData(AnimationContext anim) {
        switch (anim.mode()) {
            case ACTION:
                return anim.action() != null;
            case SHAPEKEY:
                return false;
            default:
                return true;
        }
    }

    /**
     * The poll of every selection operator, {@code ED_operator_action_active}: the context's
     * editor is a Dope Sheet, in any mode. Like Blender it sets no message, so a failure reads
     * "context is incorrect".
     */
    static boolean actionEditorActive(OperatorContext context) {
        return context.editor() != null;
    }

    /** Applies {@code mode} to every key of the curve passing {@code ok} ({@code ANIM_fcurve_keyframes_loop}). */
    static void select(FCurve curve, KeyTest ok, SelectMode mode) {
        for (int i = 0; i < curve.size(); i++) {
            if (ok.test(curve, i)) {
                KeySelection.apply(curve, i, mode);
            }
        }
    }

    /**
     * Blender's {@code deselect_action_keys(ac, test, sel)}: applies {@code mode} to every key of
     * every visible curve (DATA_VISIBLE | LIST_VISIBLE | NODUPLIS: locked curves and curves of
     * collapsed groups included, channel selection irrelevant). With {@code test}, the mode
     * becomes SUBTRACT when any key has any of its three flags selected.
     */
    static void setAllKeys(AnimationContext anim, boolean test, SelectMode mode) {
        List<Channel> curves = anim.curves(VISIBLE_CURVES);
        SelectMode sel = mode;
        if (test) {
            for (Channel c : curves) {
                if (KeySelection.anySelected(c.fcurve())) {
                    sel = SelectMode.SUBTRACT;
                    break;
                }
            }
        }
        for (Channel c : curves) {
            KeySelection.applyAll(c.fcurve(), sel);
        }
    }

    /** Deselects every visible key (the pre-deselection of REPLACE / SET). */
    static void deselectAllKeys(AnimationContext anim) {
        setAllKeys(anim, false, SelectMode.SUBTRACT);
    }

    /** Blender's {@code roundf}: rounds half away from zero. */
    static float roundf(float v) {
        return v < 0 ? -(float) Math.floor(-v + 0.5f) : (float) Math.floor(v + 0.5f);
    }
}
