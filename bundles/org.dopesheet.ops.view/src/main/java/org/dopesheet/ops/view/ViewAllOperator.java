package org.dopesheet.ops.view;

import org.dopesheet.operator.Operator;
import org.dopesheet.operator.OperatorContext;
import org.dopesheet.operator.OperatorDefinition;
import org.dopesheet.operator.OperatorProperties;
import org.dopesheet.operator.OperatorResult;
import org.osgi.service.component.annotations.Component;

/** {@code action.view_all} (Blender's {@code ACTION_OT_view_all}): frame every key, top of the channel list. */
@OperatorDefinition(id = "action.view_all", name = "Frame All", family = "view",
        description = "Reset viewable area to show full keyframe range", flags = {})
@Component(service = Operator.class)
public class ViewAllOperator implements Operator {

    @Override
    public OperatorResult execute(OperatorContext context, OperatorProperties properties) {
        return Framing.frame(context, false);
    }
}
