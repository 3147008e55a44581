package org.dopesheet.anim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.dopesheet.model.Extrapolation;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.HandleType;
import org.junit.jupiter.api.Test;

/**
 * The column-wise path of {@link Handles#recalculate} (curves whose handles are all AUTO,
 * AUTO_CLAMPED or VECTOR, without smoothing or cycles) gives bit-identical handles and flags to
 * the general path, and a recalculation right after one is skipped only while nothing changed.
 */
class HandlesFastPathTest {
    private static final HandleType[] TYPES = {HandleType.AUTO, HandleType.AUTO_CLAMPED, HandleType.VECTOR};

    private static FCurve randomCurve(SplittableRandom r, int n) {
        FCurve c = new FCurve("location", 0);
        float x = 0;
        for (int i = 0; i < n; i++) {
            // repeated frames and values now and then (zero-length segments, flat runs)
            x += r.nextInt(5) == 0 ? 0 : (float) r.nextDouble(0.01, 5);
            float y = r.nextInt(4) == 0 ? 1f : (float) r.nextDouble(-3, 3);
            int k = c.addKey(x, y);
            c.setHandleLeft(k, TYPES[r.nextInt(TYPES.length)]);
            c.setHandleRight(k, TYPES[r.nextInt(TYPES.length)]);
            c.setLeft(k, x - (float) r.nextDouble(0, 3), (float) r.nextDouble(-3, 3));
            c.setRight(k, x + (float) r.nextDouble(-1, 3), (float) r.nextDouble(-3, 3));
            c.setSelection(k, r.nextBoolean(), r.nextBoolean(), r.nextBoolean());
            c.setAutoHandleLocked(k, r.nextBoolean());
        }
        if (r.nextBoolean()) {
            c.setExtrapolation(Extrapolation.LINEAR);
        }
        return c;
    }

    /** Both handle types of every key of {@code c} set to {@code type}. */
    private static void setAllHandleTypes(FCurve c, HandleType type) {
        for (int i = 0; i < c.size(); i++) {
            c.setHandleLeft(i, type);
            c.setHandleRight(i, type);
        }
    }

