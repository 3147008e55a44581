package org.dopesheet.conformance.internal;

import org.dopesheet.model.SceneObject;
import org.dopesheet.operator.FloatProperty;
import org.dopesheet.operator.IntProperty;
import org.dopesheet.operator.Operator;
import org.dopesheet.operator.OperatorContext;
import org.dopesheet.operator.OperatorDefinition;
import org.dopesheet.operator.OperatorFlag;
import org.dopesheet.operator.OperatorProperties;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.PropertySchema;
import org.dopesheet.operator.StringProperty;
import org.osgi.service.component.annotations.Component;

/**
 * {@code oracle.set_property(object, data_path, array_index, value)}: sets a property value as a
 * user typing it would; it survives until the next animation evaluation.
 */
@OperatorDefinition(id = "oracle.set_property", name = "Set Property (harness)", family = "oracle",
        description = "Conformance harness: set a property value of an object", flags = {OperatorFlag.INTERNAL})
@Component(service = Operator.class)
public class SetPropertyOperator implements Operator {
    static final StringProperty OBJECT = StringProperty.of("object", "").name("Object");
    static final IntProperty ARRAY_INDEX = IntProperty.of("array_index", 0).name("Array Index").range(0, 1 << 20);
    static final FloatProperty VALUE = FloatProperty.of("value", 0f).name("Value");
    private static final PropertySchema SCHEMA = PropertySchema.of(OBJECT, HarnessOperators.DATA_PATH, ARRAY_INDEX,
            VALUE);

    @Override
    public PropertySchema properties() {
        return SCHEMA;
    }

    @Override
    public OperatorResult execute(OperatorContext context, OperatorProperties properties) {
        String name = properties.get(OBJECT);
        SceneObject ob = HarnessOperators.object(context, name);
        if (ob == null) {
            return OperatorResult.CANCELLED;
        }
        ob.setProperty(properties.get(HarnessOperators.DATA_PATH), properties.get(ARRAY_INDEX), properties.get(VALUE));
        return OperatorResult.FINISHED;
    }
}
