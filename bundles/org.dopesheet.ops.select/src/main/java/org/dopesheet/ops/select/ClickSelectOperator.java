package org.dopesheet.ops.select;

import org.dopesheet.context.AnimationContext;
import org.dopesheet.edit.SelectMode;
import org.dopesheet.operator.BoolProperty;
import org.dopesheet.operator.IntProperty;
import org.dopesheet.operator.Operator;
import org.dopesheet.operator.OperatorContext;
import org.dopesheet.operator.OperatorDefinition;
import org.dopesheet.operator.OperatorFlag;
import org.dopesheet.operator.OperatorProperties;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.OperatorStatus;
import org.dopesheet.operator.PropertySchema;
import org.osgi.service.component.annotations.Component;

/**
 * {@code action.clickselect} (Blender's {@code ACTION_OT_clickselect}, exec form): selects the
 * left-most key column within a few pixels of the mouse in the row under it. Without
 * {@code extend} a hit replaces the selection (every key and channel is deselected and the
 * clicked group or F-Curve becomes the active channel); {@code extend} toggles without touching
 * channels; {@code deselect_all} deselects everything when nothing is hit. {@code column}
 * extends the hit to the whole frame column, {@code channel} to every key of the row. Returns
 * FINISHED | PASS_THROUGH (RUNNING_MODAL | PASS_THROUGH while {@code wait_to_deselect_others}
 * postpones the deselection).
 */
@OperatorDefinition(id = "action.clickselect", name = "Select Keyframes", family = "select",
        description = "Select keyframes by clicking on them", flags = {OperatorFlag.UNDO})
@Component(service = Operator.class)
public class ClickSelectOperator implements Operator {
    static final BoolProperty WAIT_TO_DESELECT_OTHERS = BoolProperty.of("wait_to_deselect_others", false)
            .name("Wait to Deselect Others").hide().skipSave();
    /** Current Blender's generic select property; it only shapes the interactive (modal) form. */
    static final BoolProperty USE_SELECT_ON_CLICK = BoolProperty.of("use_select_on_click", false).name("Act on Click")
            .description("Instead of selecting on mouse press, wait to see if there's drag event. "
                    + "Otherwise select on mouse release")
            .hide().skipSave();
    static final IntProperty MOUSE_X = IntProperty.of("mouse_x", 0).name("Mouse X");
    static final IntProperty MOUSE_Y = IntProperty.of("mouse_y", 0).name("Mouse Y");
    static final BoolProperty EXTEND = BoolProperty.of("extend", false).name("Extend Select")
            .description("Toggle keyframe selection instead of leaving newly selected keyframes only").skipSave();
    static final BoolProperty DESELECT_ALL = BoolProperty.of("deselect_all", false).name("Deselect On Nothing")
            .description("Deselect all when nothing under the cursor").skipSave();
    static final BoolProperty COLUMN = BoolProperty.of("column", false).name("Column Select")
            .description("Select all keyframes that occur on the same frame as the one under the mouse").skipSave();
    static final BoolProperty CHANNEL = BoolProperty.of("channel", false).name("Only Channel")
            .description("Select all the keyframes in the channel under the mouse").skipSave();
    private static final PropertySchema SCHEMA = PropertySchema.of(WAIT_TO_DESELECT_OTHERS, USE_SELECT_ON_CLICK,
            MOUSE_X, MOUSE_Y, EXTEND, DESELECT_ALL, COLUMN, CHANNEL);

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
        SelectMode mode = properties.get(EXTEND) ? SelectMode.INVERT : SelectMode.REPLACE;
        ClickSelection.Hit hit = ClickSelection.hitTest(anim, properties.get(MOUSE_X), properties.get(MOUSE_Y));
        boolean postponed = ClickSelection.click(anim, hit, mode, properties.get(DESELECT_ALL), properties.get(COLUMN),
                properties.get(CHANNEL), properties.get(WAIT_TO_DESELECT_OTHERS));
        return OperatorResult.of(postponed ? OperatorStatus.RUNNING_MODAL : OperatorStatus.FINISHED,
                OperatorStatus.PASS_THROUGH);
    }
}
