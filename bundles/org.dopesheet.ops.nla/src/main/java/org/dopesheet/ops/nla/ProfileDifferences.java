package org.dopesheet.ops.nla;

import org.dopesheet.operator.OperatorContext;

/**
 * Where Blender 3.4 and the current Blender differ for this family (spec sections 3.15 to 3.35
 * marked [cur], and section 5): one method per difference, true/3.4 value under the
 * {@code BLENDER_3_4} profile.
 */
final class ProfileDifferences {
    private ProfileDifferences() {
    }

    /**
     * 3.4: the Dope Sheet's own {@code SpaceDopeSheetEditor.action} pointer is the action
     * selector: the polls of push_down, stash and unlink test it, and the operators assign or
     * clear actions by setting it (its RNA update assigns to the active object, may stash an
     * unused action and exits tweak mode); markers_make_local moves markers into it.
     * Current: the editor has no such property; these operators read and change the active
     * object's {@code AnimData.action} directly ({@code animrig::assign_action} /
     * {@code unassign_action}, slot-aware), and leave the editor's cached action alone.
     */
    static boolean actionPointerIsEditors(OperatorContext context) {
        return context.blender34();
    }

    /**
     * 3.4: stash, stash_and_create and push_down refuse an action without keys or F-Modifiers
     * with WARNING "Action must have at least one keyframe or F-Modifier" and CANCELLED.
     * Current: the operators do not check (push-down of an empty action is still refused
     * silently by the NLA code, spec 3.22).
     */
    static boolean refusesActionsWithoutMotion(OperatorContext context) {
        return context.blender34();
    }

    /** The ERROR report of stash / stash_and_create when the action is already stashed. */
    static String alreadyStashedMessage(OperatorContext context) {
        return context.blender34() ? "Action has already been stashed" : "Action+Slot has already been stashed";
    }

    /**
     * 3.4: {@code action_create_new} sets the new action's {@code id_root} from the editor mode
     * (KEY in the Shape Key editor, else OBJECT). Current: the new action keeps the copied
     * action's {@code id_root} (none for a new empty action) until it is assigned.
     */
    static boolean newActionGetsEditorIdRoot(OperatorContext context) {
        return context.blender34();
    }

    /**
     * {@code action.layer_next} / {@code action.layer_prev} exist in 3.4 (and up to 4.3); they were
     * removed from the UI in 4.4 and are not registered at all in current Blender (5.0).
     */
    static boolean hasLayerOperators(OperatorContext context) {
        return context.blender34();
    }
}
