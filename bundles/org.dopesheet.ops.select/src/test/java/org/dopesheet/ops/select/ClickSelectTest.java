package org.dopesheet.ops.select;

import static org.dopesheet.ops.select.Fixture.keys;
import static org.dopesheet.ops.select.Fixture.px;
import static org.dopesheet.ops.select.Fixture.rowY;
import static org.dopesheet.ops.select.Fixture.select;
import static org.dopesheet.ops.select.Fixture.selection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.dopesheet.model.AnimData;
import org.dopesheet.model.NlaStrip;
import org.dopesheet.model.NlaTrack;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.OperatorStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClickSelectTest {
    private Fixture f;

    @BeforeEach
    void setUp() {
        f = new Fixture();
        select(keys(f.locX, 5, 10, 10.4f, 20), "0000");
        select(keys(f.locY, 5, 10, 20), "100");
        select(keys(f.locZ, 10, 15), "00");
        select(keys(f.rotZ, 10, 20), "01");
    }

    private OperatorResult click(int x, int y, String options) {
        return f.run("action.clickselect(mouse_x=" + x + ", mouse_y=" + y + (options.isEmpty() ? "" : ", " + options)
                + ")");
    }

    @Test
    void takesTheLeftMostColumnInTheWindowNotTheNearest() {
        // 10.3 lies nearer to 10.4, but 10 is inside the +-6 px window too and further left
        OperatorResult r = click(px(10.3f), rowY(2), "");
        assertEquals(Set.of(OperatorStatus.FINISHED, OperatorStatus.PASS_THROUGH), r.status());
        assertEquals("0100", selection(f.locX));
    }

    @Test
    void replaceDeselectsEverythingAndActivatesTheClickedCurve() {
        f.locY.setSelect(true).setActive(true);
        f.group.setSelect(true).setActive(true);
        f.rotZ.setSelect(true);
        click(px(20), rowY(2), "");
        assertEquals("0001", selection(f.locX));
        assertEquals("000", selection(f.locY));
        assertEquals("00", selection(f.rotZ));
        assertTrue(f.locX.select() && f.locX.active());
        assertFalse(f.locY.select() || f.locY.active());
        assertFalse(f.group.select() || f.group.active());
        assertFalse(f.rotZ.select());
    }

    @Test
    void extendTogglesAndLeavesChannelsAlone() {
        f.locY.setSelect(true).setActive(true);
        click(px(5), rowY(3), "extend=True");
        assertEquals("000", selection(f.locY), "the selected key is toggled off");
        assertEquals("01", selection(f.rotZ), "nothing else is deselected");
        assertTrue(f.locY.select() && f.locY.active());
        assertFalse(f.locX.select());
    }

    @Test
    void clickingEmptySpaceChangesNothingUnlessDeselectAll() {
        f.rotZ.setSelect(true);
        OperatorResult r = click(px(25), rowY(2), "");
        assertEquals(Set.of(OperatorStatus.FINISHED, OperatorStatus.PASS_THROUGH), r.status());
        assertEquals("100", selection(f.locY));
        assertTrue(f.rotZ.select());
        click(px(25), rowY(2), "deselect_all=True");
        assertEquals("000", selection(f.locY));
        assertEquals("00", selection(f.rotZ));
        assertFalse(f.rotZ.select(), "channels are deselected too");
    }

    @Test
    void clickBelowTheLastRowHitsNothing() {
        click(px(10), rowY(6), "deselect_all=True");
        assertEquals("000", selection(f.locY), "nothing hit: deselect_all applies");
        select(f.locY, "100");
        click(px(10), rowY(6), "");
        assertEquals("100", selection(f.locY));
    }

    @Test
    void groupRowSelectsTheColumnOfItsCurvesAndBecomesActive() {
        f.locX.setSelect(true).setActive(true);
        click(px(10), rowY(1), "");
        assertEquals("0100", selection(f.locX));
        assertEquals("010", selection(f.locY));
        assertEquals("10", selection(f.locZ));
        assertEquals("00", selection(f.rotZ), "rotation is not in the group");
        assertTrue(f.group.select() && f.group.active());
        assertFalse(f.locX.select() || f.locX.active());
    }

    @Test
    void summaryRowSelectsTheColumnOfEveryCurve() {
        click(px(10), rowY(0), "");
        assertEquals("0100", selection(f.locX));
        assertEquals("010", selection(f.locY));
        assertEquals("10", selection(f.locZ));
        assertEquals("10", selection(f.rotZ));
    }

    @Test
    void columnWithExtendTogglesEachKeyOnTheFrame() {
        select(f.locY, "010");
        click(px(10), rowY(2), "extend=True, column=True");
        assertEquals("0100", selection(f.locX));
        assertEquals("000", selection(f.locY));
        assertEquals("10", selection(f.locZ));
        assertEquals("11", selection(f.rotZ));
    }

    @Test
    void channelSelectsEveryKeyOfTheRow() {
        click(px(15), rowY(4), "channel=True");
        assertEquals("11", selection(f.locZ));
        assertEquals("000", selection(f.locY));
    }

    @Test
    void waitToDeselectOthersPostponesTheDeselectionOnASelectedKey() {
        OperatorResult r = click(px(5), rowY(3), "wait_to_deselect_others=True");
        assertEquals(Set.of(OperatorStatus.RUNNING_MODAL, OperatorStatus.PASS_THROUGH), r.status());
        assertEquals("01", selection(f.rotZ), "other keys stay selected until the release");
        r = click(px(20), rowY(3), "wait_to_deselect_others=True");
        assertEquals(Set.of(OperatorStatus.FINISHED, OperatorStatus.PASS_THROUGH), r.status());
        assertEquals("001", selection(f.locY), "an unselected key replaces the selection at once");
    }

    @Test
    void nlaTweakModeHitsKeysInSceneTime() {
        AnimData adt = f.cube.animationData();
        NlaTrack track = adt.addTrack(0, new NlaTrack("NlaTrack"));
        NlaStrip strip = track.addStrip(new NlaStrip("CubeAction").setAction(f.action).setFrameStart(100)
                .setFrameEnd(130).setActionFrameStart(0).setActionFrameEnd(30));
        adt.setUseTweakMode(true);
        adt.setActiveTrack(track);
        adt.setActiveStrip(strip);
        f.doc.editor().setCur(98, 128, -872, 0);
        // the view now starts at frame 98, so pixel px(10) of the fixture's view shows scene frame 110
        click(px(10), rowY(2), "");
        assertEquals("0100", selection(f.locX), "scene frame 110 is action frame 10");
    }

    @Test
    void actionEditorWithoutActionCancels() {
        f.cube.animationData().setAction(null);
        OperatorResult r = click(px(10), rowY(2), "deselect_all=True");
        assertEquals(Set.of(OperatorStatus.CANCELLED), r.status());
        assertEquals("100", selection(f.locY));
    }
}
