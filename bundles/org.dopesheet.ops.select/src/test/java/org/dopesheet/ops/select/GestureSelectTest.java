package org.dopesheet.ops.select;

import static org.dopesheet.ops.select.Fixture.keys;
import static org.dopesheet.ops.select.Fixture.px;
import static org.dopesheet.ops.select.Fixture.rowY;
import static org.dopesheet.ops.select.Fixture.select;
import static org.dopesheet.ops.select.Fixture.selection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dopesheet.model.AnimData;
import org.dopesheet.model.NlaStrip;
import org.dopesheet.model.NlaTrack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Box, circle and lasso selection. Pixel x 66, 132, 198, 264 show frames 3, 8, 13, 18 exactly. */
class GestureSelectTest {
    private Fixture f;

    @BeforeEach
    void setUp() {
        f = new Fixture();
        select(keys(f.locX, 3, 8, 13, 18), "0000");
        select(keys(f.locY, 3, 8, 13, 18), "0000");
        select(keys(f.locZ, 3, 8, 13, 18), "0000");
        select(keys(f.rotZ, 3, 8, 13, 18), "0001");
    }

    private void box(int xmin, int xmax, int ymin, int ymax, String options) {
        f.run("action.select_box(xmin=" + xmin + ", xmax=" + xmax + ", ymin=" + ymin + ", ymax=" + ymax
                + ", wait_for_input=False" + (options.isEmpty() ? "" : ", " + options) + ")");
    }

    @Test
    void boxFrameTestIsStrict() {
        box(66, 198, rowY(3) - 2, rowY(3) + 2, "");
        assertEquals("0100", selection(f.locY), "keys exactly on frames 3 and 13 are outside");
        assertEquals("0000", selection(f.rotZ), "SET deselects everything first");
    }

    @Test
    void boxIsInsetByTwoPixelsVertically() {
        // rows 2 (location x) and 3 (location y) meet at region y 793
        box(0, 396, 776, 794, "");
        assertEquals("0000", selection(f.locX), "794 - 2 lies below row 2");
        assertEquals("1111", selection(f.locY));
        box(0, 396, 776, 795, "");
        assertEquals("1111", selection(f.locX), "795 - 2 touches row 2, which counts");
    }

    @Test
    void axisRangeWideBoxSelectsTheFrameRangeInEveryRow() {
        box(60, 140, rowY(3) - 2, rowY(3) + 2, "axis_range=True");
        for (var c : new org.dopesheet.model.FCurve[] {f.locX, f.locY, f.locZ, f.rotZ}) {
            assertEquals("1100", selection(c));
        }
    }

    @Test
    void axisRangeTallBoxSelectsWholeRowsIgnoringFrames() {
        box(300, 310, rowY(4) - 2, rowY(3) + 2, "axis_range=True");
        assertEquals("1111", selection(f.locY));
        assertEquals("1111", selection(f.locZ));
        assertEquals("0000", selection(f.locX));
    }

    @Test
    void subDeselectsOnlyInsideAndAddKeepsTheRest() {
        select(f.locY, "1111");
        box(100, 396, rowY(3) - 2, rowY(3) + 2, "mode='SUB'");
        assertEquals("1000", selection(f.locY));
        assertEquals("0001", selection(f.rotZ));
        box(0, 100, rowY(2) - 2, rowY(2) + 2, "mode='ADD'");
        assertEquals("1000", selection(f.locX));
        assertEquals("1000", selection(f.locY));
    }

    @Test
    void boxOnTheGroupRowSelectsItsCurves() {
        box(0, 100, rowY(1), rowY(1), "");
        assertEquals("1000", selection(f.locX));
        assertEquals("1000", selection(f.locY));
        assertEquals("1000", selection(f.locZ));
        assertEquals("0000", selection(f.rotZ));
    }

    @Test
    void boxBoundsAreMappedToActionTimeInTweakMode() {
        AnimData adt = f.cube.animationData();
        NlaTrack track = adt.addTrack(0, new NlaTrack("NlaTrack"));
        NlaStrip strip = track.addStrip(new NlaStrip("CubeAction").setAction(f.action).setFrameStart(100)
                .setFrameEnd(130).setActionFrameStart(0).setActionFrameEnd(30).setScale(2));
        adt.setUseTweakMode(true);
        adt.setActiveTrack(track);
        adt.setActiveStrip(strip);
        // scene frames 98..128 on screen: frame 8 of the action is scene frame 116
        f.doc.editor().setCur(98, 128, -872, 0);
        box(px(113 - 100), px(119 - 100), rowY(2) - 2, rowY(2) + 2, "");
        assertEquals("0100", selection(f.locX));
    }

    @Test
    void circleTestsEveryRowAlongTheCentreLine() {
        // centre on row 3 at frame 8; row 2 is 18 px above, yet its key 13.2 px to the right is
        // inside: each row is tested at the circle's centre height (a band, as in Blender)
        f.run("action.select_circle(x=" + px(8) + ", y=" + rowY(3) + ", radius=20, wait_for_input=False)");
        assertEquals("0100", selection(f.locY));
        assertEquals("0100", selection(f.locX));
        assertEquals("0100", selection(f.locZ));
        assertEquals("0000", selection(f.rotZ), "row 5 does not touch the circle's bounding box");
        // frames 8 and 13 lie 33 px either side of frame 10.5
        f.run("action.select_circle(x=" + px(10.5f) + ", y=" + rowY(3) + ", radius=34, wait_for_input=False)");
        assertEquals("0110", selection(f.locY), "x within the radius on both sides");
    }

    @Test
    void circleDistanceIsStrict() {
        // frames 8 and 18 lie 66 px (5 frames) either side of frame 13
        f.run("action.select_circle(x=" + px(13) + ", y=" + rowY(3) + ", radius=66, wait_for_input=False)");
        assertEquals("0010", selection(f.locY), "keys exactly at the radius are outside");
        f.run("action.select_circle(x=" + px(13) + ", y=" + rowY(3) + ", radius=67, wait_for_input=False)");
        assertEquals("0111", selection(f.locY));
    }

    @Test
    void lassoIsTestedAlongTheCentreOfItsBoundingBox() {
        // triangle (100,800) (220,800) (160,770): its bounding box's centre line y = 785 crosses it
        // between x = 130 and 190, i.e. frames 7.85 to 12.39; row 2 (y 793..811) lies below the
        // triangle's tip region but overlaps the box, so it is tested on that line too
        f.run("action.select_lasso(path=[{'name': '', 'loc': [100.0, 800.0], 'time': 0.0}, "
                + "{'name': '', 'loc': [220.0, 800.0], 'time': 0.0}, {'name': '', 'loc': [160.0, 770.0], 'time': 0.0}])");
        assertEquals("0100", selection(f.locX));
        assertEquals("0100", selection(f.locY));
        assertEquals("0100", selection(f.locZ));
        assertEquals("0000", selection(f.rotZ));
    }

    @Test
    void lassoSubtractAndEmptyPath() {
        select(f.locY, "1111");
        f.run("action.select_lasso(mode='SUB', path=[{'name': '', 'loc': [0.0, 790.0], 'time': 0.0}, "
                + "{'name': '', 'loc': [150.0, 790.0], 'time': 0.0}, {'name': '', 'loc': [150.0, 778.0], 'time': 0.0}, "
                + "{'name': '', 'loc': [0.0, 778.0], 'time': 0.0}])");
        assertEquals("0011", selection(f.locY));
        assertEquals("0001", selection(f.rotZ));
        assertTrue(f.run("action.select_lasso(path=[])").cancelled());
        assertEquals("0011", selection(f.locY));
    }
}
