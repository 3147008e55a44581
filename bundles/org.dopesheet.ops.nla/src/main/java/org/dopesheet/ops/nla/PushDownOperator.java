package org.dopesheet.ops.nla;

import org.dopesheet.model.AnimData;
import org.dopesheet.model.SceneObject;
import org.dopesheet.operator.Operator;
import org.dopesheet.operator.OperatorContext;
import org.dopesheet.operator.OperatorDefinition;
import org.dopesheet.operator.OperatorProperties;
import org.dopesheet.operator.OperatorResult;
import org.osgi.service.component.annotations.Component;

/**
 * {@code action.push_down()} (Blender's {@code ACTION_OT_push_down}, spec 3.22): moves the
 * editor's action into the NLA stack as a new strip on the top track (or on a new top track
 * named after the action) and un-assigns it ({@link ActionStash#pushDown}).
 * <p>
 * Poll ({@link StashChecks#pollSelectedActionNotTweaked}): the editor's animation data exists, an
 * action is selected ({@link EditorActionSelector#selected}) and it is not in NLA tweak mode.
 * 3.4 refuses an action without keys or F-Modifiers with a WARNING and CANCELLED.
 */
@OperatorDefinition(id = "action.push_down", name = "Push Down Action",
        description = "Push action down on to the NLA stack as a new strip", family = "nla")
@Component(service = Operator.class)
public class PushDownOperator implements Operator {

    @Override
    public boolean poll(OperatorContext context) {
        return StashChecks.pollSelectedActionNotTweaked(context);
    }

    @Override
    public OperatorResult execute(OperatorContext context, OperatorProperties properties) {
        SceneObject owner = EditorAnimData.owner(context);
        AnimData adt = owner == null ? null : owner.animationData();
        if (adt == null) {
            return OperatorResult.FINISHED;
        }
        if (StashChecks.refuseWithoutMotion(context, adt)) {
            return OperatorResult.CANCELLED;
        }
        if (ActionStash.pushDown(owner)) {
            context.tagAnimationChanged();
        }
        EditorActionSelector.forgetEditorPointer(context);
        return OperatorResult.FINISHED;
    }
}
