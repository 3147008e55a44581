package org.dopesheet.ops.select;

import org.dopesheet.context.AnimationContext;
import org.dopesheet.operator.Operator;
import org.dopesheet.operator.OperatorContext;
import org.dopesheet.operator.OperatorDefinition;
import org.dopesheet.operator.OperatorProperties;
import org.dopesheet.operator.OperatorResult;
import org.osgi.service.component.annotations.Component;

/**
 * {@code action.select_linked} (Blender's {@code ACTION_OT_select_linked}): selects every key of
 * each visible F-Curve that has at least one selected key.
 */
@OperatorDefinition(id = "action.select_linked", name = "Select Linked", family = "select",
        description = "Select keyframes occurring in the same F-Curves as selected ones")
@Component(service = Operator.class)
public class SelectLinkedOperator implements Operator {

    @Override
    public boolean poll(OperatorContext context) {
        return Selections.actionEditorActive(context);
    }

    @Override
    public OperatorResult execute(OperatorContext context, OperatorProperties properties) {
        AnimationContext anim = context.anim();
        if (!Selections.hasData(anim)) {
            return OperatorResult.CANCELLED;
        }
        CurveSelection.linked(anim);
        return OperatorResult.FINISHED;
    }
}
