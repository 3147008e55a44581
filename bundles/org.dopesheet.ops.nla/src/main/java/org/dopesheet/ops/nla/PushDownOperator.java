package org.dopesheet.ops.nla;

import org.dopesheet.model.AnimData;
import org.dopesheet.model.SceneObject;
import org.dopesheet.operator.Operator;
import org.dopesheet.operator.OperatorContext;
import org.dopesheet.operator.OperatorDefinition;
import org.dopesheet.operator.OperatorProperties;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.ReportType;
import org.osgi.service.component.annotations.Component;

/**
 * {@code action.push_down()} (Blender's {@code ACTION_OT_push_down}, spec 3.22): moves the
 * editor's action into the NLA stack as a new strip on the top track (or on a new top track
 * named after the action) and un-assigns it ({@link ActionStash#pushDown}).
 * <p>
 * Poll ({@link #pollActionInStack}): the editor's animation data exists, an action is selected
 * ({@link EditorActionSelector#selected}) and the animation data is not in NLA tweak mode.
 * 3.4 refuses an action without keys or F-Modifiers with a WARNING and CANCELLED.
 */
@OperatorDefinition(id = "action.push_down", name = "Push Down Action",
        description = "Push action down on to the NLA stack as a new strip", family = "nla")
@Component(service = Operator.class)
public class PushDownOperator implements Operator {
    /** The WARNING of stash, stash_and_create and push_down for an action without motion (3.4). */
    static final String NO_MOTION = "Action must have at least one keyframe or F-Modifier";

    @Override
    public boolean poll(OperatorContext context) {
        return pollActionInStack(context);
    }

    /** {@code action_pushdown_poll}, shared with {@code action.stash}. */
    static boolean pollActionInStack(OperatorContext context) {
        AnimData adt = EditorAnimData.of(context);
        return adt != null && EditorActionSelector.selected(context) != null && !adt.useTweakMode();
    }

    /**
     * 3.4's refusal of an action without motion: reports the WARNING and returns true when the
     * operator has to stop.
     */
    static boolean refuseWithoutMotion(OperatorContext context, AnimData adt) {
        if (ProfileDifferences.refusesActionsWithoutMotion(context)
                && !ActionStash.hasMotion(adt.action(), adt.slotHandle())) {
            context.report(ReportType.WARNING, NO_MOTION);
            return true;
        }
        return false;
    }

    @Override
    public OperatorResult execute(OperatorContext context, OperatorProperties properties) {
        SceneObject owner = EditorAnimData.owner(context);
        AnimData adt = owner == null ? null : owner.animationData();
        if (adt == null) {
            return OperatorResult.FINISHED;
        }
        if (refuseWithoutMotion(context, adt)) {
            return OperatorResult.CANCELLED;
        }
        if (ActionStash.pushDown(owner)) {
            context.tagAnimationChanged();
        }
        EditorActionSelector.forgetEditorPointer(context);
        return OperatorResult.FINISHED;
    }
}
