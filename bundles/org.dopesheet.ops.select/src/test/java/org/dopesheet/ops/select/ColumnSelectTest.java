package org.dopesheet.ops.select;

import static org.dopesheet.ops.select.Fixture.keys;
import static org.dopesheet.ops.select.Fixture.select;
import static org.dopesheet.ops.select.Fixture.selection;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dopesheet.model.AnimData;
import org.dopesheet.model.BehaviourProfile;
import org.dopesheet.model.Marker;
import org.dopesheet.model.NlaStrip;
import org.dopesheet.model.NlaTrack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ColumnSelectTest {
    private Fixture f;

    @BeforeEach
    void setUp() {
        f = new Fixture();
    }

    @Test
    void keysUseExactFloatEqualityNotTheColumnThreshold() {
        select(keys(f.locX, 10, 12), "10");
        select(keys(f.locY, 10.005f, 10, 20), "000");
        f.run("action.select_column(mode='KEYS')");
        assertEquals("010", selection(f.locY), "10.005 is within 0.01 but not IS_EQF");
        assertEquals("10", selection(f.locX));
    }

    @Test
    void keysOnlyCountTheKeyFlagNotHandles() {
        keys(f.locX, 10, 12);
        f.locX.setSelection(0, true, false, true);
        f.locX.setSelected(1, false);
        select(keys(f.locY, 10, 12), "00");
        f.run("action.select_column(mode='KEYS')");
        assertEquals("00", selection(f.locY));
    }

    @Test
    void currentFrame() {
        select(keys(f.locX, 14, 15, 16), "000");
        f.doc.scene().setFrameCurrent(15);
        f.run("action.select_column(mode='CFRA')");
        assertEquals("010", selection(f.locX));
    }

    @Test
    void selectedMarkersColumn() {
        select(keys(f.locX, 5, 15, 25), "000");
        f.doc.scene().addMarker(new Marker("a", 25).setSelect(true));
        f.doc.scene().addMarker(new Marker("b", 15));
        f.doc.scene().addMarker(new Marker("c", 5).setSelect(true));
        f.run("action.select_column(mode='MARKERS_COLUMN')");
        assertEquals("101", selection(f.locX));
    }

    @Test
    void betweenMarkersWidensTheSelectedRangeByHalfAFrame() {
        select(keys(f.locX, 11.4f, 11.6f, 20, 25, 25.6f), "00000");
        f.doc.scene().addMarker(new Marker("a", 12).setSelect(true));
        f.doc.scene().addMarker(new Marker("b", 25).setSelect(true));
        f.doc.scene().addMarker(new Marker("c", 40));
        f.run("action.select_column(mode='MARKERS_BETWEEN')");
        assertEquals("01110", selection(f.locX));
    }

    @Test
    void betweenMarkersWithoutMarkersSelectsFrameZero() {
        select(keys(f.locX, -0.4f, 0, 0.6f, 10), "0000");
        f.run("action.select_column(mode='MARKERS_BETWEEN')");
        assertEquals("1100", selection(f.locX));
    }

    @Test
    void betweenMarkersWithNoneSelectedSelectsNothing() {
        select(keys(f.locX, 0, 10, 20), "000");
        f.doc.scene().addMarker(new Marker("a", 5));
        f.doc.scene().addMarker(new Marker("b", 15));
        f.run("action.select_column(mode='MARKERS_BETWEEN')");
        assertEquals("000", selection(f.locX));
    }

    @Test
    void keysInTweakModeMapTwiceIn34AndOnceCurrently() {
        AnimData adt = f.cube.animationData();
        NlaTrack track = adt.addTrack(0, new NlaTrack("NlaTrack"));
        NlaStrip strip = track.addStrip(new NlaStrip("CubeAction").setAction(f.action).setFrameStart(100)
                .setFrameEnd(130).setActionFrameStart(0).setActionFrameEnd(30));
        adt.setUseTweakMode(true);
        adt.setActiveTrack(track);
        adt.setActiveStrip(strip);
        select(keys(f.locX, 10), "1");
        select(keys(f.locY, -90, 10), "00");

        f.doc.setProfile(BehaviourProfile.BLENDER_3_4);
        f.run("action.select_column(mode='KEYS')");
        assertEquals("10", selection(f.locY), "3.4: the raw frame 10 is unmapped again to -90");

        select(f.locY, "00");
        f.doc.setProfile(BehaviourProfile.CURRENT);
        f.run("action.select_column(mode='KEYS')");
        assertEquals("01", selection(f.locY), "current: scene frame 110 maps back to 10");
    }
}
