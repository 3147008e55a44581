package org.dopesheet.operator;

import java.util.Map;
import org.dopesheet.model.Document;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.KeyframeType;

/** Small operators used by the registry tests. */
final class TestOperators {
    private TestOperators() {
    }

    enum Mode implements org.dopesheet.model.RnaEnum {
        SELECT, DESELECT, TOGGLE;

        @Override
        public String uiName() {
            return name().charAt(0) + name().substring(1).toLowerCase();
        }
    }

    static final EnumProperty<Mode> MODE = EnumProperty.of("mode", Mode.class, Mode.TOGGLE);
    static final FloatProperty THRESHOLD = FloatProperty.of("threshold", 0.001f).range(0, Float.MAX_VALUE);
    static final IntProperty COUNT = IntProperty.of("count", 1).range(1, 10);
    static final BoolProperty FLAG = BoolProperty.of("flag", false);
    static final FloatArrayProperty VALUE = FloatArrayProperty.of("value", 0, 0, 0, 0);
    static final EnumFlagProperty<KeyframeType> TYPES = EnumFlagProperty.of("types", KeyframeType.class,
            java.util.EnumSet.noneOf(KeyframeType.class));
    static final GroupProperty SUB = GroupProperty.of("sub", PropertySchema.of(IntProperty.of("n", 3)));
    static final CollectionProperty PATH = CollectionProperty.of("path",
            PropertySchema.of(StringProperty.of("name", ""), FloatArrayProperty.of("loc", 0, 0)));

    /** Selects or deselects every key of the first curve of the first action. */
    @OperatorDefinition(id = "test.select", name = "Select", family = "test", description = "select keys")
    static final class Select implements Operator {
        @Override
        public PropertySchema properties() {
            return PropertySchema.of(MODE, THRESHOLD, COUNT, FLAG, VALUE, TYPES, SUB, PATH);
        }

        @Override
        public boolean poll(OperatorContext context) {
            if (context.document().actions().isEmpty()) {
                context.pollMessage("no action");
                return false;
            }
            return true;
        }

        @Override
        public OperatorResult execute(OperatorContext context, OperatorProperties p) {
            FCurve c = context.document().actions().get(0).fcurves().get(0);
            for (int i = 0; i < c.size(); i++) {
                c.setSelected(i, p.get(MODE) == Mode.SELECT);
            }
            context.report(ReportType.INFO, "count " + p.get(COUNT) + " sub " + p.get(SUB).get("n"));
            context.putValue("path", p.get(PATH).size());
            return OperatorResult.FINISHED;
        }
    }

    /** Moves keys, then throws half-way. */
    @OperatorDefinition(id = "test.fail", name = "Fail", family = "test")
    static final class FailHalfway implements Operator {
        @Override
        public OperatorResult execute(OperatorContext context, OperatorProperties p) {
            Document d = context.document();
            FCurve c = d.actions().get(0).fcurves().get(0);
            c.translate(0, 5, 5);
            c.removeKey(c.size() - 1);
            d.scene().setFrameCurrent(99);
            d.actions().get(0).channelbag().ensureGroup("Extra");
            throw new IllegalStateException("boom");
        }
    }

    /** Reports an error and cancels. */
    @OperatorDefinition(id = "test.error", name = "Error", family = "test", flags = {})
    static final class ErrorReport implements Operator {
        @Override
        public OperatorResult execute(OperatorContext context, OperatorProperties p) {
            context.report(ReportType.ERROR, "No data in buffer to paste");
            return OperatorResult.CANCELLED;
        }
    }

    /** Runs test.select twice (a macro). */
    @OperatorDefinition(id = "test.macro", name = "Macro", family = "test")
    static final class Macro implements Operator {
        @Override
        public OperatorResult execute(OperatorContext context, OperatorProperties p) {
            context.invoke("test.select", Map.of("mode", "SELECT"));
            context.invoke("test.select", Map.of("mode", "DESELECT"));
            return OperatorResult.FINISHED;
        }
    }

    /** A macro: test.select, then test.error. */
    @OperatorDefinition(id = "test.select_then_error", name = "Select Then Error", family = "test")
    static final class SelectThenError implements org.dopesheet.operator.Macro {
        @Override
        public java.util.List<String> steps() {
            return java.util.List.of("test.select", "test.error");
        }

        @Override
        public Map<String, Object> stepDefaults(String stepId, OperatorContext context) {
            return stepId.equals("test.select") ? Map.of("count", 2) : Map.of();
        }
    }

    /** A macro whose second step does not exist. */
    @OperatorDefinition(id = "test.broken_macro", name = "Broken", family = "test")
    static final class BrokenMacro implements org.dopesheet.operator.Macro {
        @Override
        public java.util.List<String> steps() {
            return java.util.List.of("test.select", "test.missing");
        }
    }

    static final IntProperty CURVE = IntProperty.of("curve", 0).range(0, 1000);
    static final IntProperty KEY = IntProperty.of("key", 0).range(0, 1000);
    static final FloatProperty DY = FloatProperty.of("dy", 0f);

    /** Scales then offsets one key's value: order-dependent, so replays must keep the order. */
    @OperatorDefinition(id = "test.shift", name = "Shift", family = "test")
    static final class Shift implements Operator {
        @Override
        public PropertySchema properties() {
            return PropertySchema.of(CURVE, KEY, DY);
        }

        @Override
        public OperatorResult execute(OperatorContext context, OperatorProperties p) {
            FCurve c = context.document().actions().get(0).fcurves().get(p.get(CURVE));
            int k = p.get(KEY);
            c.setY(k, c.y(k) * 0.5f + p.get(DY));
            return OperatorResult.FINISHED;
        }
    }
}
