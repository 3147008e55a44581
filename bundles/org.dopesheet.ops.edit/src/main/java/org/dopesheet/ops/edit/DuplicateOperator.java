package org.dopesheet.ops.edit;

import java.util.ArrayList;
import java.util.List;
import org.dopesheet.context.Channel;
import org.dopesheet.edit.ChannelUpdate;
import org.dopesheet.edit.CurveTasks;
import org.dopesheet.model.FCurve;
import org.dopesheet.operator.Operator;
import org.dopesheet.operator.OperatorContext;
import org.dopesheet.operator.OperatorDefinition;
import org.dopesheet.operator.OperatorProperties;
import org.dopesheet.operator.OperatorResult;
import org.osgi.service.component.annotations.Component;

/**
 * {@code action.duplicate} (Blender's {@code ACTION_OT_duplicate}, spec 3.6): every selected key
 * of the editable visible channels gets an identical copy right after it, at the same frame;
 * the selection moves to the copies. Returns CANCELLED when nothing was duplicated.
 */
@OperatorDefinition(id = "action.duplicate", name = "Duplicate Keyframes",
        description = "Make a copy of all selected keyframes", family = "edit")
@Component(service = Operator.class)
public class DuplicateOperator implements Operator {

    @Override
    public OperatorResult execute(OperatorContext context, OperatorProperties properties) {
        List<Channel> channels = EditContext.curves(context, EditContext.EDITABLE);
        List<FCurve> curves = new ArrayList<>();
        boolean changed = false;
        for (Channel ch : channels) {
            curves.add(ch.fcurve());
            changed |= hasSelectedKey(ch.fcurve());
        }
        // a curve changes exactly when it has a key to duplicate; each curve on its own
        CurveTasks.forEach(curves, DuplicateOperator::hasSelectedKey, KeyEdits::duplicateSelected);
        ChannelUpdate.updateDefault(channels);
        EditContext.tagIfAny(context, channels);
        return changed ? OperatorResult.FINISHED : OperatorResult.CANCELLED;
    }

    /** Whether a key of the curve has its control point selected (so duplicate copies it). */
    static boolean hasSelectedKey(FCurve fcu) {
        for (int i = 0; i < fcu.size(); i++) {
            if (fcu.selected(i)) {
                return true;
            }
        }
        return false;
    }
}
