package org.dopesheet.conformance.internal;

import java.util.ArrayList;
import java.util.List;
import org.dopesheet.anim.FCurveEvaluation;
import org.dopesheet.model.FCurve;
import org.dopesheet.operator.FloatArrayProperty;
import org.dopesheet.operator.Operator;
import org.dopesheet.operator.OperatorContext;
import org.dopesheet.operator.OperatorDefinition;
import org.dopesheet.operator.OperatorFlag;
import org.dopesheet.operator.OperatorProperties;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.PropertySchema;
import org.osgi.service.component.annotations.Component;

/** {@code fcurve.evaluate(action, data_path, array_index, frames)}: {@code FCurve.evaluate(f)} per frame into {@code values}. */
@OperatorDefinition(id = "fcurve.evaluate", name = "Evaluate F-Curve (harness)", family = "oracle",
        description = "Conformance harness: evaluate an F-Curve at frames", flags = {OperatorFlag.INTERNAL})
@Component(service = Operator.class)
public class EvaluateOperator implements Operator {
    static final FloatArrayProperty FRAMES = FloatArrayProperty.dynamic("frames").name("Frames");
    private static final PropertySchema SCHEMA = PropertySchema.of(HarnessOperators.ACTION, HarnessOperators.DATA_PATH,
            HarnessOperators.ARRAY_INDEX, FRAMES);

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
        float[] frames = properties.get(FRAMES);
        float[] out = new float[frames.length];
        FCurveEvaluation.evaluate(c, frames, out);
        List<Object> values = new ArrayList<>(out.length);
        for (float v : out) {
            values.add(v);
        }
        context.putValue("values", values);
        return OperatorResult.FINISHED;
    }
}
