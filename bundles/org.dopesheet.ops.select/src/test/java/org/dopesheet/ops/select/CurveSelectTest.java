package org.dopesheet.ops.select;

import static org.dopesheet.ops.select.Fixture.keys;
import static org.dopesheet.ops.select.Fixture.select;
import static org.dopesheet.ops.select.Fixture.selection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** select_more, select_less and select_linked. */
class CurveSelectTest {
    private Fixture f;

    @BeforeEach
    void setUp() {
        f = new Fixture();
        keys(f.locX, 1, 2, 3, 4, 5, 6, 7, 8);
        keys(f.locY, 1, 2, 3, 4, 5);
        keys(f.rotZ, 1, 2, 3);
    }

    @Test
    void lessDeselectsIslandEndsAndTheCurveEnds() {
        select(f.locX, "11100100");
        select(f.locY, "11111");
        f.run("action.select_less()");
        assertEquals("01000000", selection(f.locX));
        assertEquals("01110", selection(f.locY));
    }

    @Test
    void moreGrowsByOneFromTheOldSelection() {
        select(f.locX, "00010000");
        select(f.locY, "10000");
        f.run("action.select_more()");
        assertEquals("00111000", selection(f.locX));
        assertEquals("11000", selection(f.locY), "computed from the old state, not cascading");
    }

    @Test
    void aSelectedHandleCountsAsSelected() {
        select(f.locY, "00000");
        f.locY.setSelection(2, false, false, true);
        f.run("action.select_more()");
        assertEquals("01110", selection(f.locY));
        assertTrue(f.locY.leftSelected(2) && f.locY.rightSelected(2), "all three flags are set");
    }

    @Test
    void lockedCurvesTakePart() {
        f.rotZ.setLock(true);
        select(f.rotZ, "010");
        f.run("action.select_more()");
        assertEquals("111", selection(f.rotZ));
        f.run("action.select_less()");
        assertEquals("010", selection(f.rotZ));
    }

    @Test
    void linkedSelectsWholeCurvesWithASelectedKey() {
        select(f.locX, "00000100");
        select(f.locY, "00000");
        select(f.rotZ, "000");
        f.rotZ.setSelection(0, true, false, false);
        f.run("action.select_linked()");
        assertEquals("11111111", selection(f.locX));
        assertEquals("00000", selection(f.locY));
        assertEquals("111", selection(f.rotZ));
    }
}
