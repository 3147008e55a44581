package org.dopesheet.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dopesheet.model.Document;
import org.dopesheet.model.FCurve;
import org.junit.jupiter.api.Test;

/** {@code ds:undo}, {@code redo}, {@code history} and {@code adjust}. */
class HistoryCommandsTest {

    private static boolean firstSelected(Document doc) {
        FCurve c = doc.action("Act").fcurves().get(0);
        return c.selected(0);
    }

    @Test
    void undoRedoAndHistory() {
        Fixture f = new Fixture(new TestOperators.SelectAll());
        Document doc = f.open(Fixture.tiny());
        assertEquals("tiny: no undo steps", f.history.history(null).toString());
        assertThrows(ShellException.class, () -> f.history.undo(null));
        f.operators.run(null, "test.select_all(action='DESELECT')");
        assertFalse(firstSelected(doc));
        HistoryView h = f.history.history(null);
        assertEquals(1, h.steps().size());
        assertTrue(h.toString().contains("test.select_all(action='DESELECT')"), h.toString());
        HistoryView undone = f.history.undo(null);
        assertTrue(undone.toString().startsWith("undone test.select_all(action='DESELECT')"), undone.toString());
        assertTrue(firstSelected(doc));
        f.history.redo(null);
        assertFalse(firstSelected(doc));
        assertThrows(ShellException.class, () -> f.history.redo(null));
    }

    @Test
    void adjustRerunsTheLastOperation() {
        Fixture f = new Fixture(new TestOperators.SelectAll());
        Document doc = f.open(Fixture.tiny());
        f.operators.run(null, "test.select_all(action='DESELECT')");
        RunResult r = f.history.adjust(null, "action=SELECT");
        assertTrue(r.result().finished());
        assertTrue(firstSelected(doc));
        assertEquals(1, f.history.history(null).steps().size());
        assertThrows(ShellException.class, () -> f.history.adjust(null, "action"));
    }
}
