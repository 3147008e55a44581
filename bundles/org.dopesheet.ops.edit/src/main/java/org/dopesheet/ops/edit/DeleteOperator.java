package org.dopesheet.ops.edit;

import java.util.ArrayList;
import java.util.List;
import org.dopesheet.anim.Keyframes;
import org.dopesheet.context.Channel;
import org.dopesheet.edit.ChannelUpdate;
import org.dopesheet.model.FCurve;
import org.dopesheet.operator.BoolProperty;
import org.dopesheet.operator.Operator;
import org.dopesheet.operator.OperatorContext;
import org.dopesheet.operator.OperatorDefinition;
import org.dopesheet.operator.OperatorProperties;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.PropertySchema;
import org.osgi.service.component.annotations.Component;

/**
 * {@code action.delete} (Blender's {@code ACTION_OT_delete}, spec 3.5): removes every key whose
 * control point is selected in the editable visible channels; an F-Curve left empty (no keys,
 * no curve-generating modifier) is removed from its action, which is un-assigned when it has no
 * F-Curve left. Returns CANCELLED when no key was deleted. {@code confirm} only matters to the
 * interactive invoke (a confirmation popup); execution never asks.
 */
@OperatorDefinition(id = "action.delete", name = "Delete Keyframes", description = "Remove all selected keyframes",
        family = "edit")
@Component(service = Operator.class)
public class DeleteOperator implements Operator {
    static final BoolProperty CONFIRM = BoolProperty.of("confirm", true).name("Confirm")
            .description("Prompt for confirmation").hide().skipSave();
    private static final PropertySchema SCHEMA = PropertySchema.of(CONFIRM);

    @Override
    public PropertySchema properties() {
        return SCHEMA;
    }

    @Override
    public OperatorResult execute(OperatorContext context, OperatorProperties properties) {
        boolean removeUntouched = removesEmptyCurvesWithoutDeletedKeys(context);
        boolean anyDeleted = false;
        List<Channel> update = new ArrayList<>();
        for (Channel ch : EditContext.curves(context, EditContext.EDITABLE)) {
            FCurve fcu = ch.fcurve();
            boolean deleted = Keyframes.deleteSelectedKeys(fcu);
            anyDeleted |= deleted;
            if ((deleted || removeUntouched) && Keyframes.isEmpty(fcu)) {
                CurveRemoval.removeFromAnimData(ch);
            } else if (deleted) {
                update.add(ch);
            }
        }
        ChannelUpdate.updateDefault(update);
        if (!anyDeleted) {
            return OperatorResult.CANCELLED;
        }
        context.tagAnimationChanged();
        return OperatorResult.FINISHED;
    }

    /**
     * [cur] differs from 3.4: Blender 3.4 removes every empty visible F-Curve, even one none of
     * whose keys was deleted (possibly while returning CANCELLED); the current Blender removes
     * only curves it deleted keys from.
     */
    static boolean removesEmptyCurvesWithoutDeletedKeys(OperatorContext context) {
        return context.blender34();
    }
}
