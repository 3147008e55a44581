package org.dopesheet.anim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dopesheet.model.AutoSmoothing;
import org.dopesheet.model.CyclesModifier;
import org.dopesheet.model.Extrapolation;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.HandleType;
import org.junit.jupiter.api.Test;

/** Handle recalculation (spec 4.7). */
class HandlesTest {
    private static final float EPS = 1e-5f;
    private static final float AUTO = 1 / 2.5614f;

    @Test
    void vectorHandlesPointAThirdOfTheWayToTheNeighbours() {
        FCurve fc = TestCurves.withHandles(HandleType.VECTOR, 0, 0, 3, 6, 9, 0);
        Handles.recalculate(fc);
        assertEquals(2, fc.leftX(1), EPS);
        assertEquals(4, fc.leftY(1), EPS);
        assertEquals(5, fc.rightX(1), EPS);
        assertEquals(4, fc.rightY(1), EPS);
        // End keys reflect the missing neighbour.
        assertEquals(-1, fc.leftX(0), EPS);
        assertEquals(-2, fc.leftY(0), EPS);
        assertEquals(1, fc.rightX(0), EPS);
        assertEquals(2, fc.rightY(0), EPS);
    }

    @Test
    void autoHandlesFollowTheNeighbourDirection() {
        FCurve fc = TestCurves.withHandles(HandleType.AUTO, 0, 0, 1, 1, 2, 2);
        Handles.recalculate(fc);
        assertEquals(1 - AUTO, fc.leftX(1), EPS);
        assertEquals(1 - AUTO, fc.leftY(1), EPS);
        assertEquals(1 + AUTO, fc.rightX(1), EPS);
        assertEquals(1 + AUTO, fc.rightY(1), EPS);
    }

    @Test
    void autoEndKeysAreFlatWithConstantExtrapolationOnly() {
        FCurve fc = TestCurves.withHandles(HandleType.AUTO, 0, 0, 10, 5);
        Handles.recalculate(fc);
        assertEquals(0, fc.rightY(0), EPS);
        assertEquals(5, fc.leftY(1), EPS);
        assertTrue(fc.autoHandleLocked(0) && fc.autoHandleLocked(1));
        fc.setExtrapolation(Extrapolation.LINEAR);
        Handles.recalculate(fc);
        assertTrue(fc.rightY(0) > 0, "sloped towards the next key");
        assertFalse(fc.autoHandleLocked(0));
    }

    @Test
    void autoClampedExtremesAreHorizontalAndLocked() {
        FCurve fc = TestCurves.withHandles(HandleType.AUTO_CLAMPED, 0, 0, 10, 5, 20, 1);
        Handles.recalculate(fc);
        assertEquals(5, fc.leftY(1), EPS);
        assertEquals(5, fc.rightY(1), EPS);
        assertTrue(fc.autoHandleLocked(1));
        // Plain AUTO overshoots nothing here but is not flattened.
        FCurve auto = TestCurves.withHandles(HandleType.AUTO, 0, 0, 10, 5, 20, 1);
        Handles.recalculate(auto);
        assertTrue(auto.leftY(1) != 5);
    }

    @Test
    void autoClampedHandlesDoNotOvershootTheNeighbourValue() {
        // Monotonic but very uneven: the right handle would pass the next key's value.
        FCurve fc = TestCurves.withHandles(HandleType.AUTO_CLAMPED, 0, 0, 1, 10, 2, 10.5f);
        Handles.recalculate(fc);
        assertTrue(fc.rightY(1) <= 10.5f + EPS, "clamped to the next value: " + fc.rightY(1));
        // The other handle stays collinear.
        float slopeL = (fc.y(1) - fc.leftY(1)) / (fc.x(1) - fc.leftX(1));
        float slopeR = (fc.rightY(1) - fc.y(1)) / (fc.rightX(1) - fc.x(1));
        assertEquals(slopeL, slopeR, 1e-4f);
    }

