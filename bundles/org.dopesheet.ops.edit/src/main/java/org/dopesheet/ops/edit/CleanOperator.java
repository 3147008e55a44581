package org.dopesheet.ops.edit;

import java.util.List;
import org.dopesheet.context.AnimFilter;
import org.dopesheet.context.Channel;
import org.dopesheet.edit.ChannelUpdate;
import org.dopesheet.operator.BoolProperty;
import org.dopesheet.operator.FloatProperty;
import org.dopesheet.operator.Operator;
import org.dopesheet.operator.OperatorContext;
import org.dopesheet.operator.OperatorDefinition;
import org.dopesheet.operator.OperatorProperties;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.PropertySchema;
import org.osgi.service.component.annotations.Component;

/**
 * {@code action.clean} (Blender's {@code ACTION_OT_clean}, spec 3.2): removes keys that repeat
 * the value of the last kept key within {@code threshold}; with {@code channels}, a curve left
 * with a single key at the property's default value is removed too. Not implemented for Grease
 * Pencil and Mask data.
 */
@OperatorDefinition(id = "action.clean", name = "Clean Keyframes",
        description = "Simplify F-Curves by removing closely spaced keyframes", family = "edit")
@Component(service = Operator.class)
public class CleanOperator implements Operator {
    static final FloatProperty THRESHOLD = FloatProperty.of("threshold", 0.001f).name("Threshold")
            .range(0.0f, Float.MAX_VALUE).softRange(0.0f, 1000.0f);
    static final BoolProperty CHANNELS = BoolProperty.of("channels", false).name("Channels");
    private static final PropertySchema SCHEMA = PropertySchema.of(THRESHOLD, CHANNELS);

    /**
     * Which channels and keys clean considers.
     *
     * @param selectedChannelsOnly only selected channels (channel filter SEL)
     * @param selectedKeysOnly     only keys with their control point selected may be removed
     */
    record Scope(boolean selectedChannelsOnly, boolean selectedKeysOnly) {
    }

    @Override
    public PropertySchema properties() {
        return SCHEMA;
    }

    @Override
    public OperatorResult execute(OperatorContext context, OperatorProperties properties) {
        if (EditContext.greasePencilOrMask(context)) {
            return EditContext.notImplemented(context);
        }
        float threshold = properties.get(THRESHOLD);
        boolean channels = properties.get(CHANNELS);
        Scope scope = channelAndKeyScope(context, channels);
        int filter = EditContext.EDITABLE_CURVES | (scope.selectedChannelsOnly() ? AnimFilter.SEL : 0);
        List<Channel> cleaned = EditContext.curves(context, filter);
        for (Channel ch : cleaned) {
            KeyCleaner.clean(ch, threshold, channels, scope.selectedKeysOnly());
        }
        ChannelUpdate.updateDefault(cleaned);
        EditContext.tagIfAny(context, cleaned);
        return OperatorResult.FINISHED;
    }

    /**
     * [cur] differs from 3.4 in clean's channel filter: Blender 3.4 cleans only selected channels
     * and only their selected keys, whatever {@code channels} says; the current Blender cleans
     * the selected keys of all visible channels, or, with {@code channels}, all keys of the
     * selected channels.
     */
    static Scope channelAndKeyScope(OperatorContext context, boolean channels) {
        if (context.blender34()) {
            return new Scope(true, true);
        }
        return new Scope(channels, !channels);
    }
}
