package org.dopesheet.ops.nla;

import org.dopesheet.model.Action;
import org.dopesheet.model.ActionSlot;
import org.dopesheet.model.NlaStrip;
import org.dopesheet.model.SceneObject;

/**
 * The action slot an NLA strip of a layered action animates its object through.
 * <p>
 * CORE GAP: Blender stores it on the strip ({@code NlaStrip.action_slot_handle}); the
 * platform's {@link NlaStrip} has no such field. Until it has, a strip's slot is derived the way
 * Blender picks one for a strip of that object: the slot with the animation data's last-used
 * slot identifier (the slot a stash or push-down of the object's own action recorded), else
 * Blender's auto-assignment for the object ({@code OB<name>}, or a single untyped slot). Legacy
 * actions have no slots (handle 0).
 */
final class StripSlots {
    private StripSlots() {
    }

    /** The slot handle {@code strip} animates {@code owner} through (0: none / legacy action). */
    static int slotHandleOf(SceneObject owner, NlaStrip strip) {
        return slotHandleFor(owner, strip.action());
    }

    /** The slot handle a strip of {@code action} animates {@code owner} through (0: none). */
    static int slotHandleFor(SceneObject owner, Action action) {
        if (action == null || !action.layered()) {
            return 0;
        }
        String last = owner.animationData() == null ? "" : owner.animationData().lastSlotIdentifier();
        ActionSlot slot = ActionAssignment.slotForAutoAssign(owner, action, last);
        return slot == null ? 0 : slot.handle();
    }
}
