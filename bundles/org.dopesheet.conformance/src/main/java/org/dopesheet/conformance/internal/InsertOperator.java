package org.dopesheet.conformance.internal;

import java.util.EnumSet;
import java.util.List;
import org.dopesheet.anim.Keyframes;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.KeyframeType;
import org.dopesheet.model.RnaEnum;
import org.dopesheet.operator.EnumFlagProperty;
import org.dopesheet.operator.EnumProperty;
import org.dopesheet.operator.FloatProperty;
import org.dopesheet.operator.Operator;
import org.dopesheet.operator.OperatorContext;
import org.dopesheet.operator.OperatorDefinition;
import org.dopesheet.operator.OperatorFlag;
import org.dopesheet.operator.OperatorProperties;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.PropertySchema;
import org.dopesheet.operator.ReportType;
import org.osgi.service.component.annotations.Component;

/**
 * {@code fcurve.keyframe_points.insert(action, data_path, array_index, frame, value, options,
 * keyframe_type)}: the Python API's {@code keyframe_points.insert}; {@code values} = the index of
 * the new key. Only {@code options=[]} and {@code keyframe_type='KEYFRAME'} are faithful to
 * Blender 3.4 (FORMAT.md 8.1: 3.4 swaps the two arguments); other values are refused.
 */
@OperatorDefinition(id = "fcurve.keyframe_points.insert", name = "Insert Keyframe Point (harness)", family = "oracle",
        description = "Conformance harness: FCurve.keyframe_points.insert", flags = {OperatorFlag.INTERNAL})
@Component(service = Operator.class)
public class InsertOperator implements Operator {
    /** Keyframe insertion options of the Python API. */
    public enum InsertOption implements RnaEnum {
        REPLACE("Replace", "Don't add any new keyframes, but just replace existing ones"),
        NEEDED("Needed", "Only adds keyframes that are needed"),
        FAST("Fast", "Fast keyframe insertion to avoid recalculating the curve each time");

        private final String uiName;
        private final String description;

        InsertOption(String uiName, String description) {
            this.uiName = uiName;
            this.description = description;
        }

        @Override
        public String uiName() {
            return uiName;
        }

        @Override
        public String description() {
            return description;
        }
    }

    static final FloatProperty FRAME = FloatProperty.of("frame", 0f).name("Frame");
    static final FloatProperty VALUE = FloatProperty.of("value", 0f).name("Value");
    static final EnumFlagProperty<InsertOption> OPTIONS = EnumFlagProperty.of("options", InsertOption.class,
            EnumSet.noneOf(InsertOption.class)).name("Options");
    static final EnumProperty<KeyframeType> KEYFRAME_TYPE = EnumProperty.of("keyframe_type", KeyframeType.class,
            KeyframeType.KEYFRAME).name("Keyframe Type");
    private static final PropertySchema SCHEMA = PropertySchema.of(HarnessOperators.ACTION, HarnessOperators.DATA_PATH,
            HarnessOperators.ARRAY_INDEX, FRAME, VALUE, OPTIONS, KEYFRAME_TYPE);

    @Override
    public PropertySchema properties() {
        return SCHEMA;
    }

    @Override
    public OperatorResult execute(OperatorContext context, OperatorProperties properties) {
        if (!properties.get(OPTIONS).isEmpty() || properties.get(KEYFRAME_TYPE) != KeyframeType.KEYFRAME) {
            context.report(ReportType.ERROR, "only options=[] and keyframe_type='KEYFRAME' are supported: Blender 3.4"
                    + " passes them swapped (FORMAT.md 8.1)");
            return OperatorResult.CANCELLED;
        }
        FCurve c = HarnessOperators.curve(context, properties.get(HarnessOperators.ACTION),
                properties.get(HarnessOperators.DATA_PATH), properties.get(HarnessOperators.ARRAY_INDEX));
        if (c == null) {
            return OperatorResult.CANCELLED;
        }
        int index = Keyframes.keyframePointsInsert(c, properties.get(FRAME), properties.get(VALUE));
        context.putValue("values", List.of(index));
        context.tagAnimationChanged();
        return OperatorResult.FINISHED;
    }
}
