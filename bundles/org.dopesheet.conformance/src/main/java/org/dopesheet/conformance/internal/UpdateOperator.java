package org.dopesheet.conformance.internal;

import org.dopesheet.anim.Keyframes;
import org.dopesheet.model.FCurve;
import org.dopesheet.operator.Operator;
import org.dopesheet.operator.OperatorContext;
import org.dopesheet.operator.OperatorDefinition;
import org.dopesheet.operator.OperatorFlag;
import org.dopesheet.operator.OperatorProperties;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.PropertySchema;
import org.osgi.service.component.annotations.Component;

/** {@code fcurve.update(action, data_path, array_index)}: {@code FCurve.update()}, sort keys and recalculate handles. */
@OperatorDefinition(id = "fcurve.update", name = "Update F-Curve (harness)", family = "oracle",
        description = "Conformance harness: sort keys by frame and recalculate handles", flags = {OperatorFlag.INTERNAL})
@Component(service = Operator.class)
public class UpdateOperator implements Operator {
    private static final PropertySchema SCHEMA = PropertySchema.of(HarnessOperators.ACTION, HarnessOperators.DATA_PATH,
            HarnessOperators.ARRAY_INDEX);

    @Override
    public PropertySchema properties() {
        return SCHEMA;
    }

    @Override
    public OperatorResult execute(OperatorContext context, OperatorProperties properties) {
        FCurve c = HarnessOperators.curve(context, properties.get(HarnessOperators.ACTION),
                properties.get(HarnessOperators.DATA_PATH), properties.get(HarnessOperators.ARRAY_INDEX));
        if (c == null) {
            return OperatorResult.CANCELLED;
        }
        Keyframes.update(c);
        context.tagAnimationChanged();
        return OperatorResult.FINISHED;
    }
}
