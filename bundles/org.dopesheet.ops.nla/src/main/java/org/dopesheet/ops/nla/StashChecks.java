package org.dopesheet.ops.nla;

import org.dopesheet.model.AnimData;
import org.dopesheet.operator.OperatorContext;
import org.dopesheet.operator.ReportType;

/** Poll and refusal shared by {@code action.push_down}, {@code action.stash} and {@code action.stash_and_create}. */
final class StashChecks {
    /** The WARNING of stash, stash_and_create and push_down for an action without motion (3.4). */
    static final String NO_MOTION = "Action must have at least one keyframe or F-Modifier";

    private StashChecks() {
    }

    /**
     * {@code action_pushdown_poll} (push_down and stash): the editor's animation data exists, an
     * action is selected ({@link EditorActionSelector#selected}) and it is not in NLA tweak mode.
     */
    static boolean pollSelectedActionNotTweaked(OperatorContext context) {
        AnimData adt = EditorAnimData.of(context);
        return adt != null && EditorActionSelector.selected(context) != null && !adt.useTweakMode();
    }

    /**
     * 3.4's refusal of an action without keys or F-Modifiers
     * ({@link ProfileDifferences#refusesActionsWithoutMotion}): reports the WARNING and returns
     * true when the operator has to stop (CANCELLED).
     */
    static boolean refuseWithoutMotion(OperatorContext context, AnimData adt) {
        if (ProfileDifferences.refusesActionsWithoutMotion(context)
                && !ActionStash.hasMotion(adt.action(), adt.slotHandle())) {
            context.report(ReportType.WARNING, NO_MOTION);
            return true;
        }
        return false;
    }
}
