package org.dopesheet.ops.view;

import org.dopesheet.context.AnimFilter;
import org.dopesheet.context.Channel;
import org.dopesheet.model.FCurve;
import org.dopesheet.operator.Operator;
import org.dopesheet.operator.OperatorContext;
import org.dopesheet.operator.OperatorDefinition;
import org.dopesheet.operator.OperatorProperties;
import org.dopesheet.operator.OperatorResult;
import org.osgi.service.component.annotations.Component;

/**
 * {@code action.frame_jump} (Blender's {@code ACTION_OT_frame_jump}): the current frame becomes the
 * average scene-time frame of the key-selected keys of every visible curve, rounded half up; nothing
 * happens when no key is selected.
 */
@OperatorDefinition(id = "action.frame_jump", name = "Jump to Keyframes", family = "view",
        description = "Set the current frame to the average frame value of selected keyframes")
@Component(service = Operator.class)
public class FrameJumpOperator implements Operator {

    @Override
    public OperatorResult execute(OperatorContext context, OperatorProperties properties) {
        float sum = 0f;
        int count = 0;
        for (Channel ch : context.anim().curves(AnimFilter.DATA_VISIBLE | AnimFilter.LIST_VISIBLE
                | AnimFilter.NODUPLIS)) {
            FCurve c = ch.fcurve();
            for (int i = 0; i < c.size(); i++) {
                if (c.selected(i)) {
                    sum += ch.toScene(c.x(i));
                    count++;
                }
            }
        }
        if (count > 0) {
            context.scene().setFrameCurrent((int) Math.floor(sum / count + 0.5f));
            context.scene().setSubframe(0f);
            context.tagAnimationChanged();
        }
        return OperatorResult.FINISHED;
    }
}
