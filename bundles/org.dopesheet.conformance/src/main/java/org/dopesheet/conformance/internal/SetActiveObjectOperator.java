package org.dopesheet.conformance.internal;

import org.dopesheet.model.EditorMode;
import org.dopesheet.model.SceneObject;
import org.dopesheet.operator.Operator;
import org.dopesheet.operator.OperatorContext;
import org.dopesheet.operator.OperatorDefinition;
import org.dopesheet.operator.OperatorFlag;
import org.dopesheet.operator.OperatorProperties;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.PropertySchema;
import org.dopesheet.operator.StringProperty;
import org.osgi.service.component.annotations.Component;

/** {@code oracle.set_active_object(object)}: makes the object active; the Action editor shows its action. */
@OperatorDefinition(id = "oracle.set_active_object", name = "Set Active Object (harness)", family = "oracle",
        description = "Conformance harness: make an object the active object", flags = {OperatorFlag.INTERNAL})
@Component(service = Operator.class)
public class SetActiveObjectOperator implements Operator {
    static final StringProperty OBJECT = StringProperty.of("object", "").name("Object");
    private static final PropertySchema SCHEMA = PropertySchema.of(OBJECT);

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
        context.document().setActiveObject(ob);
        if (context.editor().mode() == EditorMode.ACTION) {
            context.editor().setAction(ob.animationData() == null ? null : ob.animationData().action());
        }
        return OperatorResult.FINISHED;
    }
}
