package org.dopesheet.ops.edit;

import java.util.List;
import org.dopesheet.context.Channel;
import org.dopesheet.edit.ChannelUpdate;
import org.dopesheet.model.EditorMode;
import org.dopesheet.operator.EnumProperty;
import org.dopesheet.operator.Operator;
import org.dopesheet.operator.OperatorContext;
import org.dopesheet.operator.OperatorDefinition;
import org.dopesheet.operator.OperatorProperties;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.PropertyException;
import org.dopesheet.operator.PropertySchema;
import org.dopesheet.operator.ReportType;
import org.osgi.service.component.annotations.Component;

/**
 * {@code action.keyframe_type} (Blender's {@code ACTION_OT_keyframe_type}, spec 3.14): selected
 * keys of the editable visible channels get the key type; handles are recalculated (no sort).
 * Not implemented for Masks.
 */
@OperatorDefinition(id = "action.keyframe_type", name = "Set Keyframe Type",
        description = "Set type of keyframe for the selected keyframes", family = "edit")
@Component(service = Operator.class)
public class KeyframeTypeOperator implements Operator {
    static final EnumProperty<KeyframeTypeItem> TYPE = EnumProperty.of("type", KeyframeTypeItem.class,
            KeyframeTypeItem.KEYFRAME).name("Type");
    private static final PropertySchema SCHEMA = PropertySchema.of(TYPE);

    @Override
    public PropertySchema properties() {
        return SCHEMA;
    }

    @Override
    public OperatorResult execute(OperatorContext context, OperatorProperties properties) {
        KeyframeTypeItem type = properties.get(TYPE);
        if (!keyTypeExists(context, type)) {
            throw new PropertyException("action.keyframe_type", TYPE.id(), "action.keyframe_type: type '"
                    + type.name() + "' does not exist in Blender 3.4; expected one of KEYFRAME, BREAKDOWN, MOVING_HOLD, "
                    + "EXTREME, JITTER");
        }
        if (context.editor().mode() == EditorMode.MASK) {
            context.report(ReportType.ERROR, "Not implemented for Masks");
            return OperatorResult.PASS_THROUGH;
        }
        List<Channel> channels = EditContext.curves(context, EditContext.EDITABLE);
        for (Channel ch : channels) {
            KeyEdits.setKeyType(ch.fcurve(), type.keyframeType());
        }
        ChannelUpdate.update(channels, false, true);
        EditContext.tagIfAny(context, channels);
        return OperatorResult.FINISHED;
    }

    /** [cur] differs from 3.4: the GENERATED key type exists since Blender 4.2 only. */
    static boolean keyTypeExists(OperatorContext context, KeyframeTypeItem type) {
        return type != KeyframeTypeItem.GENERATED || !context.blender34();
    }
}
