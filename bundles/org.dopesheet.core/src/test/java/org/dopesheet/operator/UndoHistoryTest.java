package org.dopesheet.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.dopesheet.model.Action;
import org.dopesheet.model.Document;
import org.dopesheet.model.FCurve;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UndoHistoryTest {
    private OperatorRegistry registry;
    private UndoHistory history;
    private Document doc;
    private FCurve first;

    @BeforeEach
    void setUp() {
        Registries.Standalone s = Registries.create().register(new TestOperators.Select(), new TestOperators.ErrorReport(),
                new TestOperators.FailHalfway());
        registry = s.registry();
        history = s.undoHistory();
        doc = s.documents().create("doc");
        Action a = doc.addAction(new Action("Act"));
        for (int c = 0; c < 50; c++) {
            FCurve curve = a.channelbag().addFcurve(new FCurve("location", c));
            for (int k = 0; k < 100; k++) {
                curve.addKey(k, c + k);
                curve.setSelected(k, false);
            }
        }
        first = a.fcurves().get(0);
    }

    @Test
    void undoAndRedoRestoreExactStates() {
        registry.invoke(doc, "test.select(mode=SELECT)");
        registry.invoke(doc, "test.select(mode=DESELECT)");
        assertEquals(2, history.steps(doc).size());
        assertEquals(1, history.steps(doc).get(0).nodes(), "only the one curve the operator touched");
        assertEquals("test.select", history.steps(doc).get(0).operatorId());
        assertTrue(history.steps(doc).get(0).invocation().startsWith("test.select(mode='SELECT'"));
        assertFalse(first.selected(5));
        assertTrue(history.undo(doc));
        assertTrue(first.selected(5));
        assertTrue(history.undo(doc));
        assertFalse(first.selected(5));
        assertFalse(history.undo(doc));
        assertTrue(history.redo(doc));
        assertTrue(first.selected(5));
        assertEquals(1, history.position(doc));
        registry.invoke(doc, "test.select(mode=SELECT)");
        assertEquals(2, history.steps(doc).size(), "a new step drops the redoable one");
        assertFalse(history.redo(doc));
    }

    @Test
    void operatorsWithoutUndoFlagAndFailuresRecordNothing() {
        registry.invoke(doc, "test.error()");
        assertThrows(OperatorException.class, () -> registry.invoke(doc, "test.fail()"));
        assertTrue(history.steps(doc).isEmpty());
    }

    @Test
    void historyIsBoundedBySteps() {
        history.setLimits(2, Long.MAX_VALUE);
        for (int i = 0; i < 5; i++) {
            registry.invoke(doc, i % 2 == 0 ? "test.select(mode=SELECT)" : "test.select(mode=DESELECT)");
        }
        assertEquals(2, history.steps(doc).size());
        assertThrows(IllegalArgumentException.class, () -> history.setLimits(0, 1));
    }

    @Test
    void historyIsBoundedByMemory() {
        registry.invoke(doc, "test.select(mode=SELECT)");
        long oneStep = history.steps(doc).get(0).bytes();
        assertTrue(oneStep > 100 * 42, "a step holds the curve before and after: " + oneStep);
        history.clear(doc);
        history.setLimits(32, oneStep * 3 / 2);
        registry.invoke(doc, "test.select(mode=DESELECT)");
        registry.invoke(doc, "test.select(mode=SELECT)");
        assertEquals(1, history.steps(doc).size());
    }

    @Test
    void adjustLastRerunsWithChangedProperties() {
        registry.invoke(doc, "test.select(mode=SELECT)");
        OperatorResult r = history.adjustLast(doc, Map.of("mode", "TOGGLE", "count", 4));
        assertTrue(r.finished());
        assertEquals("count 4 sub 3", r.reports().get(0).message());
        assertEquals(1, history.steps(doc).size());
        assertTrue(history.steps(doc).get(0).invocation().contains("mode='TOGGLE'"));
        PropertyException bad = assertThrows(PropertyException.class, () -> history.adjustLast(doc, Map.of("count", 99)));
        assertEquals("count", bad.property());
        assertEquals(1, history.steps(doc).size(), "a refused adjustment keeps the step");
        assertTrue(history.undo(doc));
        assertThrows(OperatorException.class, () -> history.adjustLast(doc, Map.of()));
    }
}
