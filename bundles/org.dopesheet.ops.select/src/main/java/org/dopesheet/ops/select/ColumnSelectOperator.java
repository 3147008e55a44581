package org.dopesheet.ops.select;

import java.util.List;
import org.dopesheet.context.AnimationContext;
import org.dopesheet.operator.EnumProperty;
import org.dopesheet.operator.Operator;
import org.dopesheet.operator.OperatorContext;
import org.dopesheet.operator.OperatorDefinition;
import org.dopesheet.operator.OperatorProperties;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.PropertySchema;
import org.osgi.service.component.annotations.Component;

/**
 * {@code action.select_column} (Blender's {@code ACTION_OT_select_column}; its UI name really is
 * "Select All"): adds to the selection every visible key on the frames of the selected keys
 * (KEYS), on the current frame (CFRA) or on the selected markers (MARKERS_COLUMN), compared
 * exactly ({@code IS_EQF}); or strictly between the first and last selected marker widened by
 * half a frame (MARKERS_BETWEEN).
 * <p>
 * 3.4 and current Blender differ for KEYS in NLA tweak mode: see
 * {@link ColumnSelection#selectedKeyColumnFrame}.
 */
@OperatorDefinition(id = "action.select_column", name = "Select All", family = "select",
        description = "Select all keyframes on the specified frame(s)")
@Component(service = Operator.class)
public class ColumnSelectOperator implements Operator {
    static final EnumProperty<ColumnSelectMode> MODE = EnumProperty.of("mode", ColumnSelectMode.class,
            ColumnSelectMode.KEYS).name("Mode").hide();
    private static final PropertySchema SCHEMA = PropertySchema.of(MODE);

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
        List<Float> frames;
        switch (properties.get(MODE)) {
            case KEYS:
                frames = ColumnSelection.selectedKeyFrames(anim, context.blender34());
                break;
            case CFRA:
                frames = List.of((float) context.scene().frameCurrent());
                break;
            case MARKERS_COLUMN:
                frames = ColumnSelection.selectedMarkerFrames(anim.markers());
                break;
            default:
                ColumnSelection.selectBetweenMarkers(anim, anim.markers());
                return OperatorResult.FINISHED;
        }
        ColumnSelection.selectColumns(anim, frames);
        return OperatorResult.FINISHED;
    }
}
