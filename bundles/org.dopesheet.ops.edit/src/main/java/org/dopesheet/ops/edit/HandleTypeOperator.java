package org.dopesheet.ops.edit;

import java.util.ArrayList;
import java.util.List;
import org.dopesheet.anim.Handles;
import org.dopesheet.context.Channel;
import org.dopesheet.edit.ChannelUpdate;
import org.dopesheet.edit.CurveTasks;
import org.dopesheet.edit.KeySelection;
import org.dopesheet.model.FCurve;
import org.dopesheet.operator.EnumProperty;
import org.dopesheet.operator.Operator;
import org.dopesheet.operator.OperatorContext;
import org.dopesheet.operator.OperatorDefinition;
import org.dopesheet.operator.OperatorProperties;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.PropertySchema;
import org.osgi.service.component.annotations.Component;

/**
 * {@code action.handle_type} (Blender's {@code ACTION_OT_handle_type}, spec 3.11): in every
 * editable visible curve with a selected key or handle, selected keys (or selected handles) get
 * the handle type, AUTO and AUTO_CLAMPED keeping both sides matching; the handles are then
 * recalculated. Not implemented for Grease Pencil and Mask data.
 */
@OperatorDefinition(id = "action.handle_type", name = "Set Keyframe Handle Type",
        description = "Set type of handle for selected keyframes", family = "edit")
@Component(service = Operator.class)
public class HandleTypeOperator implements Operator {
    static final EnumProperty<HandleTypeItem> TYPE = EnumProperty.of("type", HandleTypeItem.class, HandleTypeItem.FREE)
            .name("Type");
    private static final PropertySchema SCHEMA = PropertySchema.of(TYPE);

    @Override
    public PropertySchema properties() {
        return SCHEMA;
    }

    @Override
    public OperatorResult execute(OperatorContext context, OperatorProperties properties) {
        if (EditContext.greasePencilOrMask(context)) {
            return EditContext.notImplemented(context);
        }
        HandleTypeItem type = properties.get(TYPE);
        List<Channel> updated = new ArrayList<>();
        List<FCurve> curves = new ArrayList<>();
        for (Channel ch : EditContext.curves(context, EditContext.EDITABLE_CURVES)) {
            FCurve fcu = ch.fcurve();
            if (!KeySelection.anySelected(fcu)) {
                continue;
            }
            updated.add(ch);
            curves.add(fcu);
        }
        // each curve on its own (in parallel when large): a curve with a selected key or handle is
        // changed anyway (its handle types are written)
        // then each curve's default update (sort, handles) in the same task, while it is in cache
        CurveTasks.forEach(curves, c -> true, c -> {
            KeyEdits.setHandleType(c, type.handleType());
            Handles.recalculate(c);
            ChannelUpdate.updateCurve(c, true, true);
        });
        EditContext.tagIfAny(context, updated);
        return OperatorResult.FINISHED;
    }
}
