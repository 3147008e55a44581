package org.dopesheet.ops.select;

import static org.dopesheet.ops.select.Fixture.keys;
import static org.dopesheet.ops.select.Fixture.select;
import static org.dopesheet.ops.select.Fixture.selection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dopesheet.model.Marker;
import org.dopesheet.operator.OperatorResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LeftRightSelectTest {
    private Fixture f;

    @BeforeEach
    void setUp() {
        f = new Fixture();
        select(keys(f.locX, 5, 9.95f, 10, 10.05f, 15), "00000");
        select(keys(f.rotZ, 2, 18), "11");
        f.doc.scene().setFrameCurrent(10);
    }

    @Test
    void checkCancelsInTheExecFormWithoutAReport() {
        OperatorResult r = f.run("action.select_leftright(mode='CHECK')");
        assertTrue(r.cancelled());
        assertTrue(r.reports().isEmpty());
        assertEquals("11", selection(f.rotZ));
    }

    @Test
    void keysOnTheCurrentFrameBelongToBothSides() {
        f.run("action.select_leftright(mode='LEFT')");
        assertEquals("11110", selection(f.locX), "up to cfra + 0.1, strictly");
        assertEquals("10", selection(f.rotZ), "the selection is replaced");
        f.run("action.select_leftright(mode='RIGHT')");
        assertEquals("01111", selection(f.locX), "from cfra - 0.1, strictly");
    }

    @Test
    void extendTogglesTheSide() {
        f.run("action.select_leftright(mode='RIGHT')");
        f.run("action.select_leftright(mode='RIGHT', extend=True)");
        assertEquals("00000", selection(f.locX));
        assertEquals("00", selection(f.rotZ));
        f.run("action.select_leftright(mode='LEFT', extend=True)");
        assertEquals("11110", selection(f.locX));
        assertEquals("10", selection(f.rotZ));
    }

    @Test
    void channelsAndMarkersAreUntouchedWithoutMarkerSync() {
        f.rotZ.setSelect(true).setActive(true);
        f.doc.scene().addMarker(new Marker("a", 3));
        f.doc.scene().addMarker(new Marker("b", 12).setSelect(true));
        f.run("action.select_leftright(mode='LEFT')");
        assertTrue(f.rotZ.select() && f.rotZ.active());
        assertFalse(f.doc.scene().markers().get(0).select());
        assertTrue(f.doc.scene().markers().get(1).select());
    }

    @Test
    void markerSyncSelectsTheMarkersOfTheSide() {
        List<Marker> markers = List.of(new Marker("a", 3), new Marker("b", 10).setSelect(true),
                new Marker("c", 12).setSelect(true));
        LeftRightSelection.syncMarkers(markers, LeftRightMode.LEFT, 10);
        assertEquals(List.of(true, false, false), markers.stream().map(Marker::select).toList());
        LeftRightSelection.syncMarkers(markers, LeftRightMode.RIGHT, 10);
        assertEquals(List.of(false, true, true), markers.stream().map(Marker::select).toList());
    }
}
