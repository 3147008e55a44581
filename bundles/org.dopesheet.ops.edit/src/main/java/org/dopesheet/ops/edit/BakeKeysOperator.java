package org.dopesheet.ops.edit;

import java.util.ArrayList;
import java.util.List;
import org.dopesheet.context.Channel;
import org.dopesheet.edit.CurveTasks;
import org.dopesheet.model.FCurve;
import org.dopesheet.operator.Operator;
import org.dopesheet.operator.OperatorContext;
import org.dopesheet.operator.OperatorDefinition;
import org.dopesheet.operator.OperatorProperties;
import org.dopesheet.operator.OperatorResult;
import org.osgi.service.component.annotations.Component;

/**
 * {@code action.bake_keys} (Blender's {@code ACTION_OT_bake_keys}; {@code ACTION_OT_sample}
 * "Sample Keyframes" in Blender 3.4, same algorithm; spec 3.1): adds a BREAKDOWN key on every
 * whole frame between selected keys of the editable visible curves, channel selection
 * irrelevant. Not implemented for Grease Pencil and Mask data. Always FINISHED.
 */
@OperatorDefinition(id = "action.bake_keys", name = "Bake Keyframes",
        description = "Add keyframes on every frame between the selected keyframes", family = "edit")
@Component(service = Operator.class)
public class BakeKeysOperator implements Operator {

    @Override
    public OperatorResult execute(OperatorContext context, OperatorProperties properties) {
        if (EditContext.greasePencilOrMask(context)) {
            return EditContext.notImplemented(context);
        }
        List<Channel> channels = EditContext.curves(context, EditContext.EDITABLE_CURVES);
        List<FCurve> curves = new ArrayList<>();
        for (Channel ch : channels) {
            curves.add(ch.fcurve());
        }
        // bake ends with the handle recalculation, which changes every curve of two keys or more
        // (and only those: fewer keys have nothing to bake); each curve on its own
        var prefs = context.preferences();
        CurveTasks.forEach(curves, c -> c.size() >= 2, c -> KeyBaker.bake(c, prefs));
        EditContext.tagIfAny(context, channels);
        return OperatorResult.FINISHED;
    }
}
