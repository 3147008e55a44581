package org.dopesheet.conformance.internal;

import org.dopesheet.operator.IntProperty;
import org.dopesheet.operator.Operator;
import org.dopesheet.operator.OperatorContext;
import org.dopesheet.operator.OperatorDefinition;
import org.dopesheet.operator.OperatorFlag;
import org.dopesheet.operator.OperatorProperties;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.PropertySchema;
import org.osgi.service.component.annotations.Component;

/** {@code oracle.set_frame(frame)}: {@code scene.frame_current = frame}, then animation is re-evaluated. */
@OperatorDefinition(id = "oracle.set_frame", name = "Set Frame (harness)", family = "oracle",
        description = "Conformance harness: set the current frame and evaluate the animation",
        flags = {OperatorFlag.INTERNAL})
@Component(service = Operator.class)
public class SetFrameOperator implements Operator {
    static final IntProperty FRAME = IntProperty.of("frame", 1).name("Frame").range(-1048574, 1048574);
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
