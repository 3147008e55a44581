package org.dopesheet.ops.select;

import org.dopesheet.context.AnimationContext;
import org.dopesheet.operator.Operator;
import org.dopesheet.operator.OperatorContext;
import org.dopesheet.operator.OperatorDefinition;
import org.dopesheet.operator.OperatorProperties;
import org.dopesheet.operator.OperatorResult;
import org.osgi.service.component.annotations.Component;

/**
 * {@code action.select_more} (Blender's {@code ACTION_OT_select_more}): in every visible F-Curve,
 * selects the keys next to a selected key in the key array, from the selection as it was before
 * the operator ran.
 */
@OperatorDefinition(id = "action.select_more", name = "Select More", family = "select",
        description = "Select keyframes beside already selected ones")
@Component(service = Operator.class)
public class SelectMoreOperator implements Operator {

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
        CurveSelection.moreOrLess(anim, true);
        return OperatorResult.FINISHED;
    }
}
