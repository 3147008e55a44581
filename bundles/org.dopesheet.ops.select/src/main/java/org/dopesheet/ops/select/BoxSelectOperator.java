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
 * {@code action.select_box} (Blender's {@code ACTION_OT_select_box}, exec form): selects the keys
 * strictly inside the box's frame range in the rows the box overlaps (after a 2-pixel vertical
 * inset); with {@code axis_range} a box at least as wide as tall selects the frame range in
 * every row, a taller one every key of the overlapped rows. SET deselects every key first, SUB
 * deselects instead of selecting. Channel selection is unchanged. {@code wait_for_input} and
 * {@code tweak} only shape the interactive gesture.
 */
@OperatorDefinition(id = "action.select_box", name = "Box Select", family = "select",
        description = "Select all keyframes within the specified region", flags = {OperatorFlag.UNDO})
@Component(service = Operator.class)
public class BoxSelectOperator implements Operator {
    static final BoolProperty AXIS_RANGE = BoolProperty.of("axis_range", false).name("Axis Range");
    static final IntProperty XMIN = IntProperty.of("xmin", 0).name("X Min").hide().skipSave();
    static final IntProperty XMAX = IntProperty.of("xmax", 0).name("X Max").hide().skipSave();
    static final IntProperty YMIN = IntProperty.of("ymin", 0).name("Y Min").hide().skipSave();
    static final IntProperty YMAX = IntProperty.of("ymax", 0).name("Y Max").hide().skipSave();
    static final BoolProperty WAIT_FOR_INPUT = BoolProperty.of("wait_for_input", true).name("Wait for Input").hide()
            .skipSave();
    static final EnumProperty<SelectOperation> MODE = EnumProperty.of("mode", SelectOperation.class,
            SelectOperation.SET).name("Mode").skipSave();
    static final BoolProperty TWEAK = BoolProperty.of("tweak", false).name("Tweak")
            .description("Operator has been activated using a click-drag event").skipSave();
    private static final PropertySchema SCHEMA = PropertySchema.of(AXIS_RANGE, XMIN, XMAX, YMIN, YMAX,
            WAIT_FOR_INPUT, MODE, TWEAK);

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
        int xmin = properties.get(XMIN), xmax = properties.get(XMAX);
        int ymin = properties.get(YMIN), ymax = properties.get(YMAX);
        RegionSelection.BoxMode boxMode = RegionSelection.boxMode(properties.get(AXIS_RANGE), xmin, xmax, ymin, ymax);
        RegionSelection.box(anim, xmin, xmax, ymin, ymax, boxMode, operation.keyMode());
        return OperatorResult.FINISHED;
    }
}
