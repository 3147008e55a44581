package org.dopesheet.ops.nla;

import java.util.List;
import org.dopesheet.model.AnimData;
import org.dopesheet.model.NlaStrip;
import org.dopesheet.model.NlaTrack;
import org.dopesheet.model.SceneObject;
import org.dopesheet.operator.OperatorContext;

/**
 * Moving the edited action through the NLA stack ({@code action.layer_next} /
 * {@code action.layer_prev}, spec 3.15 / 3.16): picking a strip of a track at the current
 * frame and switching tweak mode to it.
 */
final class LayerNavigation {
    /** Poll message when the operators do not exist (current Blender). */
    static final String REMOVED = "this operator was removed in Blender 5.0 (it exists with the Blender 3.4 profile)";

    private LayerNavigation() {
    }

    /**
     * Common poll part: the operators exist in the document's profile (setting the poll message
     * when they do not) and the editor has animation data; returns that animation data or null.
     */
    static AnimData pollAnimData(OperatorContext context) {
        if (!ProfileDifferences.hasLayerOperators(context)) {
            context.pollMessage(REMOVED);
            return null;
        }
        return EditorAnimData.of(context);
    }

    /** The scene time including the sub-frame ({@code BKE_scene_ctime_get}). */
    static float sceneTime(OperatorContext context) {
        return (float) context.scene().frameCurrent() + context.scene().subframe();
    }

    /**
     * {@code action_layer_get_nlastrip}: the first strip of {@code track} whose range contains
     * {@code time}, or the first strip when {@code time} is before it, or the last strip when
     * {@code time} is after it; else null.
     */
    static NlaStrip pickStrip(NlaTrack track, float time) {
        List<NlaStrip> strips = track.strips();
        for (int i = 0; i < strips.size(); i++) {
            NlaStrip s = strips.get(i);
            if (time >= s.frameStart() && time <= s.frameEnd()) {
                return s;
            }
            if (time < s.frameStart() && i == 0) {
                return s;
            }
            if (time > s.frameEnd() && i == strips.size() - 1) {
                return s;
            }
        }
        return null;
    }

    /**
     * {@code action_layer_switch_strip}: leaves tweak mode, moves the active and selected flags
     * from the old strip and track to {@code strip} and {@code track} (the track only becomes
     * active), carries the old track's solo flag over (or, coming from the plain action with NLA
     * evaluation off, turns evaluation on and solos {@code track}), and enters tweak mode again.
     */
    static void switchTo(SceneObject owner, NlaTrack oldTrack, NlaStrip oldStrip, NlaTrack track, NlaStrip strip) {
        AnimData adt = owner.animationData();
        NlaTweakMode.exit(owner);
        if (oldStrip != null) {
            oldStrip.setActive(false);
            oldStrip.setSelect(false);
        }
        if (oldTrack != null) {
            oldTrack.setActive(false);
            oldTrack.setSelect(false);
        }
        strip.setActive(true);
        strip.setSelect(true);
        track.setActive(true);
        if (oldTrack != null) {
            if (oldTrack.isSolo()) {
                oldTrack.setIsSolo(false);
                track.setIsSolo(true);
            }
        } else if (!adt.useNla()) {
            adt.setUseNla(true);
            adt.setNlaSolo(true);
            track.setIsSolo(true);
        }
        NlaTweakMode.enter(owner);
    }
}
