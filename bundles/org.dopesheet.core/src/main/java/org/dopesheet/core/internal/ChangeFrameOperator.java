package org.dopesheet.core.internal;

import org.dopesheet.model.Scene;
import org.dopesheet.operator.BoolProperty;
import org.dopesheet.operator.FloatProperty;
import org.dopesheet.operator.Operator;
import org.dopesheet.operator.OperatorContext;
import org.dopesheet.operator.OperatorDefinition;
import org.dopesheet.operator.OperatorFlag;
import org.dopesheet.operator.OperatorProperties;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.PropertySchema;
import org.osgi.service.component.annotations.Component;

/**
 * {@code anim.change_frame} (Blender's {@code ANIM_OT_change_frame}, exec form): sets the current
 * frame, rounding half up ({@code round_fl_to_int}), clearing the sub-frame, never below frame 0
 * ({@code FRAMENUMBER_MIN_CLAMP}); with {@code snap}, the frame is rounded to the nearest whole
 * frame first. Animated properties are re-evaluated at the new frame.
 */
@OperatorDefinition(id = "anim.change_frame", name = "Change Frame", family = "scene",
        description = "Interactively change the current frame number", flags = {OperatorFlag.UNDO})
@Component(service = Operator.class)
public class ChangeFrameOperator implements Operator {
    /** Blender's MINAFRAME / MAXFRAME. */
    static final float MINAFRAME = -1048574f, MAXFRAME = 1048574f;
    static final FloatProperty FRAME = FloatProperty.of("frame", 0f).name("Frame").range(MINAFRAME, MAXFRAME).hide()
            .skipSave();
    static final BoolProperty SNAP = BoolProperty.of("snap", false).name("Snap").hide().skipSave();
    private static final PropertySchema SCHEMA = PropertySchema.of(FRAME, SNAP);

    @Override
    public PropertySchema properties() {
        return SCHEMA;
    }

    @Override
    public OperatorResult execute(OperatorContext context, OperatorProperties properties) {
        float frame = properties.get(FRAME);
        if (properties.get(SNAP)) {
            frame = (float) Math.floor(frame + 0.5f);
        }
        Scene scene = context.scene();
        scene.setFrameCurrent(Math.max(0, (int) Math.floor(frame + 0.5f)));
        scene.setSubframe(0f);
        context.tagAnimationChanged();
        return OperatorResult.FINISHED;
    }
}