    private static void assertSameKeys(FCurve expected, FCurve actual, String what) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            String at = what + " key " + i;
            assertEquals(Float.floatToRawIntBits(expected.leftX(i)), Float.floatToRawIntBits(actual.leftX(i)), at);
            assertEquals(Float.floatToRawIntBits(expected.leftY(i)), Float.floatToRawIntBits(actual.leftY(i)), at);
            assertEquals(Float.floatToRawIntBits(expected.rightX(i)), Float.floatToRawIntBits(actual.rightX(i)), at);
            assertEquals(Float.floatToRawIntBits(expected.rightY(i)), Float.floatToRawIntBits(actual.rightY(i)), at);
            assertEquals(expected.autoHandleLocked(i), actual.autoHandleLocked(i), at);
            assertEquals(expected.selected(i), actual.selected(i), at);
            assertEquals(expected.leftSelected(i), actual.leftSelected(i), at);
            assertEquals(expected.rightSelected(i), actual.rightSelected(i), at);
        }
    }

    @Test
    void columnPathEqualsGeneralPath() {
        SplittableRandom r = new SplittableRandom(11);
        for (int round = 0; round < 500; round++) {
            FCurve fast = randomCurve(r, 2 + r.nextInt(40));
            FCurve general = fast.copy(false);
            Handles.recalculate(fast);
            Handles.recalculateGeneral(general);
            assertSameKeys(general, fast, "round " + round);
            assertTrue(fast.handlesRecalculated());
        }
    }

    @Test
    void allVectorPathEqualsGeneralPath() {
        SplittableRandom r = new SplittableRandom(17);
        for (int round = 0; round < 500; round++) {
            FCurve fast = randomCurve(r, 2 + r.nextInt(40));
            setAllHandleTypes(fast, HandleType.VECTOR);
            FCurve general = fast.copy(false);
            Handles.recalculate(fast);
            Handles.recalculateGeneral(general);
            assertSameKeys(general, fast, "round " + round);
            assertTrue(fast.handlesRecalculated());
            // a later change in the middle: the stored handles before it are right and kept
            int k = r.nextInt(fast.size());
            fast.setY(k, fast.y(k) + 1);
            general.setY(k, general.y(k) + 1);
            Handles.recalculate(fast);
            Handles.recalculateGeneral(general);
            assertSameKeys(general, fast, "round " + round + " after key " + k + " moved");
        }
    }

    @Test
    void rewrittenHandlesLeaveTheUndoStateIntact() {
        // the all-VECTOR path replaces handle arrays shared with the undo state instead of copying
        FCurve c = randomCurve(new SplittableRandom(31), 60);
        setAllHandleTypes(c, HandleType.AUTO);
        Handles.recalculate(c);
        FCurve before = c.copy(false);
        org.dopesheet.model.Document d = new org.dopesheet.model.Document("d");
        d.addAction(new org.dopesheet.model.Action("a")).channelbag().addFcurve(c);
        d.changes().begin();
        setAllHandleTypes(c, HandleType.VECTOR);
        FCurve general = c.copy(false);
        Handles.recalculate(c);
        Handles.recalculateGeneral(general);
        assertSameKeys(general, c, "rewritten");
        d.changes().rollback();
        assertSameKeys(before, c, "rolled back");
        assertEquals(HandleType.AUTO, c.handleLeft(0));
    }

    @Test
    void rightHandlesAreNotCopied() {
        for (HandleType type : TYPES) {
            FCurve c = randomCurve(new SplittableRandom(23), 50);
            setAllHandleTypes(c, type);
            Handles.recalculate(c);
            org.dopesheet.model.Document d = new org.dopesheet.model.Document("d");
            d.addAction(new org.dopesheet.model.Action("a")).channelbag().addFcurve(c);
            c.setExtrapolation(c.extrapolation() == Extrapolation.CONSTANT ? Extrapolation.LINEAR : Extrapolation.CONSTANT);
            Handles.recalculate(c);
            d.changes().begin();
            c.setExtrapolation(c.extrapolation() == Extrapolation.CONSTANT ? Extrapolation.LINEAR : Extrapolation.CONSTANT);
            c.setExtrapolation(c.extrapolation() == Extrapolation.CONSTANT ? Extrapolation.LINEAR : Extrapolation.CONSTANT);
            float[] before = c.columns().leftX;
            Handles.recalculate(c);
            assertTrue(before == c.columns().leftX, type + ": handles that are right are not copied from the undo state");
            d.changes().commit();
        }
    }

    @Test
    void parallelRecalculationEqualsSequential() {
        SplittableRandom r = new SplittableRandom(13);
        org.dopesheet.model.Document d = new org.dopesheet.model.Document("d");
        org.dopesheet.model.Channelbag bag = d.addAction(new org.dopesheet.model.Action("a")).channelbag();
        java.util.List<FCurve> curves = new java.util.ArrayList<>();
        java.util.List<FCurve> expected = new java.util.ArrayList<>();
        for (int k = 0; k < 24; k++) {
            FCurve c = randomCurve(r, k == 3 ? 1 : 6000);
            if (k % 5 == 0) {
                c.setHandleLeft(7, HandleType.ALIGNED); // the general path, in parallel too
            }
            expected.add(c.copy(false));
            curves.add(bag.addFcurve(c));
        }
        assertTrue(Handles.parallel(curves));
        d.changes().begin();
        Handles.recalculateAll(curves);
        assertEquals(23, d.changes().touchedCount(), "every curve of two keys or more, once");
        d.changes().commit();
        for (int k = 0; k < curves.size(); k++) {
            Handles.recalculate(expected.get(k));
            assertSameKeys(expected.get(k), curves.get(k), "curve " + k);
        }
        java.util.List<FCurve> twice = java.util.List.of(curves.get(0), curves.get(1), curves.get(0));
        assertFalse(Handles.parallel(twice));
    }

    @Test
    void recalculationIsSkippedOnlyWhileNothingChanged() {
        FCurve c = randomCurve(new SplittableRandom(5), 20);
        Handles.recalculate(c);
        assertTrue(c.handlesRecalculated());
        c.setY(3, c.y(3)); // writing the value it has changes nothing
        c.setSelection(0, c.leftSelected(0), c.selected(0), c.rightSelected(0));
        assertTrue(c.handlesRecalculated());
        c.setY(3, 10f);
        assertFalse(c.handlesRecalculated());
        FCurve general = c.copy(false);
        Handles.recalculate(c);
        Handles.recalculateGeneral(general);
        assertSameKeys(general, c, "after a change");
        c.setExtrapolation(Extrapolation.CONSTANT);
        assertFalse(c.handlesRecalculated());
        Handles.recalculate(c);
        c.setInterpolation(2, org.dopesheet.model.Interpolation.LINEAR); // not an input of the handles
        assertTrue(c.handlesRecalculated());
        c.setAutoHandleLocked(2, !c.autoHandleLocked(2));
        assertFalse(c.handlesRecalculated());
        // a skipped recalculation still records the curve, as the writes it skips would
        org.dopesheet.model.Document d = new org.dopesheet.model.Document("d");
        d.addAction(new org.dopesheet.model.Action("a")).channelbag().addFcurve(c);
        c.setExtrapolation(Extrapolation.CONSTANT);
        Handles.recalculate(c);
        assertTrue(c.handlesRecalculated());
        d.changes().begin();
        Handles.recalculate(c);
        assertEquals(1, d.changes().touchedCount());
        d.changes().commit();
        c.setHandleLeft(0, HandleType.ALIGNED);
        Handles.recalculate(c);
        assertFalse(c.handlesRecalculated(), "ALIGNED handles take the general path");
    }
}
