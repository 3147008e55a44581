package org.dopesheet.anim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dopesheet.model.FCurve;
import org.junit.jupiter.api.Test;

/**
 * {@link Keyframes#deleteSelectedKeys} when every key is selected gives what Blender's loop gives
 * (the same as when deleting a selection: only an active index of 0 is cleared, since the loop
 * counts no kept key), and what the general path gives once one key is left unselected.
 */
class DeleteAllSelectedTest {

    private static FCurve curve(int active) {
        FCurve c = new FCurve("location", 0);
        for (int i = 0; i < 5; i++) {
            c.addKey(i, i);
        }
        c.setActiveKeyframeIndex(active);
        return c;
    }

    @Test
    void allSelected() {
        for (int active : new int[] {-1, 0, 1, 4, 9}) {
            FCurve c = curve(active);
            assertTrue(Keyframes.deleteSelectedKeys(c));
            assertEquals(0, c.size());
            assertEquals(active == 0 ? -1 : active, c.activeKeyframeIndex(), "active " + active);
        }
    }

    @Test
    void oneUnselectedKeyAnywhereInALongCurveIsKept() {
        for (int unselected = 0; unselected < 21; unselected++) {
            FCurve c = new FCurve("location", 0);
            for (int i = 0; i < 21; i++) {
                c.addKey(i, i);
            }
            c.setSelection(unselected, true, false, true); // handles selected, key not
            assertTrue(Keyframes.deleteSelectedKeys(c));
            assertEquals(1, c.size(), "unselected " + unselected);
            assertEquals((float) unselected, c.x(0));
        }
    }

    @Test
    void allButOneSelectedTakesTheGeneralPath() {
        FCurve c = curve(3);
        c.setSelected(4, false);
        assertTrue(Keyframes.deleteSelectedKeys(c));
        assertEquals(1, c.size());
        assertEquals(4f, c.x(0));
        assertEquals(3, c.activeKeyframeIndex());
    }
}
