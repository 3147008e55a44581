package org.dopesheet.ops.view;

import org.dopesheet.operator.Operator;
import org.dopesheet.operator.OperatorContext;
import org.dopesheet.operator.OperatorDefinition;
import org.dopesheet.operator.OperatorProperties;
import org.dopesheet.operator.OperatorResult;
import org.osgi.service.component.annotations.Component;

/**
 * {@code action.view_selected} (Blender's {@code ACTION_OT_view_selected}): frame the selected keys
 * and centre the view on the first selected channel; CANCELLED when no key is selected.
 */
@OperatorDefinition(id = "action.view_selected", name = "Frame Selected", family = "view",
        description = "Reset viewable area to show selected keyframes range", flags = {})
@Component(service = Operator.class)
public class ViewSelectedOperator implements Operator {

    @Override
    public OperatorResult execute(OperatorContext context, OperatorProperties properties) {
        return Framing.frame(context, true);
    }
}
