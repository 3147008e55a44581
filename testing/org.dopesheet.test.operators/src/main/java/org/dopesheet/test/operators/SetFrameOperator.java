package org.dopesheet.test.operators;

import org.dopesheet.operator.IntProperty;
import org.dopesheet.operator.Operator;
import org.dopesheet.operator.OperatorContext;
import org.dopesheet.operator.OperatorDefinition;
import org.dopesheet.operator.OperatorProperties;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.PropertySchema;
import org.osgi.service.component.annotations.Component;

/** {@code test.set_frame(frame=int)}: sets the scene's current frame. */
@OperatorDefinition(id = "test.set_frame", name = "Set Frame", family = "test",
        description = "Set the current frame of the scene")
@Component(service = Operator.class)
public class SetFrameOperator implements Operator {
    static final IntProperty FRAME = IntProperty.of("frame", 1).name("Frame").description("The new current frame")
            .range(0, 1_048_574);
    private static final PropertySchema SCHEMA = PropertySchema.of(FRAME);

    @Override
    public PropertySchema properties() {
        return SCHEMA;
    }

    @Override
    public OperatorResult execute(OperatorContext context, OperatorProperties properties) {
        context.scene().setFrameCurrent(properties.get(FRAME));
        context.tagAnimationChanged();
        return OperatorResult.FINISHED;
    }
}
