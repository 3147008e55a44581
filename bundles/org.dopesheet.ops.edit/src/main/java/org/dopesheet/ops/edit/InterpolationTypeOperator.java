package org.dopesheet.ops.edit;

import java.util.ArrayList;
import java.util.List;
import org.dopesheet.anim.Handles;
import org.dopesheet.context.Channel;
import org.dopesheet.edit.ChannelUpdate;
import org.dopesheet.edit.CurveTasks;
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
 * {@code action.interpolation_type} (Blender's {@code ACTION_OT_interpolation_type}, spec 3.12):
 * selected keys of the editable visible curves get the interpolation of the segment they start;
 * handles are recalculated. Channel selection is irrelevant. Not implemented for Grease Pencil
 * and Mask data.
 */
@OperatorDefinition(id = "action.interpolation_type", name = "Set Keyframe Interpolation",
        description = "Set interpolation mode for the F-Curve segments starting from the selected keyframes",
        family = "edit")
@Component(service = Operator.class)
public class InterpolationTypeOperator implements Operator {
    static final EnumProperty<InterpolationItem> TYPE = EnumProperty.of("type", InterpolationItem.class,
            InterpolationItem.CONSTANT).name("Type");
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
        InterpolationItem type = properties.get(TYPE);
        List<Channel> channels = EditContext.curves(context, EditContext.EDITABLE_CURVES);
        List<FCurve> curves = new ArrayList<>();
        for (Channel ch : channels) {
            curves.add(ch.fcurve());
        }
        // each curve on its own (in parallel when large): a curve of two keys or more is changed
        // anyway (its handles are recalculated)
        CurveTasks.forEach(curves, c -> c.size() >= 2, c -> {
            KeyEdits.setInterpolation(c, type.interpolation());
            Handles.recalculate(c);
        });
        ChannelUpdate.updateDefault(channels);
        EditContext.tagIfAny(context, channels);
        return OperatorResult.FINISHED;
    }
}
