package org.dopesheet.ops.nla;

import java.util.List;
import org.dopesheet.model.Action;
import org.dopesheet.model.ActionSlot;
import org.dopesheet.model.AnimData;
import org.dopesheet.model.Document;
import org.dopesheet.model.NlaStrip;
import org.dopesheet.model.NlaTrack;
import org.dopesheet.model.SceneObject;

/**
 * NLA tweak mode of an object's animation data, as model API: editing the action of one NLA
 * strip in place of the object's own action (Blender's {@code BKE_nla_tweakmode_enter} /
 * {@code BKE_nla_tweakmode_exit}, spec 4.10), plus the NLA editor's way of doing it for one
 * strip ({@code nla.tweakmode_enter} / {@code nla.tweakmode_exit}, which also keep the scene's
 * "NLA tweak mode" flag).
 * <p>
 * While tweaking: the strip's action is the animation data's {@link AnimData#action() action}
 * (one more user), the object's own action is parked in
 * {@link AnimData#tweakStoredAction()}, the tweaked track and strip are remembered
 * ({@link AnimData#activeTrack()}, {@link AnimData#activeStrip()}), the tweaked track and every
 * track above it are flagged disabled, and other strips using the same action are flagged
 * as tweak users. Keys of the tweaked action are shown in scene time through the strip
 * ({@link org.dopesheet.anim.NlaTime#tweakRemap}).
 * <p>
 * Layered actions [cur]: the tweaked action animates through the strip's slot, and leaving
 * tweak mode gives the object back its own action and slot. CORE GAP: Blender keeps the parked
 * slot in {@code AnimData.tmp_slot_handle}; the model has no such field, so while tweaking the
 * animation data's {@link AnimData#lastSlotIdentifier() last slot identifier} keeps naming the
 * parked slot and the slot is found again by that identifier on exit (Blender's own rule for
 * re-assigning an action). The strip's slot is derived as {@link StripSlots} documents.
 */
public final class NlaTweakMode {
    private NlaTweakMode() {
    }

    /** Whether the object's animation data is in NLA tweak mode. */
    public static boolean isTweaking(SceneObject owner) {
        AnimData adt = owner.animationData();
        return adt != null && adt.useTweakMode();
    }

    /**
     * Enters tweak mode on the animation data's active strip ({@code BKE_nla_tweakmode_enter}):
     * the strip flagged active in the first active track, else in the topmost selected track,
     * else that track's first selected or active strip. Returns true when the animation data is
     * (already or now) in tweak mode, false when there is no such strip with an action.
     */
    public static boolean enter(SceneObject owner) {
        AnimData adt = owner.animationData();
        if (adt == null || adt.tracks().isEmpty()) {
            return false;
        }
        if (adt.useTweakMode()) {
            return true;
        }
        List<NlaTrack> tracks = adt.tracks();
        NlaTrack activeTrack = null;
        NlaStrip activeStrip = null;
        for (NlaTrack t : tracks) {
            if (t.active()) {
                activeTrack = t;
                activeStrip = NlaStack.findActiveStrip(t);
                break;
            }
        }
        if (activeTrack == null) {
            for (int i = tracks.size() - 1; i >= 0; i--) {
                if (tracks.get(i).select()) {
                    activeTrack = tracks.get(i);
                    activeStrip = NlaStack.findActiveStrip(activeTrack);
                    break;
                }
            }
        }
        if (activeTrack != null && activeStrip == null) {
            for (NlaStrip s : activeTrack.strips()) {
                if (s.select() || s.active()) {
                    activeStrip = s;
                    break;
                }
            }
        }
        if (activeTrack == null || activeStrip == null || activeStrip.action() == null) {
            return false;
        }
        Action tweaked = activeStrip.action();
        for (NlaTrack t : tracks) {
            for (NlaStrip s : t.strips()) {
                boolean user = s.action() == tweaked && s != activeStrip;
                if (s.tweakUser() != user) {
                    s.setTweakUser(user);
                }
            }
        }
        activeTrack.setDisabled(true);
        for (int i = adt.indexOfTrack(activeTrack) + 1; i < tracks.size(); i++) {
            tracks.get(i).setDisabled(true);
        }
        int tweakedSlot = StripSlots.slotHandleOf(owner, activeStrip);
        adt.setTweakStoredAction(adt.action());
        adt.setAction(tweaked);
        IdUsers.plus(tweaked);
        if (tweaked.layered()) {
            ActionSlot slot = tweaked.slot(tweakedSlot);
            if (slot != null) {
                ActionAssignment.setupForObject(tweaked, slot);
            }
            adt.setSlotHandle(slot == null ? 0 : slot.handle());
        }
        adt.setActiveTrack(activeTrack);
        adt.setActiveStrip(activeStrip);
        adt.setUseTweakMode(true);
        return true;
    }

