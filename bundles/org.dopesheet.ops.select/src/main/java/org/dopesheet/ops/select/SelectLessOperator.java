package org.dopesheet.ops.select;

import org.dopesheet.context.AnimationContext;
import org.dopesheet.operator.Operator;
import org.dopesheet.operator.OperatorContext;
import org.dopesheet.operator.OperatorDefinition;
import org.dopesheet.operator.OperatorProperties;
import org.dopesheet.operator.OperatorResult;
import org.osgi.service.component.annotations.Component;

/**
 * {@code action.select_less} (Blender's {@code ACTION_OT_select_less}): in every visible F-Curve,
 * deselects the selected keys at the ends of selection islands, the first and last key of the
 * curve always counting as ends, from the selection as it was before the operator ran.
 */
@OperatorDefinition(id = "action.select_less", name = "Select Less", family = "select",
        description = "Deselect keyframes on ends of selection islands")
@Component(service = Operator.class)
public class SelectLessOperator implements Operator {

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
        CurveSelection.moreOrLess(anim, false);
        return OperatorResult.FINISHED;
    }
}
