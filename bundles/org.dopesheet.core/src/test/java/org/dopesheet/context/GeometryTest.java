package org.dopesheet.context;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dopesheet.model.EditorState;
import org.dopesheet.model.NlaStrip;
import org.junit.jupiter.api.Test;

class GeometryTest {

    @Test
    void channelRowsMatchBlendersDefaultUi() {
        EditorState e = new EditorState().setCur(-0.375f, 13.375f, -872f, 0f).setMask(0, 396, 0, 872);
        ChannelGeometry g = ChannelGeometry.of(e);
        assertEquals(-25f, g.firstTop());
        assertEquals(16f, g.height());
        assertEquals(2f, g.skip());
        assertEquals(18f, g.step());
        assertEquals(-43f, g.rowBottom(0));
        assertEquals(-61f, g.rowTop(2));
        assertEquals(0, g.rowAt(-25.5f));
        assertEquals(1, g.rowAt(-43.5f));
        assertEquals(-1, g.rowAt(-10f));
    }

    @Test
    void regionToViewUsesTheMask() {
        EditorState e = new EditorState().setCur(-0.375f, 13.375f, -872f, 0f).setMask(0, 396, 0, 872);
        View2D v = new View2D(e);
        assertEquals(-0.375f, v.regionToViewX(0));
        assertEquals(13.375f, v.regionToViewX(396));
        assertEquals(-872f, v.regionToViewY(0));
        assertEquals(200f, v.viewToRegionX(v.regionToViewX(200)), 1e-3);
    }

    @Test
    void nlaMappingRoundTrips() {
        NlaStrip s = new NlaStrip("s").setFrameStart(10).setFrameEnd(30).setActionFrameStart(1).setActionFrameEnd(11)
                .setScale(2);
        assertEquals(10f, NlaMapping.toScene(s, 1));
        assertEquals(30f, NlaMapping.toScene(s, 11));
        assertEquals(6f, NlaMapping.toAction(s, 20));
        s.setUseReverse(true);
        assertEquals(30f, NlaMapping.toScene(s, 1));
        assertEquals(1f, NlaMapping.toAction(s, 30));
        assertEquals(7f, NlaMapping.toScene(null, 7));
    }

    @Test
    void naturalOrderIsCaseInsensitiveAndNumeric() {
        assertEquals(-1, Integer.signum(NaturalOrder.compare("cube", "Empty")));
        assertEquals(-1, Integer.signum(NaturalOrder.compare("Obj2", "Obj10")));
        assertEquals(1, Integer.signum(NaturalOrder.compare("b", "A")));
    }
}