    @Test
    void alignedHandleKeepsItsLengthAndBecomesCollinear() {
        FCurve fc = TestCurves.withHandles(HandleType.ALIGNED, 0, 0, 10, 0);
        fc.setSelection(0, false, true, true);
        fc.setLeft(0, -3, 0);
        fc.setRight(0, 4, 3);
        Handles.recalculate(fc);
        // Left handle (unselected) is processed first: it takes the right handle's direction, keeps length 3.
        assertEquals(-3 * 4 / 5f, fc.leftX(0), EPS);
        assertEquals(-3 * 3 / 5f, fc.leftY(0), EPS);
        assertEquals(4, fc.rightX(0), EPS);
        assertEquals(3, fc.rightY(0), EPS);
        // With the left handle selected, the right one follows it instead.
        FCurve sel = TestCurves.withHandles(HandleType.ALIGNED, 0, 0, 10, 0);
        sel.setSelection(0, true, true, false);
        sel.setLeft(0, -3, 0);
        sel.setRight(0, 4, 3);
        Handles.recalculate(sel);
        assertEquals(-3, sel.leftX(0), EPS);
        assertEquals(0, sel.leftY(0), EPS);
        assertEquals(5, sel.rightX(0), EPS);
        assertEquals(0, sel.rightY(0), EPS);
    }

    @Test
    void freeHandlesAreOnlyClampedInTime() {
        FCurve fc = TestCurves.withHandles(HandleType.FREE, 0, 0, 10, 0);
        fc.setLeft(1, 12, 7);
        fc.setRight(1, 13, -4);
        fc.setRight(0, 3, 9);
        Handles.recalculate(fc);
        assertEquals(10, fc.leftX(1), EPS);
        assertEquals(7, fc.leftY(1), EPS);
        assertEquals(13, fc.rightX(1), EPS);
        assertEquals(3, fc.rightX(0), EPS);
        assertEquals(9, fc.rightY(0), EPS);
    }

    @Test
    void continuousAccelerationGivesC2ContinuousCurves() {
        FCurve fc = TestCurves.withHandles(HandleType.AUTO, 0, 0, 3, 2, 5, 7, 9, 1, 14, 3);
        fc.setAutoSmoothing(AutoSmoothing.CONT_ACCEL);
        fc.setExtrapolation(Extrapolation.LINEAR);
        Handles.recalculate(fc);
        for (int i = 0; i < fc.size(); i++) {
            if (i > 0) {
                assertEquals((fc.x(i) - fc.x(i - 1)) / 3, fc.x(i) - fc.leftX(i), 1e-4f, "left x-length a third");
            }
            if (i < fc.size() - 1) {
                assertEquals((fc.x(i + 1) - fc.x(i)) / 3, fc.rightX(i) - fc.x(i), 1e-4f, "right x-length a third");
            }
        }
        for (int i = 1; i < fc.size() - 1; i++) {
            float slopeL = (fc.y(i) - fc.leftY(i)) / (fc.x(i) - fc.leftX(i));
            float slopeR = (fc.rightY(i) - fc.y(i)) / (fc.rightX(i) - fc.x(i));
            assertEquals(slopeL, slopeR, 1e-4f, "C1 at key " + i);
            float dxIn = fc.x(i) - fc.x(i - 1);
            float dxOut = fc.x(i + 1) - fc.x(i);
            // Second derivative at the end of the incoming and the start of the outgoing segment.
            float accIn = 6 * (fc.rightY(i - 1) - 2 * fc.leftY(i) + fc.y(i)) / (dxIn * dxIn);
            float accOut = 6 * (fc.y(i) - 2 * fc.rightY(i) + fc.leftY(i + 1)) / (dxOut * dxOut);
            assertEquals(accIn, accOut, 1e-3f, "C2 at key " + i);
        }
        // Free curve ends get zero acceleration.
        int n = fc.size() - 1;
        float acc0 = 6 * (fc.y(0) - 2 * fc.rightY(0) + fc.leftY(1));
        assertEquals(0, acc0, 1e-3f);
        float accN = 6 * (fc.rightY(n - 1) - 2 * fc.leftY(n) + fc.y(n));
        assertEquals(0, accN, 1e-3f);
    }

    @Test
    void continuousAccelerationRespectsAutoClampLimits() {
        FCurve fc = TestCurves.withHandles(HandleType.AUTO_CLAMPED, 0, 0, 1, 1, 2, 1.1f, 3, 5, 4, 5.1f);
        fc.setAutoSmoothing(AutoSmoothing.CONT_ACCEL);
        Handles.recalculate(fc);
        for (int i = 0; i < fc.size() - 1; i++) {
            float lo = Math.min(fc.y(i), fc.y(i + 1)) - 1e-4f;
            float hi = Math.max(fc.y(i), fc.y(i + 1)) + 1e-4f;
            assertTrue(fc.rightY(i) >= lo && fc.rightY(i) <= hi, "right handle " + i + " within the segment");
            assertTrue(fc.leftY(i + 1) >= lo && fc.leftY(i + 1) <= hi, "left handle " + (i + 1) + " within the segment");
        }
    }

