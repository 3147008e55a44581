package org.dopesheet.ops.select;

import org.dopesheet.context.AnimationContext;
import org.dopesheet.edit.SelectMode;
import org.dopesheet.operator.EnumProperty;
import org.dopesheet.operator.Operator;
import org.dopesheet.operator.OperatorContext;
import org.dopesheet.operator.OperatorDefinition;
import org.dopesheet.operator.OperatorProperties;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.PropertySchema;
import org.osgi.service.component.annotations.Component;

/**
 * {@code action.select_all} (Blender's {@code ACTION_OT_select_all}): (de)selects or inverts every
 * key of the visible channels, locked ones and those in collapsed groups included; TOGGLE
 * deselects when any key has any flag selected, else selects. Channel selection is unchanged.
 */
@OperatorDefinition(id = "action.select_all", name = "Select All", family = "select",
        description = "Toggle selection of all keyframes")
@Component(service = Operator.class)
public class SelectAllOperator implements Operator {
    static final EnumProperty<SelectAction> ACTION = EnumProperty.of("action", SelectAction.class, SelectAction.TOGGLE)
            .name("Action").description("Selection action to execute").hide().skipSave();
    private static final PropertySchema SCHEMA = PropertySchema.of(ACTION);

    @Override
    public PropertySchema properties() {
        return SCHEMA;
    }

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
        switch (properties.get(ACTION)) {
            case TOGGLE:
                Selections.setAllKeys(anim, true, SelectMode.ADD);
                break;
            case SELECT:
                Selections.setAllKeys(anim, false, SelectMode.ADD);
                break;
            case DESELECT:
                Selections.setAllKeys(anim, false, SelectMode.SUBTRACT);
                break;
            default:
                Selections.setAllKeys(anim, false, SelectMode.INVERT);
                break;
        }
        return OperatorResult.FINISHED;
    }
}
