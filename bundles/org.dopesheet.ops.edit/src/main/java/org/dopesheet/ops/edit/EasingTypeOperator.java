package org.dopesheet.ops.edit;

import java.util.List;
import org.dopesheet.anim.Handles;
import org.dopesheet.context.Channel;
import org.dopesheet.edit.ChannelUpdate;
import org.dopesheet.model.Easing;
import org.dopesheet.operator.EnumProperty;
import org.dopesheet.operator.Operator;
import org.dopesheet.operator.OperatorContext;
import org.dopesheet.operator.OperatorDefinition;
import org.dopesheet.operator.OperatorProperties;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.PropertySchema;
import org.osgi.service.component.annotations.Component;

/**
 * {@code action.easing_type} (Blender's {@code ACTION_OT_easing_type}, spec 3.8): selected keys
 * of the editable visible curves get the easing of the segment they start; handles are
 * recalculated. Channel selection is irrelevant; there is no Grease Pencil / Mask check.
 */
@OperatorDefinition(id = "action.easing_type", name = "Set Keyframe Easing Type",
        description = "Set easing type for the F-Curve segments starting from the selected keyframes",
        family = "edit")
@Component(service = Operator.class)
public class EasingTypeOperator implements Operator {
    static final EnumProperty<Easing> TYPE = EnumProperty.of("type", Easing.class, Easing.AUTO).name("Type");
    private static final PropertySchema SCHEMA = PropertySchema.of(TYPE);

    @Override
    public PropertySchema properties() {
        return SCHEMA;
    }

    @Override
    public OperatorResult execute(OperatorContext context, OperatorProperties properties) {
        Easing easing = properties.get(TYPE);
        List<Channel> channels = EditContext.curves(context, EditContext.EDITABLE_CURVES);
        for (Channel ch : channels) {
            KeyEdits.setEasing(ch.fcurve(), easing);
            Handles.recalculate(ch.fcurve());
        }
        ChannelUpdate.updateDefault(channels);
        EditContext.tagIfAny(context, channels);
        return OperatorResult.FINISHED;
    }
}
