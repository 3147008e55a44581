package org.dopesheet.ops.nla;

import org.dopesheet.model.Action;
import org.dopesheet.operator.Operator;
import org.dopesheet.operator.OperatorContext;
import org.dopesheet.operator.OperatorDefinition;
import org.dopesheet.operator.OperatorFlag;
import org.dopesheet.operator.OperatorProperties;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.PropertySchema;
import org.dopesheet.operator.ReportType;
import org.osgi.service.component.annotations.Component;

/**
 * Conformance pseudo-operator {@code oracle.set_editor_action(action)} (FORMAT.md section 4):
 * selects an action (by name) or None through the Action editor's action selector, as the
 * header's browse menu or "New" button does ({@link EditorActionSelector#select}). In Blender
 * 3.4 that is {@code SpaceDopeSheetEditor.action = ...}: assigned to the active object, leaving
 * NLA tweak mode, stashing the previous action when nothing else uses it; in current Blender the
 * active object's {@code AnimData.action = ...}, refused in tweak mode (ERROR "Could not change
 * action").
 */
@OperatorDefinition(id = "oracle.set_editor_action", name = "Set Editor Action (harness)", family = "oracle",
        description = "Conformance harness: assign an action through the Action editor's action selector",
        flags = {OperatorFlag.INTERNAL})
@Component(service = Operator.class)
public class SetEditorActionOperator implements Operator {
    static final ActionNameProperty ACTION = ActionNameProperty.of("action", "Action",
            "Name of the action to select, or None");
    private static final PropertySchema SCHEMA = PropertySchema.of(ACTION);

    @Override
    public PropertySchema properties() {
        return SCHEMA;
    }

    @Override
    public OperatorResult execute(OperatorContext context, OperatorProperties properties) {
        String name = properties.get(ACTION);
        Action action = null;
        if (name != null) {
            action = context.document().action(name);
            if (action == null) {
                context.report(ReportType.ERROR, "no action named '" + name + "'");
                return OperatorResult.CANCELLED;
            }
        }
        if (!EditorActionSelector.select(context, EditorAnimData.owner(context), action)) {
            context.report(ReportType.ERROR, "Could not change action");
            return OperatorResult.CANCELLED;
        }
        return OperatorResult.FINISHED;
    }
}
