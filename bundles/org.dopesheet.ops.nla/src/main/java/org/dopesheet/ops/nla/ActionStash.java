package org.dopesheet.ops.nla;

import java.util.ArrayList;
import java.util.List;
import org.dopesheet.model.Action;
import org.dopesheet.model.AnimData;
import org.dopesheet.model.Channelbag;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.NlaStrip;
import org.dopesheet.model.NlaTrack;
import org.dopesheet.model.SceneObject;

/**
 * Keeping actions in the NLA stack (spec 4.10): stashing ({@code BKE_nla_action_stash}: a
 * muted, locked "[Action Stash]" track at the bottom of the stack, or just above the topmost
 * earlier stash track) and pushing down ({@code BKE_nla_action_pushdown}: a strip on the top
 * track, or a new top track named after the action, taking over the action's blending), and
 * removing an action's stash strips ({@code force_delete} of {@code action.unlink}).
 */
final class ActionStash {
    /** Name of stash tracks before they are made unique ({@code "[Action Stash].001"}, ...). */
    static final String STASH_TRACK_NAME = "[Action Stash]";

    private ActionStash() {
    }

    /** Whether {@code track} is a stash track (its name contains "[Action Stash]"). */
    static boolean isStashTrack(NlaTrack track) {
        return track.name().contains(STASH_TRACK_NAME);
    }

    /**
     * {@code BKE_nla_action_(slot_)is_stashed}: whether a stash track of the owner holds a strip
     * of {@code action} animating through {@code slotHandle} (always 0 for legacy actions).
     */
    static boolean isStashed(SceneObject owner, Action action, int slotHandle) {
        AnimData adt = owner.animationData();
        if (adt == null) {
            return false;
        }
        for (NlaTrack t : adt.tracks()) {
            if (!isStashTrack(t)) {
                continue;
            }
            for (NlaStrip s : t.strips()) {
                if (s.action() == action && StripSlots.slotHandleOf(owner, s) == slotHandle) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Stashes the owner's assigned action (and slot): returns false, changing nothing, when there
     * is no action or it is already stashed. The action stays assigned; the stash strip holds
     * one more user.
     */
    static boolean stash(SceneObject owner) {
        AnimData adt = owner.animationData();
        if (adt == null || adt.action() == null) {
            return false;
        }
        Action action = adt.action();
        if (isStashed(owner, action, adt.slotHandle())) {
            return false;
        }
        int previous = -1;
        List<NlaTrack> tracks = adt.tracks();
        for (int i = tracks.size() - 1; i >= 0; i--) {
            if (isStashTrack(tracks.get(i))) {
                previous = i;
                break;
            }
        }
        NlaTrack track = NlaStack.addTrack(adt, previous + 1);
        NlaStack.setActiveTrack(adt, track);
        track.setName(NlaStack.uniqueTrackName(adt, track, STASH_TRACK_NAME));
        NlaStrip strip = NlaStack.newStrip(action, adt.slotHandle());
        NlaStack.addStrip(track, strip);
        NlaStack.validateStripName(adt, strip);
        track.setMute(true);
        track.setLock(true);
        strip.setSelect(false);
        strip.setActive(false);
        strip.setUseSyncLength(true);
        return true;
    }

    /**
     * {@code BKE_nla_action_pushdown}: moves the owner's assigned action into the NLA stack as a
     * new active strip on the top track, or on a new top track named after the action when the
     * top track is locked or has no room; the strip copies the action's blend type, influence
     * and extrapolation, and the action is un-assigned. Actions without motion (keys or
     * F-Modifiers) are refused. Returns whether the action was pushed down.
     * <p>
     * CORE GAP: with an action influence below 1 Blender also turns on the strip's animated
     * influence ({@code NLASTRIP_FLAG_USR_INFLUENCE}) with an influence F-Curve keyed at the
     * strip start; {@link NlaStrip} has neither, so only the influence value is copied.
     */
    static boolean pushDown(SceneObject owner) {
        AnimData adt = owner.animationData();
        if (adt == null || adt.action() == null || !hasMotion(adt.action(), adt.slotHandle())) {
            return false;
        }
        Action action = adt.action();
        NlaStrip strip = NlaStack.newStrip(action, adt.slotHandle());
        List<NlaTrack> tracks = adt.tracks();
        NlaTrack top = tracks.isEmpty() ? null : tracks.get(tracks.size() - 1);
        if (!NlaStack.addStrip(top, strip)) {
            NlaTrack track = NlaStack.addTrack(adt, -1);
            NlaStack.setActiveTrack(adt, track);
            NlaStack.addStrip(track, strip);
            track.setName(action.name());
        }
        NlaStack.validateStripName(adt, strip);
        ActionAssignment.release(adt);
        strip.setBlendType(adt.actionBlendType());
        strip.setInfluence(adt.actionInfluence());
        strip.setExtrapolation(adt.actionExtrapolation());
        NlaStack.setActiveStrip(adt, strip);
        return true;
    }

    /**
     * {@code BKE_action_has_motion}: whether the action (a layered action: the curves of that
     * slot) has an F-Curve with keys or with modifiers. False for no action.
     */
    static boolean hasMotion(Action action, int slotHandle) {
        if (action == null) {
            return false;
        }
        if (!action.layered()) {
            return action.hasMotion();
        }
        Channelbag bag = action.channelbag(slotHandle);
        if (bag == null) {
            return false;
        }
        for (FCurve c : bag.fcurves()) {
            if (c.size() > 0 || !c.modifiers().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Removes every strip of {@code action} from the owner's stash tracks (each releasing its
     * user), and stash tracks left empty. Returns the number of strips removed.
     */
    static int removeStashStrips(AnimData adt, Action action) {
        int removed = 0;
        for (NlaTrack t : new ArrayList<>(adt.tracks())) {
            if (!isStashTrack(t)) {
                continue;
            }
            for (NlaStrip s : new ArrayList<>(t.strips())) {
                if (s.action() != action) {
                    continue;
                }
                t.removeStrip(s);
                IdUsers.minus(action);
                forgetStrip(adt, t, s);
                removed++;
                if (t.strips().isEmpty()) {
                    adt.removeTrack(t);
                    forgetStrip(adt, t, null);
                }
            }
        }
        return removed;
    }

    /** Clears the animation data's references to a removed strip or track (Blender leaves them dangling). */
    private static void forgetStrip(AnimData adt, NlaTrack track, NlaStrip strip) {
        if (strip != null && adt.activeStrip() == strip) {
            adt.setActiveStrip(null);
        }
        if (strip == null && adt.activeTrack() == track) {
            adt.setActiveTrack(null);
        }
    }
}