    @Test
    void cyclicCurvesAreSmoothedAcrossTheSeam() {
        FCurve fc = TestCurves.withHandles(HandleType.AUTO, 0, 0, 5, 4, 10, -1, 20, 0);
        fc.addModifier(new CyclesModifier());
        Handles.recalculate(fc);
        // First and last key are the same point of the cycle: equal handle slopes and heights.
        float firstSlope = (fc.rightY(0) - fc.y(0)) / (fc.rightX(0) - fc.x(0));
        float lastSlope = (fc.y(3) - fc.leftY(3)) / (fc.x(3) - fc.leftX(3));
        assertEquals(firstSlope, lastSlope, 1e-4f);
        assertTrue(Math.abs(firstSlope) > 1e-3f, "not flattened as a non-cyclic end would be");
        assertFalse(fc.autoHandleLocked(0));
    }

    @Test
    void duplicateFramesLockBothKeys() {
        FCurve fc = TestCurves.withHandles(HandleType.AUTO, 0, 0, 5, 1, 5, 2, 10, 0);
        fc.setExtrapolation(Extrapolation.LINEAR);
        Handles.recalculate(fc);
        assertTrue(fc.autoHandleLocked(1) && fc.autoHandleLocked(2));
        assertFalse(fc.autoHandleLocked(0));
    }

    @Test
    void aClampedHandleWithNoXLengthLeavesTheOtherHandleFinite() {
        // Key 2 sits between neighbours on its own frame; with Continuous Acceleration its auto
        // handles get no x length, and its left handle is clamped to the previous key's height
        // (a "left violation"). Blender re-aligns the right handle through a division by that
        // zero length (NaN); here it keeps its own height.
        FCurve fc = TestCurves.withHandles(HandleType.AUTO_CLAMPED, 0, 0, 5, 0.99f, 5, 1, 5, 2, 10, 3);
        fc.setAutoSmoothing(AutoSmoothing.CONT_ACCEL);
        Handles.recalculate(fc);
        assertAllFinite(fc);
        assertEquals(5, fc.leftX(2), EPS);
        assertEquals(0.99f, fc.leftY(2), EPS, "clamped to the previous key");
        assertEquals(5, fc.rightX(2), EPS);
        assertEquals(1 + (2 - 0.99f) / 6, fc.rightY(2), EPS, "the unaligned auto height");
    }

    @Test
    void collinearHeightIsBlendersWhereTheClampedHandleHasLength() {
        assertEquals(1 + (1 - 0.5f) / 2 * 3, Handles.collinearHeight(1, 0.5f, 2, 3, 9), EPS);
        assertEquals(9, Handles.collinearHeight(1, 0.5f, 0, 3, 9), "vertical: the other height is kept");
    }

    @Test
    void cyclicEndHandlesStayOnTheirSideWhenTheShiftRounds() {
        // Duplicated last key: the first key's virtual neighbour is 37 + (4.7 - 37), which rounds
        // to 4.700001 in float, past the first key; exactly it is the first key's own frame.
        FCurve fc = TestCurves.withHandles(HandleType.AUTO, 4.7f, 0, 20, 1, 37, 0, 37, 0);
        fc.addModifier(new CyclesModifier());
        assertTrue(37f + (4.7f - 37f) > 4.7f, "the float shift rounds past the first key");
        Handles.recalculate(fc);
        assertAllFinite(fc);
        for (int i = 0; i < fc.size(); i++) {
            assertTrue(fc.leftX(i) <= fc.x(i), "left handle of key " + i + " is not right of it");
            assertTrue(fc.rightX(i) >= fc.x(i), "right handle of key " + i + " is not left of it");
        }
        assertTrue(fc.autoHandleLocked(0), "a neighbour on the key's own frame locks it, as exactly");
    }

    private static void assertAllFinite(FCurve fc) {
        for (int i = 0; i < fc.size(); i++) {
            float[] v = {fc.leftX(i), fc.leftY(i), fc.rightX(i), fc.rightY(i)};
            for (float f : v) {
                assertTrue(Float.isFinite(f), "handles of key " + i + " are finite: " + java.util.Arrays.toString(v));
            }
        }
    }

    @Test
    void singleKeyIsLeftAlone() {
        FCurve fc = TestCurves.withHandles(HandleType.AUTO, 4, 4);
        fc.setLeft(0, 1, 2);
        Handles.recalculate(fc);
        assertEquals(1, fc.leftX(0));
        assertEquals(2, fc.leftY(0));
    }
}
