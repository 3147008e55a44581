package org.dopesheet.ops.select;

import static org.dopesheet.ops.select.Fixture.keys;
import static org.dopesheet.ops.select.Fixture.select;
import static org.dopesheet.ops.select.Fixture.selection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dopesheet.model.EditorMode;
import org.dopesheet.operator.OperatorResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SelectAllTest {
    private Fixture f;

    @BeforeEach
    void setUp() {
        f = new Fixture();
        select(keys(f.locX, 1, 5, 9), "010");
        select(keys(f.locY, 1, 5), "00");
        select(keys(f.rotZ, 2, 4), "00");
    }

    @Test
    void toggleDeselectsWhenOnlyAHandleIsSelected() {
        select(f.locX, "000");
        f.locY.setSelection(1, true, false, false);
        assertTrue(f.run("action.select_all(action='TOGGLE')").finished());
        assertEquals("000", selection(f.locX));
        assertFalse(f.locY.anySelected(1), "the handle-only selection is cleared too");
        assertTrue(f.run("action.select_all(action='TOGGLE')").finished());
        assertEquals("111", selection(f.locX));
        assertEquals("11", selection(f.rotZ));
    }

    @Test
    void invertTogglesTheKeyAndCopiesItToTheHandles() {
        f.locY.setSelection(0, true, false, true);
        f.run("action.select_all(action='INVERT')");
        assertEquals("101", selection(f.locX));
        assertTrue(f.locY.selected(0) && f.locY.leftSelected(0) && f.locY.rightSelected(0));
        f.locY.setSelection(1, true, true, false);
        f.run("action.select_all(action='INVERT')");
        assertFalse(f.locY.anySelected(1), "f2 was set, so all three flags end cleared");
    }

    @Test
    void lockedCurvesAndCollapsedGroupsAreIncludedAndChannelsUntouched() {
        f.locX.setLock(true);
        f.group.setShowExpanded(false);
        f.locY.setSelect(true);
        f.rotZ.setSelect(false);
        f.run("action.select_all(action='SELECT')");
        assertEquals("111", selection(f.locX));
        assertEquals("11", selection(f.locY));
        assertTrue(f.locY.select());
        assertFalse(f.rotZ.select());
        f.run("action.select_all(action='DESELECT')");
        assertEquals("000", selection(f.locX));
        assertEquals("00", selection(f.rotZ));
    }

    @Test
    void dopeSheetModeCoversEveryVisibleObject() {
        f.doc.editor().setMode(EditorMode.DOPESHEET).setShowOnlySelected(true);
        f.run("action.select_all(action='SELECT')");
        assertEquals("111", selection(f.locX));
        select(f.locX, "000");
        f.cube.setSelect(false);
        f.run("action.select_all(action='SELECT')");
        assertEquals("000", selection(f.locX), "an unselected object is filtered out with 'only show selected'");
    }

    @Test
    void actionEditorWithoutActionCancels() {
        f.cube.animationData().setAction(null);
        OperatorResult r = f.run("action.select_all(action='SELECT')");
        assertTrue(r.cancelled());
        assertEquals("010", selection(f.locX));
        assertEquals(null, f.doc.editor().action(), "the editor's action is synced even when cancelling");
    }
}
