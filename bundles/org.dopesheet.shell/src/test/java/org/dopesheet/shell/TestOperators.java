package org.dopesheet.shell;

import java.util.EnumSet;
import org.dopesheet.model.Action;
import org.dopesheet.model.Channelbag;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.RnaEnum;
import org.dopesheet.operator.BoolProperty;
import org.dopesheet.operator.CollectionProperty;
import org.dopesheet.operator.EnumFlagProperty;
import org.dopesheet.operator.EnumProperty;
import org.dopesheet.operator.FloatArrayProperty;
import org.dopesheet.operator.FloatProperty;
import org.dopesheet.operator.GroupProperty;
import org.dopesheet.operator.IntArrayProperty;
import org.dopesheet.operator.IntProperty;
import org.dopesheet.operator.Operator;
import org.dopesheet.operator.OperatorContext;
import org.dopesheet.operator.OperatorDefinition;
import org.dopesheet.operator.OperatorFlag;
import org.dopesheet.operator.OperatorProperties;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.PropertySchema;
import org.dopesheet.operator.ReportType;
import org.dopesheet.operator.StringProperty;

/** Small operators the shell tests run through a standalone registry. */
final class TestOperators {
    private TestOperators() {
    }

    /** Selection actions, as {@code WM_operator_properties_select_all} defines them. */
    enum SelectAction implements RnaEnum {
        TOGGLE("Toggle", "Toggle selection for all elements"),
        SELECT("Select", "Select all elements"),
        DESELECT("Deselect", "Deselect all elements"),
        INVERT("Invert", "Invert selection of all elements");

        private final String uiName;
        private final String description;

        SelectAction(String uiName, String description) {
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

    /** Selects, deselects or inverts every key of every action; reports and returns the count. */
    @OperatorDefinition(id = "test.select_all", name = "(De)select All", family = "select",
            description = "Toggle selection of all keyframes")
    static final class SelectAll implements Operator {
        static final EnumProperty<SelectAction> ACTION = EnumProperty.of("action", SelectAction.class,
                SelectAction.TOGGLE).name("Action").description("Selection action to execute");
        private static final PropertySchema SCHEMA = PropertySchema.of(ACTION);

        @Override
        public PropertySchema properties() {
            return SCHEMA;
        }

        @Override
        public boolean poll(OperatorContext context) {
            if (context.document().actions().isEmpty()) {
                context.pollMessage("the document has no actions");
                return false;
            }
            return true;
        }

        @Override
        public OperatorResult execute(OperatorContext context, OperatorProperties properties) {
            SelectAction action = properties.get(ACTION);
            boolean any = false;
            for (Action a : context.document().actions()) {
                for (Channelbag bag : a.channelbags()) {
                    for (FCurve c : bag.fcurves()) {
                        for (int i = 0; i < c.size(); i++) {
                            any |= c.selected(i);
                        }
                    }
                }
            }
            int selected = 0;
            for (Action a : context.document().actions()) {
                for (Channelbag bag : a.channelbags()) {
                    for (FCurve c : bag.fcurves()) {
                        for (int i = 0; i < c.size(); i++) {
                            boolean sel;
                            switch (action) {
                                case SELECT:
                                    sel = true;
                                    break;
                                case DESELECT:
                                    sel = false;
                                    break;
                                case INVERT:
                                    sel = !c.selected(i);
                                    break;
                                default:
                                    sel = !any;
                                    break;
                            }
                            c.setSelection(i, sel, sel, sel);
                            selected += sel ? 1 : 0;
                        }
                    }
                }
            }
            context.report(ReportType.INFO, selected + " keys selected");
            context.putValue("selected", selected);
            return OperatorResult.FINISHED;
        }
    }

    /** Echoes its validated properties as result values; changes nothing. */
    @OperatorDefinition(id = "test.clean", name = "Clean Keyframes", family = "edit",
            description = "Simplify F-Curves by removing closely spaced keyframes")
    static final class Clean implements Operator {
        static final FloatProperty THRESHOLD = FloatProperty.of("threshold", 0.001f).name("Threshold")
                .range(0f, Float.MAX_VALUE).softRange(0f, 1f);
        static final BoolProperty CHANNELS = BoolProperty.of("channels", false).name("Channels");
        private static final PropertySchema SCHEMA = PropertySchema.of(THRESHOLD, CHANNELS);

        @Override
        public PropertySchema properties() {
            return SCHEMA;
        }

        @Override
        public OperatorResult execute(OperatorContext context, OperatorProperties properties) {
            context.putValue("threshold", properties.get(THRESHOLD));
            context.putValue("channels", properties.get(CHANNELS));
            return OperatorResult.FINISHED;
        }
    }

    /** Always cancels with an error report. */
    @OperatorDefinition(id = "test.refuse", name = "Refuse", family = "edit", flags = {})
    static final class Refuse implements Operator {
        @Override
        public OperatorResult execute(OperatorContext context, OperatorProperties properties) {
            context.report(ReportType.ERROR, "No keyframes to refuse");
            return OperatorResult.CANCELLED;
        }
    }

    /** Cancels without an error (nothing to do), with a warning. */
    @OperatorDefinition(id = "test.nothing", name = "Nothing", family = "edit")
    static final class Nothing implements Operator {
        @Override
        public OperatorResult execute(OperatorContext context, OperatorProperties properties) {
            context.report(ReportType.WARNING, "Nothing to do");
            return OperatorResult.CANCELLED;
        }
    }

    /** Sets the current frame, as the core's {@code anim.change_frame} does. */
    @OperatorDefinition(id = "anim.change_frame", name = "Change Frame", family = "scene",
            flags = {OperatorFlag.UNDO})
    static final class ChangeFrame implements Operator {
        static final FloatProperty FRAME = FloatProperty.of("frame", 0f).name("Frame");
        private static final PropertySchema SCHEMA = PropertySchema.of(FRAME);

        @Override
        public PropertySchema properties() {
            return SCHEMA;
        }

        @Override
        public OperatorResult execute(OperatorContext context, OperatorProperties properties) {
            context.scene().setFrameCurrent(Math.max(0, Math.round(properties.get(FRAME))));
            return OperatorResult.FINISHED;
        }
    }

    /** Declares one property of every kind, for {@code describe}. */
    @OperatorDefinition(id = "test.kinds", name = "Property Kinds", family = "test",
            description = "Takes every kind of property", flags = {OperatorFlag.REGISTER, OperatorFlag.INTERNAL})
    static final class Kinds implements Operator {
        private static final PropertySchema SCHEMA = PropertySchema.of(
                IntProperty.of("count", 3).name("Count").description("How many").range(0, 10).softRange(1, 5),
                StringProperty.of("label", "x").name("Label").maxLength(8).hide(),
                EnumFlagProperty.of("types", SelectAction.class, EnumSet.of(SelectAction.SELECT)).name("Types")
                        .skipSave(),
                IntArrayProperty.of("pair", 1, 2).name("Pair"),
                FloatArrayProperty.of("offset", 0f, 0.5f).name("Offset").range(-1f, 1f),
                GroupProperty.of("sub", PropertySchema.of(BoolProperty.of("flag", true).name("Flag")))
                        .name("Sub"),
                CollectionProperty.of("path", PropertySchema.of(FloatProperty.of("time", 0f).name("Time")))
                        .name("Path"));

        @Override
        public PropertySchema properties() {
            return SCHEMA;
        }

        @Override
        public OperatorResult execute(OperatorContext context, OperatorProperties properties) {
            return OperatorResult.FINISHED;
        }
    }
}