    /**
     * Leaves tweak mode ({@code BKE_nla_tweakmode_exit}): strips using the tweaked action with
     * "sync length" on take the action's current frame range, disabled and tweak-user flags are
     * cleared, the tweaked action loses its user and the parked action is assigned again. Nothing
     * happens when the animation data is not tweaking.
     * <p>
     * Unlike Blender, this also leaves tweak mode when the animation data has no tracks left:
     * {@code action.unlink(force_delete=True)} can delete the tweaked stash strip and its track,
     * and Blender's early return on an empty stack would then keep the data in tweak mode with
     * no tweaked strip and the parked action never given back (a state no other operator can
     * leave). With the tweaked strip gone ({@link AnimData#activeStrip()} null) nothing is synced.
     */
    public static void exit(SceneObject owner) {
        AnimData adt = owner.animationData();
        if (adt == null || !adt.useTweakMode()) {
            return;
        }
        NlaStrip tweakedStrip = adt.activeStrip();
        if (tweakedStrip != null && tweakedStrip.useSyncLength()) {
            StripRange.syncLength(NlaStack.trackOf(adt, tweakedStrip), tweakedStrip,
                    StripSlots.slotHandleOf(owner, tweakedStrip));
        }
        for (NlaTrack t : adt.tracks()) {
            if (t.disabled()) {
                t.setDisabled(false);
            }
            for (NlaStrip s : t.strips()) {
                if (tweakedStrip != null && tweakedStrip.action() == s.action() && s.useSyncLength()) {
                    StripRange.syncLength(t, s, StripSlots.slotHandleOf(owner, s));
                }
                if (s.tweakUser()) {
                    s.setTweakUser(false);
                }
            }
        }
        IdUsers.minus(adt.action());
        Action parked = adt.tweakStoredAction();
        adt.setAction(parked);
        adt.setTweakStoredAction(null);
        adt.setActiveTrack(null);
        adt.setActiveStrip(null);
        adt.setUseTweakMode(false);
        ActionSlot restored = parked != null && parked.layered()
                ? ActionAssignment.slotByIdentifier(parked, adt.lastSlotIdentifier()) : null;
        adt.setSlotHandle(restored == null ? 0 : restored.handle());
    }

    /**
     * Enters tweak mode on {@code strip} of {@code track} the way the NLA editor does after the
     * strip was clicked: the track becomes the only active track, the strip the only active
     * strip (and selected); the scene's NLA tweak-mode flag is set when tweak mode was entered.
     * An animation data tweaking another strip leaves tweak mode first.
     *
     * @throws IllegalArgumentException when the strip is not in that track of the owner's stack
     */
    public static boolean enterStrip(Document document, SceneObject owner, NlaTrack track, NlaStrip strip) {
        AnimData adt = owner.animationData();
        if (adt == null || adt.indexOfTrack(track) < 0 || track.indexOfStrip(strip) < 0) {
            throw new IllegalArgumentException("the strip is not in a track of " + owner.name() + "'s animation data");
        }
        if (adt.useTweakMode()) {
            exit(owner);
        }
        NlaStack.setActiveTrack(adt, track);
        NlaStack.setActiveStrip(adt, strip);
        if (!strip.select()) {
            strip.setSelect(true);
        }
        boolean ok = enter(owner);
        if (ok) {
            document.scene().setNlaTweakmode(true);
        }
        return ok;
    }

    /**
     * Leaves tweak mode the way the NLA editor does: the object's animation data leaves tweak
     * mode, and the scene's NLA tweak-mode flag is cleared once no object is tweaking.
     */
    public static void exitInScene(Document document, SceneObject owner) {
        exit(owner);
        for (SceneObject o : document.objects()) {
            if (isTweaking(o)) {
                return;
            }
        }
        document.scene().setNlaTweakmode(false);
    }

    /** The track holding the tweaked strip ({@code BKE_nlatrack_find_tweaked}), or null. */
    public static NlaTrack tweakedTrack(SceneObject owner) {
        return NlaStack.findTweakedTrack(owner.animationData());
    }
}
