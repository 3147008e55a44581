package org.dopesheet.example.smooth;

import java.util.List;
import org.dopesheet.context.AnimFilter;
import org.dopesheet.context.Channel;
import org.dopesheet.edit.ChannelUpdate;
import org.dopesheet.operator.FloatProperty;
import org.dopesheet.operator.IntProperty;
import org.dopesheet.operator.Operator;
import org.dopesheet.operator.OperatorContext;
import org.dopesheet.operator.OperatorDefinition;
import org.dopesheet.operator.OperatorProperties;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.PropertySchema;
import org.dopesheet.operator.ReportType;
import org.osgi.service.component.annotations.Component;

/**
 * {@code example.smooth_keys}: Gaussian smoothing of the selected keys of the visible, editable
 * F-Curves (Blender's {@code GRAPH_OT_gaussian_smooth}, brought to the Dope Sheet). Each selected
 * key's value is replaced by the Gaussian-weighted average of the curve around it, blended by
 * {@code factor}; then every curve's handles are recalculated ({@code ANIM_UPDATE_DEFAULT}).
 * The family is {@code edit}: it edits keys as the edit family's operators do.
 */
@OperatorDefinition(id = "example.smooth_keys", name = "Gaussian Smooth",
        description = "Smooth the selected keys with a Gaussian filter", family = "edit")
@Component(service = Operator.class)
public class SmoothKeysOperator implements Operator {
    /** Blender's graph editor {@code OPERATOR_DATA_FILTER}, restricted to F-Curves. */
    static final int FILTER = AnimFilter.DATA_VISIBLE | AnimFilter.CURVE_VISIBLE | AnimFilter.FOREDIT
            | AnimFilter.FCURVESONLY | AnimFilter.NODUPLIS;

    static final FloatProperty FACTOR = FloatProperty.of("factor", 1.0f).name("Factor")
            .description("How much to blend to the smoothed values").range(0.0f, Float.MAX_VALUE).softRange(0.0f, 1.0f);
    static final FloatProperty SIGMA = FloatProperty.of("sigma", 0.33f).name("Sigma")
            .description("The shape of the Gaussian distribution, lower values make it sharper")
            .range(0.001f, Float.MAX_VALUE).softRange(0.001f, 100.0f);
    static final IntProperty FILTER_WIDTH = IntProperty.of("filter_width", 6).name("Filter Width")
            .description("How far to each side the operator will average the key values").range(1, 64).softRange(1, 32);
    private static final PropertySchema SCHEMA = PropertySchema.of(FACTOR, SIGMA, FILTER_WIDTH);

    @Override
    public PropertySchema properties() {
        return SCHEMA;
    }

    /** Blender's {@code graphop_editable_keyframes_poll}, as far as the Dope Sheet has it: F-Curve data. */
    @Override
    public boolean poll(OperatorContext context) {
        if (!context.anim().hasKeyframeData()) {
            context.pollMessage("No F-Curve keyframes in this editor mode");
            return false;
        }
        return true;
    }

    @Override
    public OperatorResult execute(OperatorContext context, OperatorProperties properties) {
        float factor = properties.get(FACTOR);
        int filterWidth = properties.get(FILTER_WIDTH);
        double[] kernel = GaussianSmoothing.kernel(properties.get(SIGMA), filterWidth + 1);
        List<Channel> curves = context.anim().curves(FILTER);
        int smoothed = 0;
        for (Channel channel : curves) {
            if (channel.fcurve().editable()) {
                smoothed += GaussianSmoothing.smooth(channel.fcurve(), factor, kernel, filterWidth);
            }
        }
        ChannelUpdate.updateDefault(curves);
        if (!curves.isEmpty()) {
            context.tagAnimationChanged();
        }
        context.putValue("smoothed_keys", smoothed);
        context.report(ReportType.INFO, "Smoothed " + smoothed + (smoothed == 1 ? " key" : " keys"));
        return OperatorResult.FINISHED;
    }
}
