package org.dopesheet.ops.nla;

import org.dopesheet.model.Action;
import org.dopesheet.model.ActionSlot;
import org.dopesheet.model.AnimData;
import org.dopesheet.model.SceneObject;

/**
 * Assigning an action to an object's animation data with user counting and, for layered
 * actions, slot auto-assignment: Blender's {@code BKE_animdata_set_action} (3.4) and
 * {@code animrig::assign_action} / {@code generic_assign_action} /
 * {@code generic_slot_for_autoassign} (current). For legacy actions both are the same: the old
 * action loses a user, the new one gains one, and a never-assigned action gets
 * {@code id_root = OBJECT} (an action rooted on another ID type is refused).
 */
final class ActionAssignment {
    /** ID-type code of objects, the prefix of slot identifiers meant for objects. */
    static final String OBJECT_PREFIX = "OB";
    /** Prefix of slot identifiers not bound to an ID type yet. */
    static final String UNTYPED_PREFIX = "XX";
    /** {@code Slot::identifier_length_max - 1}. */
    private static final int SLOT_IDENTIFIER_MAX = 257;

    private ActionAssignment() {
    }

    /**
     * {@code BKE_animdata_action_editable}: the assigned action may only change when the
     * animation data is not tweaking an NLA strip.
     */
    static boolean editable(AnimData adt) {
        return !adt.useTweakMode() && adt.activeStrip() == null && adt.tweakStoredAction() == null;
    }

    /**
     * Assigns {@code action} (null: un-assigns) to the owner's animation data. Returns false,
     * changing nothing, when there is no animation data, when it is in NLA tweak mode, or when a
     * legacy action is rooted on another ID type than objects.
     */
    static boolean assign(SceneObject owner, Action action) {
        AnimData adt = owner.animationData();
        if (adt == null) {
            return false;
        }
        if (!editable(adt)) {
            return false;
        }
        if (adt.action() == action && (action == null || !action.layered())) {
            return true;
        }
        if (action != null && !action.layered() && !ensureIdRoot(action)) {
            return false;
        }
        release(adt);
        if (action == null) {
            return true;
        }
        adt.setAction(action);
        IdUsers.plus(action);
        if (action.layered()) {
            assignSlot(adt, action, slotForAutoAssign(owner, action, adt.lastSlotIdentifier()));
        }
        return true;
    }

    /** Un-assigns the owner's action ({@code animrig::unassign_action}). */
    static boolean unassign(SceneObject owner) {
        return assign(owner, null);
    }

    /**
     * Drops the animation data's action without the editability check (push-down, tweak-mode
     * exit): the slot's identifier is remembered as the last slot identifier, the slot handle
     * cleared, the action loses its user.
     */
    static void release(AnimData adt) {
        Action old = adt.action();
        if (old == null) {
            return;
        }
        if (adt.slotHandle() != 0) {
            ActionSlot slot = old.slot(adt.slotHandle());
            if (slot != null) {
                adt.setLastSlotIdentifier(slot.identifier());
            }
            adt.setSlotHandle(0);
        }
        IdUsers.minus(old);
        adt.setAction(null);
    }

    /**
     * {@code BKE_animdata_action_ensure_idroot}: a never-assigned legacy action becomes an
     * object action; one rooted on objects is fine; any other root is refused.
     */
    static boolean ensureIdRoot(Action action) {
        if (action.idRoot() == null) {
            action.setIdRoot("OBJECT");
            return true;
        }
        return "OBJECT".equals(action.idRoot());
    }

    /** Whether a slot is bound to an ID type ({@code Slot::has_idtype}). */
    static boolean hasIdType(ActionSlot slot) {
        return !slot.identifier().startsWith(UNTYPED_PREFIX);
    }

    /** {@code Slot::is_suitable_for} an object. */
    static boolean suitableForObject(ActionSlot slot) {
        return !hasIdType(slot) || slot.identifier().startsWith(OBJECT_PREFIX);
    }

    /** The slot of {@code action} with this identifier, or null. */
    static ActionSlot slotByIdentifier(Action action, String identifier) {
        for (ActionSlot s : action.slots()) {
            if (s.identifier().equals(identifier)) {
                return s;
            }
        }
        return null;
    }

    /**
     * {@code generic_slot_for_autoassign}: the last used slot identifier (typed or untyped
     * variant, the typed one preferred), else the slot named after the object
     * ({@code OB<name>}), else the action's only slot if it is not bound to an ID type; null when
     * none fits.
     */
    static ActionSlot slotForAutoAssign(SceneObject owner, Action action, String lastSlotIdentifier) {
        String last = lastSlotIdentifier == null ? "" : lastSlotIdentifier;
        if (!last.isEmpty()) {
            String rest = last.length() > 2 ? last.substring(2) : "";
            boolean typed = !last.startsWith(UNTYPED_PREFIX);
            if (!typed) {
                ActionSlot s = slotByIdentifier(action, OBJECT_PREFIX + rest);
                if (s != null && suitableForObject(s)) {
                    return s;
                }
            }
            ActionSlot s = slotByIdentifier(action, last);
            if (s != null && suitableForObject(s)) {
                return s;
            }
            if (typed) {
                s = slotByIdentifier(action, UNTYPED_PREFIX + rest);
                if (s != null && suitableForObject(s)) {
                    return s;
                }
            }
        }
        ActionSlot byName = slotByIdentifier(action, OBJECT_PREFIX + owner.name());
        if (byName != null && suitableForObject(byName)) {
            return byName;
        }
        if (action.slots().size() == 1 && !hasIdType(action.slots().get(0))) {
            return action.slots().get(0);
        }
        return null;
    }

    /**
     * {@code generic_assign_action_slot}: makes {@code slot} (null: none) the assigned slot of
     * the animation data's action; an untyped slot becomes an object slot
     * ({@code slot_setup_for_id}); the assigned slot's identifier is remembered.
     */
    static void assignSlot(AnimData adt, Action action, ActionSlot slot) {
        ActionSlot previous = action.slot(adt.slotHandle());
        adt.setSlotHandle(0);
        if (previous != null) {
            adt.setLastSlotIdentifier(previous.identifier());
        }
        if (slot == null) {
            return;
        }
        setupForObject(action, slot);
        adt.setSlotHandle(slot.handle());
        adt.setLastSlotIdentifier(slot.identifier());
    }

    /** {@code Action::slot_setup_for_id}: binds an untyped slot to objects (unique identifier). */
    static void setupForObject(Action action, ActionSlot slot) {
        if (hasIdType(slot)) {
            return;
        }
        String wanted = OBJECT_PREFIX + slot.identifier().substring(UNTYPED_PREFIX.length());
        slot.setIdentifier(BlenderNames.unique(wanted, wanted, SLOT_IDENTIFIER_MAX,
                n -> { ActionSlot other = slotByIdentifier(action, n); return other != null && other != slot; }));
    }
}
