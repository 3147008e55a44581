package org.dopesheet.ops.transform;

import java.util.List;
import org.dopesheet.context.Channel;
import org.dopesheet.operator.BoolProperty;
import org.dopesheet.operator.EnumProperty;
import org.dopesheet.operator.FloatArrayProperty;
import org.dopesheet.operator.Operator;
import org.dopesheet.operator.OperatorContext;
import org.dopesheet.operator.OperatorDefinition;
import org.dopesheet.operator.OperatorProperties;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.PropertySchema;
import org.dopesheet.operator.ReportType;
import org.osgi.service.component.annotations.Component;

/**
 * {@code transform.transform} (Blender's {@code TRANSFORM_OT_transform}) in the Dope Sheet, exec
 * form: TIME_TRANSLATE and TIME_DUPLICATE move the selected keys by {@code value[0]} frames,
 * TIME_SCALE scales their times by {@code value[0]} around the current frame; {@code snap} rounds
 * the moved keys to whole frames. Afterwards keys are sorted, handles recalculated and coincident
 * keys merged. Other modes belong to other editors: ERROR report, CANCELLED.
 */
@OperatorDefinition(id = "transform.transform", name = "Transform", family = "transform",
        description = "Transform selected items by mode type")
@Component(service = Operator.class)
public class TransformOperator implements Operator {
    static final EnumProperty<TransformMode> MODE = EnumProperty.of("mode", TransformMode.class,
            TransformMode.TRANSLATION).name("Mode");
    static final FloatArrayProperty VALUE = FloatArrayProperty.of("value", 0, 0, 0, 0).name("Values");
    static final BoolProperty SNAP = BoolProperty.of("snap", false).name("Use Snapping Options")
            .description("Snap moved keys to whole frames");
    static final BoolProperty USE_PROPORTIONAL_EDIT = BoolProperty.of("use_proportional_edit", false)
            .name("Proportional Editing");
    static final BoolProperty USE_DUPLICATED_KEYFRAMES = BoolProperty.of("use_duplicated_keyframes", false)
            .name("Duplicated Keyframes").description("Transform duplicated keyframes").hide().skipSave();
    static final BoolProperty RELEASE_CONFIRM = BoolProperty.of("release_confirm", false).name("Confirm on Release")
            .description("Always confirm operation when releasing button").hide().skipSave();
    static final BoolProperty USE_ACCURATE = BoolProperty.of("use_accurate", false).name("Accurate")
            .description("Use accurate transformation").hide().skipSave();
    private static final PropertySchema SCHEMA = PropertySchema.of(MODE, VALUE, SNAP, USE_PROPORTIONAL_EDIT,
            USE_DUPLICATED_KEYFRAMES, RELEASE_CONFIRM, USE_ACCURATE);

    @Override
    public PropertySchema properties() {
        return SCHEMA;
    }

    @Override
    public OperatorResult execute(OperatorContext context, OperatorProperties properties) {
        TransformMode mode = properties.get(MODE);
        float value = properties.get(VALUE)[0];
        boolean snap = properties.get(SNAP);
        if (properties.get(USE_PROPORTIONAL_EDIT)) {
            context.report(ReportType.ERROR, "Proportional editing is not available in the Dope Sheet's exec form");
            return OperatorResult.CANCELLED;
        }
        List<Channel> curves = KeyLoop.curves(context);
        switch (mode) {
            case TIME_TRANSLATE:
            case TIME_DUPLICATE:
                TimeTransform.translate(curves, value, snap);
                break;
            case TIME_SCALE:
                TimeTransform.scale(curves, value, context.scene().frameCurrent(), snap);
                break;
            default:
                context.report(ReportType.ERROR, "Transform mode '" + mode.name()
                        + "' is not available in the Dope Sheet; use TIME_TRANSLATE, TIME_SCALE or TIME_DUPLICATE");
                return OperatorResult.CANCELLED;
        }
        TimeTransform.mergeCoincident(curves);
        context.tagAnimationChanged();
        return OperatorResult.FINISHED;
    }
}
