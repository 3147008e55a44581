package org.dopesheet.ops.view;

import org.dopesheet.model.Scene;
import org.dopesheet.operator.Operator;
import org.dopesheet.operator.OperatorContext;
import org.dopesheet.operator.OperatorDefinition;
import org.dopesheet.operator.OperatorProperties;
import org.dopesheet.operator.OperatorResult;
import org.osgi.service.component.annotations.Component;

/**
 * {@code action.previewrange_set} (Blender's {@code ACTION_OT_previewrange_set}): the preview range
 * becomes {@code [floor(min), ceil(max)]} of the selected keys (end = start + 1 when equal).
 */
@OperatorDefinition(id = "action.previewrange_set", name = "Set Preview Range to Selected", family = "view",
        description = "Set Preview Range based on extents of selected Keyframes")
@Component(service = Operator.class)
public class PreviewRangeSetOperator implements Operator {

    @Override
    public OperatorResult execute(OperatorContext context, OperatorProperties properties) {
        Scene scene = context.scene();
        KeyframeExtents ext = KeyframeExtents.of(context.anim(), scene, true);
        if (!ext.found() && !keepsSentinelsWhenNothingSelected(context)) {
            return OperatorResult.CANCELLED;
        }
        int start = (int) Math.floor(ext.min());
        int end = (int) Math.ceil(ext.max());
        if (start == end) {
            end = start + 1;
        }
        scene.setUsePreviewRange(true).setPreviewStart(start).setPreviewEnd(end);
        return OperatorResult.FINISHED;
    }

    /**
     * Blender 3.4 sets the range from the untouched extents (1e9 / -1e9) when nothing is selected;
     * current Blender cancels and leaves the preview range alone.
     */
    static boolean keepsSentinelsWhenNothingSelected(OperatorContext context) {
        return context.blender34();
    }
}
