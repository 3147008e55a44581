package org.dopesheet.ops.select;

import static org.dopesheet.ops.select.Fixture.keys;
import static org.dopesheet.ops.select.Fixture.select;
import static org.dopesheet.ops.select.Fixture.selection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dopesheet.model.EditorMode;
import org.dopesheet.operator.OperatorResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Poll and animation context: which editor modes the operators run in, and when they cancel. */
class ContextTest {
    /** One exec-form invocation of every operator that would change the fixture's selection. */
    static final List<String> INVOCATIONS = List.of("action.select_all(action='INVERT')",
            "action.clickselect(mouse_x=290, mouse_y=802, deselect_all=True)",
            "action.select_box(xmin=0, xmax=396, ymin=0, ymax=872, wait_for_input=False)",
            "action.select_circle(x=158, y=802, radius=200, wait_for_input=False)",
            "action.select_lasso(path=[{'name': '', 'loc': [0.0, 0.0], 'time': 0.0}, "
                    + "{'name': '', 'loc': [396.0, 0.0], 'time': 0.0}, {'name': '', 'loc': [396.0, 872.0], 'time': 0.0}])",
            "action.select_column(mode='CFRA')", "action.select_leftright(mode='LEFT')", "action.select_more()",
            "action.select_less()", "action.select_linked()");

    private Fixture f;

    @BeforeEach
    void setUp() {
        f = new Fixture();
        select(keys(f.locX, 1, 10, 20), "010");
    }

    @Test
    void everyOperatorIsExercised() {
        assertEquals(SelectOperators.IDS.size(), INVOCATIONS.size());
        for (String id : SelectOperators.IDS) {
            assertTrue(INVOCATIONS.stream().anyMatch(i -> i.startsWith(id + "(")), id);
        }
    }

    @Test
    void theActionEditorRuns() {
        for (String invocation : INVOCATIONS) {
            select(f.locX, "010");
            OperatorResult r = f.run(invocation);
            assertTrue(r.poll(), invocation);
            assertTrue(r.finished(), invocation + " " + r);
            assertTrue(!selection(f.locX).equals("010"), invocation + " changes the selection");
        }
    }

    @Test
    void pollPassesInEveryModeAndModesWithoutFCurvesTouchNothing() {
        for (EditorMode mode : List.of(EditorMode.GPENCIL, EditorMode.MASK, EditorMode.CACHEFILE)) {
            f.doc.editor().setMode(mode);
            for (String invocation : INVOCATIONS) {
                OperatorResult r = f.run(invocation);
                assertTrue(r.poll(), mode + " " + invocation);
                assertTrue(r.finished(), mode + " " + invocation + " " + r);
                assertEquals("010", selection(f.locX), mode + " " + invocation);
            }
        }
    }

    @Test
    void withoutDataTheOperatorsCancelSilently() {
        f.doc.editor().setMode(EditorMode.SHAPEKEY);
        assertCancelledUnchanged("shape keys (none in the model)");
        f.doc.editor().setMode(EditorMode.ACTION);
        f.cube.animationData().setAction(null);
        assertCancelledUnchanged("no action");
    }

    private void assertCancelledUnchanged(String why) {
        for (String invocation : INVOCATIONS) {
            OperatorResult r = f.run(invocation);
            assertTrue(r.poll(), why + ": " + invocation);
            assertTrue(r.cancelled(), why + ": " + invocation + " " + r);
            assertTrue(r.reports().isEmpty(), why + ": " + invocation);
            assertEquals("010", selection(f.locX), why + ": " + invocation);
        }
    }
}
