package org.dopesheet.ops.select;

import org.dopesheet.context.AnimationContext;
import org.dopesheet.operator.BoolProperty;
import org.dopesheet.operator.EnumProperty;
import org.dopesheet.operator.IntProperty;
import org.dopesheet.operator.Operator;
import org.dopesheet.operator.OperatorContext;
import org.dopesheet.operator.OperatorDefinition;
import org.dopesheet.operator.OperatorFlag;
import org.dopesheet.operator.OperatorProperties;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.PropertySchema;
import org.osgi.service.component.annotations.Component;

/**
 * {@code action.select_circle} (Blender's {@code ACTION_OT_select_circle}, exec form): in every
 * row touching the circle's bounding box, selects the keys whose pixel x lies strictly within
 * the radius of the centre: each row is tested along the bounding box's centre line, a band
 * rather than a true circle, exactly as Blender does. SET deselects every key first, SUB
 * deselects instead of selecting.
 */
@OperatorDefinition(id = "action.select_circle", name = "Circle Select", family = "select",
        description = "Select keyframe points using circle selection", flags = {OperatorFlag.UNDO})
@Component(service = Operator.class)
public class CircleSelectOperator implements Operator {
    static final IntProperty X = IntProperty.of("x", 0).name("X").hide().skipSave();
    static final IntProperty Y = IntProperty.of("y", 0).name("Y").hide().skipSave();
    static final IntProperty RADIUS = IntProperty.of("radius", 25).name("Radius").range(1, Integer.MAX_VALUE);
    static final BoolProperty WAIT_FOR_INPUT = BoolProperty.of("wait_for_input", true).name("Wait for Input").hide()
            .skipSave();
    static final EnumProperty<SelectOperation> MODE = EnumProperty.of("mode", SelectOperation.class,
            SelectOperation.SET).name("Mode").skipSave();
    private static final PropertySchema SCHEMA = PropertySchema.of(X, Y, RADIUS, WAIT_FOR_INPUT, MODE);

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
        SelectOperation operation = properties.get(MODE);
        if (operation.deselectsFirst()) {
            Selections.deselectAllKeys(anim);
        }
        RegionSelection.circle(anim, properties.get(X), properties.get(Y), properties.get(RADIUS),
                operation.keyMode());
        return OperatorResult.FINISHED;
    }
}
