package org.dopesheet.ops.select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Key columns, the lasso polygon and Blender's float helpers. */
class GeometryTest {

    @Test
    void keysWithinTheThresholdShareAColumn() {
        KeyColumns c = new KeyColumns();
        c.add(10f, false);
        c.add(5f, false);
        c.add(10.005f, true);
        c.add(10.02f, false);
        assertEquals(3, c.size());
        assertEquals(5f, c.frame(0));
        assertEquals(10f, c.frame(1), "a column keeps its first key's frame");
        assertTrue(c.selected(1));
        assertEquals(10.02f, c.frame(2));
        assertFalse(c.selected(2));
    }

    @Test
    void theHitWindowIsHalfOpenWithTheThresholdOnTheLeft() {
        KeyColumns c = new KeyColumns();
        c.add(10f, false);
        c.add(11f, false);
        assertEquals(0, c.firstBetween(10.009f, 12f), "10 is within 0.01 before the window");
        assertEquals(1, c.firstBetween(10.02f, 12f));
        assertEquals(-1, c.firstBetween(10.02f, 11f), "the right end is excluded");
        assertEquals(0, c.firstBetween(5f, 20f), "the left-most column wins");
    }

    @Test
    void lassoUsesTruncatedIntegerPoints() {
        LassoPolygon square = LassoPolygon.of(List.of(new float[] {0.9f, 0.9f}, new float[] {10.9f, 0.9f},
                new float[] {10.9f, 10.9f}, new float[] {0.9f, 10.9f}));
        assertEquals(List.of(0, 10, 0, 10), java.util.Arrays.stream(square.bounds()).boxed().toList());
        assertTrue(square.contains(5f, 5f));
        assertTrue(square.contains(0.5f, 5f), "0.5 truncates to 0, on the left edge: inside");
        assertFalse(square.contains(10.5f, 5f), "10.5 truncates to 10, on the right edge: outside");
        assertTrue(square.contains(5f, -0.5f), "-0.5 truncates toward zero, to the bottom edge: inside");
        assertFalse(square.contains(5f, 10f), "the top edge is outside");
    }

    @Test
    void lassoHandlesConcavePolygons() {
        // a U shape open at the top between x 4 and 6
        LassoPolygon u = LassoPolygon.of(List.of(new float[] {0, 10}, new float[] {4, 10}, new float[] {4, 4},
                new float[] {6, 4}, new float[] {6, 10}, new float[] {10, 10}, new float[] {10, 0},
                new float[] {0, 0}));
        assertTrue(u.contains(2, 8));
        assertFalse(u.contains(5, 8));
        assertTrue(u.contains(5, 2));
    }

    @Test
    void floatHelpers() {
        assertTrue(Selections.isEqf(10f, 10f + 5e-8f));
        assertFalse(Selections.isEqf(10f, Math.nextUp(10f)), "one ulp at 10 is above FLT_EPSILON");
        assertEquals(6f, Selections.roundf(6.4f));
        assertEquals(7f, Selections.roundf(6.5f));
        assertEquals(-7f, Selections.roundf(-6.5f), "half away from zero");
    }
}
