package org.dopesheet.ops.select;

import org.dopesheet.context.AnimationContext;
import org.dopesheet.edit.SelectMode;
import org.dopesheet.operator.BoolProperty;
import org.dopesheet.operator.EnumProperty;
import org.dopesheet.operator.Operator;
import org.dopesheet.operator.OperatorContext;
import org.dopesheet.operator.OperatorDefinition;
import org.dopesheet.operator.OperatorProperties;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.PropertySchema;
import org.osgi.service.component.annotations.Component;

/**
 * {@code action.select_leftright} (Blender's {@code ACTION_OT_select_leftright}, exec form):
 * selects the keys before (LEFT) or after (RIGHT) the current frame, keys on the current frame
 * belonging to both sides. Without {@code extend} the selection is replaced (keys only) and, with
 * the editor's marker sync on, the markers of that side are selected and the others deselected;
 * {@code extend} toggles the keys of that side. CHECK needs the mouse position of the
 * interactive form, so the exec form cancels without a report.
 */
@OperatorDefinition(id = "action.select_leftright", name = "Select Left/Right", family = "select",
        description = "Select keyframes to the left or the right of the current frame")
@Component(service = Operator.class)
public class LeftRightSelectOperator implements Operator {
    static final EnumProperty<LeftRightMode> MODE = EnumProperty.of("mode", LeftRightMode.class, LeftRightMode.CHECK)
            .name("Mode").skipSave();
    static final BoolProperty EXTEND = BoolProperty.of("extend", false).name("Extend Select").skipSave();
    private static final PropertySchema SCHEMA = PropertySchema.of(MODE, EXTEND);

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
        LeftRightMode side = properties.get(MODE);
        if (side == LeftRightMode.CHECK) {
            return OperatorResult.CANCELLED;
        }
        boolean extend = properties.get(EXTEND);
        int cfra = context.scene().frameCurrent();
        LeftRightSelection.select(anim, side, cfra, extend ? SelectMode.INVERT : SelectMode.REPLACE);
        if (!extend && anim.editor().useMarkerSync()) {
            LeftRightSelection.syncMarkers(anim.markers(), side, cfra);
        }
        return OperatorResult.FINISHED;
    }
}
