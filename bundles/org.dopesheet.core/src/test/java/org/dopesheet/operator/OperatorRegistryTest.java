package org.dopesheet.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.dopesheet.model.Action;
import org.dopesheet.model.Document;
import org.dopesheet.model.FCurve;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OperatorRegistryTest {
    private Registries.Standalone standalone;
    private OperatorRegistry registry;
    private Document doc;

    @BeforeEach
    void setUp() {
        standalone = Registries.create().register(new TestOperators.Select(), new TestOperators.FailHalfway(),
                new TestOperators.ErrorReport(), new TestOperators.Macro());
        registry = standalone.registry();
        doc = standalone.documents().create("doc");
        Action a = doc.addAction(new Action("Act"));
        FCurve c = a.channelbag().addFcurve(new FCurve("location", 0));
        c.addKey(1, 0);
        c.addKey(5, 2);
        c.addKey(9, 1);
    }

    private static String snapshot(Document d) {
        StringBuilder sb = new StringBuilder();
        sb.append(d.scene().frameCurrent()).append('|');
        for (Action a : d.actions()) {
            sb.append(a.name()).append(a.groups().size());
            for (FCurve c : a.fcurves()) {
                for (int i = 0; i < c.size(); i++) {
                    sb.append(' ').append(c.x(i)).append(',').append(c.y(i)).append(',').append(c.leftX(i)).append(',')
                            .append(c.rightY(i)).append(c.selected(i));
                }
            }
        }
        return sb.toString();
    }

    @Test
    void listsOperatorsFromTheirDefinition() {
        OperatorType t = registry.operator("test.select").orElseThrow();
        assertEquals("Select", t.name());
        assertEquals("test", t.family());
        assertEquals(java.util.Set.of(OperatorFlag.REGISTER, OperatorFlag.UNDO), t.flags());
        assertEquals(List.of("test.error", "test.fail", "test.macro", "test.select"),
                registry.operators().stream().map(OperatorType::id).toList());
    }

    @Test
    void invokesWithTextFormAndDefaults() {
        OperatorResult r = registry.invoke(doc, "test.select(mode='SELECT', count=3, sub={'n': 7},"
                + " path=[{'name': '', 'loc': [1, 2]}])");
        assertTrue(r.finished());
        assertEquals("test.select", r.operatorId());
        assertEquals("count 3 sub 7", r.reports().get(0).message());
        assertEquals(1, r.values().get("path"));
        FCurve c = doc.actions().get(0).fcurves().get(0);
        assertTrue(c.selected(0) && c.selected(2));
        registry.invoke(doc, "test.select(mode=DESELECT)");
        assertFalse(c.selected(1));
    }

    @Test
    void rejectsUnknownOperatorNamingTheScope() {
        OperatorException e = assertThrows(OperatorException.class, () -> registry.invoke(doc, "test.nope()"));
        assertEquals(OperatorException.Kind.UNKNOWN_OPERATOR, e.kind());
        assertTrue(e.getMessage().contains("unknown operator 'test.nope'"), e.getMessage());
        assertTrue(e.getMessage().contains("test.select"), e.getMessage());
    }

    @Test
    void rejectsBadPropertiesBeforeRunning() {
        String before = snapshot(doc);
        PropertyException unknown = assertThrows(PropertyException.class,
                () -> registry.invoke(doc, "test.select(bogus=1)"));
        assertTrue(unknown.getMessage().contains("unknown property 'bogus'"), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("mode, threshold, count"), unknown.getMessage());
        PropertyException item = assertThrows(PropertyException.class,
                () -> registry.invoke(doc, "test.select(mode='ALL')"));
        assertEquals("mode", item.property());
        assertTrue(item.getMessage().contains("expected one of SELECT, DESELECT, TOGGLE"), item.getMessage());
        PropertyException range = assertThrows(PropertyException.class,
                () -> registry.invoke(doc, "test.select(count=11)"));
        assertTrue(range.getMessage().contains("out of range [1, 10]"), range.getMessage());
        PropertyException negative = assertThrows(PropertyException.class,
                () -> registry.invoke(doc, "test.select(threshold=-1.0)"));
        assertEquals("threshold", negative.property());
        PropertyException type = assertThrows(PropertyException.class,
                () -> registry.invoke(doc, "test.select(flag=1)"));
        assertTrue(type.getMessage().contains("expected a boolean"), type.getMessage());
        PropertyException intType = assertThrows(PropertyException.class,
                () -> registry.invoke(doc, "test.select(count=1.5)"));
        assertTrue(intType.getMessage().contains("expected an int"), intType.getMessage());
        PropertyException length = assertThrows(PropertyException.class,
                () -> registry.invoke(doc, "test.select(value=[1, 2])"));
        assertTrue(length.getMessage().contains("expected 4 values"), length.getMessage());
        PropertyException nested = assertThrows(PropertyException.class,
                () -> registry.invoke(doc, "test.select(path=[{'loc': [1, 'x']}])"));
        assertEquals("path[0].loc[1]", nested.property());
        PropertyException flags = assertThrows(PropertyException.class,
                () -> registry.invoke(doc, "test.select(types={'KEYFRAME', 'NOPE'})"));
        assertTrue(flags.getMessage().contains("GENERATED"), flags.getMessage());
        assertEquals(before, snapshot(doc));
    }

    @Test
    void pollFailureRunsNothing() {
        Document empty = standalone.documents().create("empty");
        OperatorResult r = registry.invoke(empty, "test.select()");
        assertFalse(r.poll());
        assertEquals("no action", r.pollMessage());
        assertTrue(r.status().isEmpty());
        assertTrue(r.toString().contains("poll failed"), r.toString());
    }

    @Test
    void throwingOperatorLeavesDocumentUnchanged() {
        String before = snapshot(doc);
        OperatorException e = assertThrows(OperatorException.class, () -> registry.invoke(doc, "test.fail()"));
        assertEquals(OperatorException.Kind.EXECUTION_FAILED, e.kind());
        assertTrue(e.getMessage().contains("boom"), e.getMessage());
        assertTrue(e.getMessage().contains("unchanged"), e.getMessage());
        assertEquals(before, snapshot(doc));
        assertEquals(3, doc.actions().get(0).fcurves().get(0).size());
        assertFalse(doc.changes().inTransaction());
        registry.invoke(doc, "test.select(mode=SELECT)");
    }

    @Test
    void ownErrorReportIsVisible() {
        OperatorResult r = registry.invoke(doc, "test.error()");
        assertTrue(r.cancelled());
        assertTrue(r.hasOwnError());
    }

    @Test
    void macroRunsSubOperatorsInOneTransaction() {
        List<String> seen = new ArrayList<>();
        registry.addListener(new InvocationListener() {
            @Override
            public void invoked(Document d, OperatorType type, OperatorProperties p, OperatorResult result,
                    org.dopesheet.model.ChangeTracker.ChangeSet changes) {
                seen.add(type.id() + ":" + changes.size());
            }
        });
        OperatorResult r = registry.invoke(doc, "test.macro()");
        assertEquals(2, r.reports().size());
        assertEquals(List.of("test.macro:1"), seen);
        assertFalse(doc.actions().get(0).fcurves().get(0).selected(0));
    }

    @Test
    void rankingDecidesAndRemovalFallsBack() {
        Operator high = (ctx, p) -> OperatorResult.FINISHED;
        standalone.register(high, Map.of(OperatorDefinition.ID, "test.error", OperatorDefinition.NAME, "High",
                OperatorDefinition.FAMILY, "test", "service.ranking", 10));
        assertEquals("High", registry.operator("test.error").orElseThrow().name());
        assertTrue(registry.invoke(doc, "test.error()").finished());
        assertTrue(standalone.unregister(high));
        assertEquals("Error", registry.operator("test.error").orElseThrow().name());
        assertTrue(registry.invoke(doc, "test.error()").cancelled());
    }

    @Test
    void unregisteredOperatorIsNotAvailable() throws Exception {
        Registries.Standalone s = Registries.create();
        TestOperators.Macro macro = new TestOperators.Macro();
        s.register(macro);
        assertTrue(s.registry().await(List.of("test.macro"), 1, TimeUnit.SECONDS));
        assertTrue(s.unregister(macro));
        Document d = s.documents().create("d");
        OperatorException e = assertThrows(OperatorException.class, () -> s.registry().invoke(d, "test.macro()"));
        assertEquals(OperatorException.Kind.NOT_AVAILABLE, e.kind());
        assertTrue(e.getMessage().contains("not available"), e.getMessage());
        assertFalse(s.registry().await(List.of("test.macro"), 50, TimeUnit.MILLISECONDS));
    }

    @Test
    void invokesByDocumentName() {
        assertTrue(registry.invoke("doc", "test.select(mode=SELECT)").finished());
        OperatorException e = assertThrows(OperatorException.class, () -> registry.invoke("nope", "test.select()"));
        assertEquals(OperatorException.Kind.UNKNOWN_DOCUMENT, e.kind());
        assertTrue(e.getMessage().contains("doc"), e.getMessage());
    }

    @Test
    void macrosRunStepsWithTheirGroupsAndStopAtTheFirstFailure() {
        standalone.register(new TestOperators.SelectThenError(), new TestOperators.BrokenMacro());
        OperatorType t = registry.operator("test.select_then_error").orElseThrow();
        assertEquals(List.of("TEST_OT_select", "TEST_OT_error"),
                t.properties().properties().stream().map(PropertyDef::id).toList());
        assertEquals(8, ((GroupProperty) t.properties().get("TEST_OT_select")).schema().properties().size());
        OperatorResult r = registry.invoke(doc, "test.select_then_error(TEST_OT_select={'mode': 'SELECT'})");
        assertTrue(r.cancelled());
        assertEquals("count 2 sub 3", r.reports().get(0).message());
        assertTrue(r.hasOwnError());
        assertTrue(doc.actions().get(0).fcurves().get(0).selected(0));
        PropertyException bad = assertThrows(PropertyException.class,
                () -> registry.invoke(doc, "test.select_then_error(TEST_OT_select={'mode': 'NOPE'})"));
        assertEquals("TEST_OT_select.mode", bad.property());
        OperatorException missing = assertThrows(OperatorException.class,
                () -> registry.invoke(doc, "test.broken_macro()"));
        assertEquals(OperatorException.Kind.NOT_AVAILABLE, missing.kind());
        assertTrue(missing.getMessage().contains("test.missing"), missing.getMessage());
    }

    @Test
    void removedOperatorAmongManyIsNotAvailable() {
        Registries.Standalone s = Registries.create();
        List<Operator> ops = new ArrayList<>();
        for (String id : List.of("t.a", "t.b", "t.c", "t.d", "t.e", "t.f", "t.g")) {
            Operator op = (ctx, p) -> id.isEmpty() ? OperatorResult.CANCELLED : OperatorResult.FINISHED; // one instance per id
            ops.add(op);
            s.register(op, Map.of(OperatorDefinition.ID, id, OperatorDefinition.NAME, id, OperatorDefinition.FAMILY, "t"));
        }
        assertTrue(s.unregister(ops.get(1)));
        Document d = s.documents().create("d");
        OperatorException e = assertThrows(OperatorException.class, () -> s.registry().invoke(d, "t.b()"));
        assertEquals(OperatorException.Kind.NOT_AVAILABLE, e.kind(), e.getMessage());
        assertTrue(s.registry().invoke(d, "t.c()").finished());
    }

    @Test
    void operatorWithdrawnDuringItsInvocationCommitsNothing() {
        Registries.Standalone s = Registries.create();
        Document d = s.documents().create("d");
        Operator[] self = new Operator[1];
        self[0] = (ctx, p) -> {
            ctx.scene().setFrameCurrent(42);
            s.unregister(self[0]); // its bundle stops while it runs
            return OperatorResult.FINISHED;
        };
        s.register(self[0], Map.of(OperatorDefinition.ID, "t.stopping", OperatorDefinition.NAME, "Stopping",
                OperatorDefinition.FAMILY, "t"));
        OperatorException e = assertThrows(OperatorException.class, () -> s.registry().invoke(d, "t.stopping()"));
        assertEquals(OperatorException.Kind.NOT_AVAILABLE, e.kind());
        assertTrue(e.getMessage().contains("during the invocation"), e.getMessage());
        assertEquals(1, d.scene().frameCurrent(), "rolled back");
        assertFalse(d.changes().inTransaction());
    }
}
