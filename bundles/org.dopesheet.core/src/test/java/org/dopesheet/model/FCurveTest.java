package org.dopesheet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FCurveTest {

    private static FCurve curve(float... frames) {
        FCurve c = new FCurve("location", 0);
        for (float f : frames) {
            c.addKey(f, f * 2);
        }
        return c;
    }

    @Test
    void insertKeyGivesBlenderDefaults() {
        FCurve c = curve(1, 3);
        c.insertKey(1, 2, 5);
        assertEquals(3, c.size());
        assertEquals(2f, c.x(1));
        assertEquals(1f, c.leftX(1));
        assertEquals(3f, c.rightX(1));
        assertEquals(5f, c.leftY(1));
        assertEquals(Interpolation.BEZIER, c.interpolation(1));
        assertEquals(HandleType.AUTO_CLAMPED, c.handleLeft(1));
        assertEquals(KeyframeType.KEYFRAME, c.keyType(1));
        assertEquals(FCurve.DEFAULT_BACK, c.back(1));
        assertTrue(c.selected(1) && c.leftSelected(1) && c.rightSelected(1));
        assertEquals(3f, c.x(2));
    }

    @Test
    void removeKeysByMaskCompactsAndKeepsActiveKey() {
        FCurve c = curve(0, 1, 2, 3, 4, 5);
        c.setActiveKeyframeIndex(4);
        c.setKeyType(4, KeyframeType.JITTER);
        assertEquals(3, c.removeKeys(new boolean[] {true, true, false, true, false, false}));
        assertEquals(3, c.size());
        assertEquals(2f, c.x(0));
        assertEquals(4f, c.x(1));
        assertEquals(KeyframeType.JITTER, c.keyType(1));
        assertEquals(1, c.activeKeyframeIndex());
        c.removeKeys(new boolean[] {false, true, false});
        assertEquals(-1, c.activeKeyframeIndex());
        assertEquals(0, c.removeKeys(new boolean[] {false, false}));
    }

    @Test
    void selectionFlagsAreIndependent() {
        FCurve c = curve(0);
        c.setSelection(0, true, false, false);
        assertTrue(c.leftSelected(0));
        assertFalse(c.selected(0));
        assertTrue(c.anySelected(0));
        c.setAutoHandleLocked(0, true);
        c.setSelected(0, false);
        assertFalse(c.anySelected(0));
        assertTrue(c.autoHandleLocked(0));
    }

    @Test
    void swapsAndRanges() {
        FCurve c = curve(0, 1, 2);
        c.swapKeys(0, 2);
        assertEquals(2f, c.x(0));
        c.swapHandles(0);
        assertEquals(3f, c.leftX(0));
        assertThrows(IndexOutOfBoundsException.class, () -> c.insertKey(5, 0, 0));
        c.removeKeys(0, 3);
        assertTrue(c.isEmpty());
        c.addModifier(new GenericModifier("GENERATOR", java.util.Map.of()));
        assertFalse(c.isEmpty());
    }

    @Test
    void copyIsDeep() {
        FCurve c = curve(0, 1);
        c.addModifier(new CyclesModifier());
        FCurve d = c.copy(false);
        d.setY(0, 100);
        ((CyclesModifier) d.modifiers().get(0)).setCyclesAfter(3);
        assertEquals(0f, c.y(0));
        assertEquals(0, ((CyclesModifier) c.modifiers().get(0)).cyclesAfter());
    }

    @Test
    void uniqueNamesFollowBlender() {
        Document d = new Document("d");
        d.addAction(new Action("Act"));
        assertEquals("Act.001", d.addAction(new Action("Act")).name());
        assertEquals("Act.002", d.addAction(new Action("Act.001")).name());
        assertEquals("[Action Stash]", Document.uniqueName("[Action Stash]", n -> false));
        assertEquals(java.util.List.of("Act", "Act.001", "Act.002"),
                d.actions().stream().map(Action::name).toList());
    }
}
