package org.dopesheet.anim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.dopesheet.model.CyclesMode;
import org.dopesheet.model.CyclesModifier;
import org.dopesheet.model.Extrapolation;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.GenericModifier;
import org.dopesheet.model.Interpolation;
import org.junit.jupiter.api.Test;

/** Keyframe evaluation (spec 4.11) and the Cycles modifier time mapping (spec 4.9). */
class FCurveEvaluationTest {
    private static final float EPS = 1e-5f;

    private static float eval(FCurve fc, float t) {
        return FCurveEvaluation.evaluate(fc, t);
    }

    @Test
    void constantHoldsThePreviousKey() {
        FCurve fc = TestCurves.curve(Interpolation.CONSTANT, 0, 1, 10, 5, 20, -2);
        assertEquals(1, eval(fc, 0.5f));
        assertEquals(1, eval(fc, 9.99f));
        assertEquals(5, eval(fc, 10));
        assertEquals(5, eval(fc, 15));
    }

    @Test
    void linearInterpolates() {
        FCurve fc = TestCurves.curve(Interpolation.LINEAR, 0, 1, 10, 5);
        assertEquals(3, eval(fc, 5), EPS);
        assertEquals(1.4f, eval(fc, 1), EPS);
    }

    @Test
    void bezierWithThirdHandlesIsLinear() {
        FCurve fc = TestCurves.curve(Interpolation.BEZIER, 0, 0, 10, 10);
        fc.setRight(0, 10 / 3f, 10 / 3f);
        fc.setLeft(1, 20 / 3f, 20 / 3f);
        for (float t = 0.5f; t < 10; t += 1.25f) {
            assertEquals(t, eval(fc, t), 1e-4f);
        }
    }

    @Test
    void bezierEaseIsSymmetric() {
        FCurve fc = TestCurves.curve(Interpolation.BEZIER, 0, 0, 10, 10);
        fc.setRight(0, 4, 0);
        fc.setLeft(1, 6, 10);
        assertEquals(5, eval(fc, 5), 1e-5f);
        assertEquals(10 - eval(fc, 2), eval(fc, 8), 1e-4f);
        // Flat at the start: the value rises slower than linear.
        float early = eval(fc, 1);
        assertEquals(true, early > 0 && early < 1, "eased start " + early);
    }

    @Test
    void bezierHandlesOvershootingTheIntervalAreShortened() {
        FCurve wild = TestCurves.curve(Interpolation.BEZIER, 0, 0, 10, 10);
        wild.setRight(0, 20, 10);
        wild.setLeft(1, -10, 0);
        FCurve corrected = TestCurves.curve(Interpolation.BEZIER, 0, 0, 10, 10);
        corrected.setRight(0, 10, 5);
        corrected.setLeft(1, 0, 5);
        for (float t = 0.5f; t < 10; t += 0.5f) {
            assertEquals(eval(corrected, t), eval(wild, t), 1e-5f, "t=" + t);
        }
    }

    @Test
    void flatBezierSegmentShortcut() {
        FCurve fc = TestCurves.curve(Interpolation.BEZIER, 0, 3, 10, 3);
        fc.setRight(0, 9, 3);
        fc.setLeft(1, 1, 3);
        assertEquals(3, eval(fc, 4.2f));
    }

    @Test
    void constantExtrapolation() {
        FCurve fc = TestCurves.curve(Interpolation.LINEAR, 0, 0, 10, 5);
        assertEquals(0, eval(fc, -100));
        assertEquals(5, eval(fc, 100));
        assertEquals(5, eval(fc, 10), "exactly on the last key");
    }

    @Test
    void linearExtrapolationOfLinearEndKeysFollowsTheNeighbour() {
        FCurve fc = TestCurves.curve(Interpolation.LINEAR, 0, 0, 10, 5);
        fc.setExtrapolation(Extrapolation.LINEAR);
        assertEquals(10, eval(fc, 20), EPS);
        assertEquals(-2, eval(fc, -4), EPS);
    }

    @Test
    void linearExtrapolationOfBezierEndKeysFollowsTheOuterHandle() {
        FCurve fc = TestCurves.curve(Interpolation.BEZIER, 0, 0, 10, 5);
        fc.setExtrapolation(Extrapolation.LINEAR);
        fc.setLeft(0, -3, -1);
        fc.setRight(1, 12, 6);
        assertEquals(7, eval(fc, 14), EPS);
        assertEquals(-2, eval(fc, -6), EPS);
        // A vertical (zero-length) handle gives the end value.
        fc.setRight(1, 10, 8);
        assertEquals(5, eval(fc, 14));
    }

    @Test
    void extrapolationIsDecidedByTheEndKeysOwnInterpolation() {
        FCurve fc = TestCurves.curve(Interpolation.LINEAR, 0, 0, 10, 5);
        fc.setExtrapolation(Extrapolation.LINEAR);
        fc.setInterpolation(1, Interpolation.CONSTANT);
        assertEquals(5, eval(fc, 20), "last key CONSTANT: constant after");
        assertEquals(-2, eval(fc, -4), EPS, "first key LINEAR: linear before");
        assertEquals(2.5f, eval(fc, 5), EPS, "the segment itself uses the first key's interpolation");
    }

    @Test
    void singleLinearKeyExtrapolatesConstant() {
        FCurve fc = TestCurves.curve(Interpolation.LINEAR, 3, 7);
        fc.setExtrapolation(Extrapolation.LINEAR);
        assertEquals(7, eval(fc, -10));
        assertEquals(7, eval(fc, 10));
    }

    @Test
    void discreteCurvesNeverInterpolate() {
        FCurve fc = TestCurves.curve(Interpolation.LINEAR, 0, 0, 10, 5);
        fc.setDiscreteValues(true);
        fc.setExtrapolation(Extrapolation.LINEAR);
        assertEquals(0, eval(fc, 9));
        assertEquals(5, eval(fc, 20));
    }

    @Test
    void integerCurvesRoundHalfUp() {
        FCurve fc = TestCurves.curve(Interpolation.LINEAR, 0, 0, 10, 1);
        fc.setIntValues(true);
        assertEquals(0, eval(fc, 4));
        assertEquals(1, eval(fc, 5));
        assertEquals(1, eval(fc, 6));
    }

    @Test
    void keysWithinTheEvaluationThresholdAreHitExactly() {
        FCurve fc = TestCurves.curve(Interpolation.LINEAR, 0, 0, 10, 10, 20, 0);
        assertEquals(10, eval(fc, 10.00005f), "snaps to the key 0.00005 frames away");
        assertEquals(10 - 0.5f, eval(fc, 10.5f), EPS);
    }

    @Test
    void curveWithoutKeysIsZero() {
        assertEquals(0, eval(new FCurve("location", 0), 4));
    }

    private static FCurve cyclic(CyclesMode before, CyclesMode after) {
        FCurve fc = TestCurves.curve(Interpolation.LINEAR, 0, 0, 10, 10);
        fc.addModifier(new CyclesModifier().setModeBefore(before).setModeAfter(after));
        return fc;
    }

    @Test
    void cyclesRepeat() {
        FCurve fc = cyclic(CyclesMode.REPEAT, CyclesMode.REPEAT);
        assertEquals(5, eval(fc, 15), EPS);
        assertEquals(7, eval(fc, -3), EPS);
        assertEquals(10, eval(fc, 20), EPS, "a cycle boundary maps to the end key");
        assertEquals(0, eval(fc, -10), EPS, "before: a cycle boundary maps to the first key");
    }

    @Test
    void cyclesRepeatWithOffset() {
        FCurve fc = cyclic(CyclesMode.REPEAT_OFFSET, CyclesMode.REPEAT_OFFSET);
        assertEquals(15, eval(fc, 15), EPS);
        assertEquals(25, eval(fc, 25), EPS);
        assertEquals(-3, eval(fc, -3), EPS);
        assertEquals(-13, eval(fc, -13), EPS);
    }

    @Test
    void cyclesMirror() {
        FCurve fc = cyclic(CyclesMode.MIRROR, CyclesMode.MIRROR);
        assertEquals(7, eval(fc, 13), EPS);
        assertEquals(3, eval(fc, 23), EPS);
        assertEquals(0, eval(fc, 20), EPS);
        assertEquals(3, eval(fc, -3), EPS);
    }

    @Test
    void cyclesNoneOnOneSide() {
        FCurve fc = cyclic(CyclesMode.NONE, CyclesMode.REPEAT);
        assertEquals(0, eval(fc, -3), "no cycling before");
        assertEquals(5, eval(fc, 15), EPS);
    }

    @Test
    void cyclesCountLimitsRepetitions() {
        FCurve fc = cyclic(CyclesMode.REPEAT, CyclesMode.REPEAT);
        ((CyclesModifier) fc.modifiers().get(0)).setCyclesAfter(1);
        assertEquals(5, eval(fc, 15), EPS);
        assertEquals(10, eval(fc, 25), "beyond the count: plain extrapolation");
    }

    @Test
    void cyclesInfluenceBlendsTheTime() {
        FCurve fc = cyclic(CyclesMode.REPEAT, CyclesMode.REPEAT);
        fc.modifiers().get(0).setUseInfluence(true).setInfluence(0.5f);
        assertEquals(8, eval(fc, 13), EPS);
    }

    @Test
    void cyclesRestrictedRangeWithBlendIn() {
        FCurve fc = cyclic(CyclesMode.REPEAT, CyclesMode.REPEAT);
        fc.modifiers().get(0).setUseRestrictedRange(true).setFrameStart(10).setFrameEnd(12);
        assertEquals(1, eval(fc, 11), EPS);
        assertEquals(10, eval(fc, 13), "outside the range");
        fc.modifiers().get(0).setFrameEnd(20).setBlendIn(4);
        assertEquals(7, eval(fc, 12), EPS);
    }

    @Test
    void mutedOrNotFirstCyclesModifierIsIgnored() {
        FCurve fc = cyclic(CyclesMode.REPEAT, CyclesMode.REPEAT);
        fc.modifiers().get(0).setMute(true);
        assertEquals(10, eval(fc, 15));
        FCurve second = TestCurves.curve(Interpolation.LINEAR, 0, 0, 10, 10);
        second.addModifier(new GenericModifier("NOISE", Map.of()).setMute(true));
        second.addModifier(new CyclesModifier());
        assertEquals(10, eval(second, 15));
    }

    @Test
    void batchEqualsSingleEvaluation() {
        FCurve fc = cyclic(CyclesMode.MIRROR, CyclesMode.REPEAT_OFFSET);
        fc.setInterpolation(0, Interpolation.BEZIER);
        Handles.recalculate(fc);
        float[] frames = new float[200];
        float[] single = new float[200];
        for (int i = 0; i < frames.length; i++) {
            frames[i] = -37.25f + i * 0.61f;
            single[i] = eval(fc, frames[i]);
        }
        float[] out = new float[200];
        FCurveEvaluation.evaluate(fc, frames, out);
        assertArrayEquals(single, out);
        float[] part = new float[10];
        FCurveEvaluation.evaluate(fc, frames, 50, part, 0, 10);
        for (int i = 0; i < 10; i++) {
            assertEquals(single[50 + i], part[i]);
        }
        assertThrows(IndexOutOfBoundsException.class, () -> FCurveEvaluation.evaluate(fc, frames, 195, part, 0, 10));
    }

    @Test
    void cubicSolverFindsTheFirstRootInRange() {
        // x(s) = s: c0 = -x, c1 = 1 (linear case).
        assertEquals(0.25f, FCurveEvaluation.solveCubic(-0.25, 1, 0, 0), 1e-7f);
        // (s - 0.25)(s - 2)(s + 3): three real roots, one in range.
        assertEquals(0.25f, FCurveEvaluation.solveCubic(1.5, -6.25, 0.75, 1), 1e-6f);
        // No root in [0, 1]: s = 2.
        assertEquals(true, Float.isNaN(FCurveEvaluation.solveCubic(-2, 1, 0, 0)));
    }

    /** Blender's {@code solve_cubic} (cubic case) written literally: the divisions and exp(log(d) / 3). */
    private static float literalCubic(double c0, double c1, double c2, double c3) {
        double a = c2 / c3;
        double b = c1 / c3;
        double c = c0 / c3;
        a = a / 3;
        double p = b / 3 - a * a;
        double q = (2 * a * a * a - a * b + c) / 2;
        double d = q * q + p * p * p;
        if (d > 0.0) {
            double t = Math.sqrt(d);
            return (float) (cbrtLiteral(-q + t) + cbrtLiteral(-q - t) - a);
        }
        double phi = Math.acos(-q / Math.sqrt(-(p * p * p)));
        double t = Math.sqrt(-p);
        return (float) (2 * t * Math.cos(phi / 3) - a);
    }

    private static double cbrtLiteral(double d) {
        return d == 0 ? 0 : d < 0 ? -Math.exp(Math.log(-d) / 3.0) : Math.exp(Math.log(d) / 3.0);
    }

    @Test
    void cubicSolverAgreesWithBlendersLiteralArithmetic() {
        // Bézier x-cubics of corrected handles at random times in the segment: the root found with
        // one reciprocal and Math.cbrt is Blender's to within float rounding
        java.util.SplittableRandom r = new java.util.SplittableRandom(29);
        int compared = 0;
        for (int k = 0; k < 100_000; k++) {
            float q0 = (float) r.nextDouble(-100, 100);
            float q3 = q0 + (float) r.nextDouble(0.05, 50);
            float q1 = q0 + (float) r.nextDouble(0, 1) * (q3 - q0);
            float q2 = q3 - (float) r.nextDouble(0, 1) * (q3 - q0);
            float x = q0 + (float) r.nextDouble(0, 1) * (q3 - q0);
            double c0 = q0 - x;
            double c1 = 3.0f * (q1 - q0);
            double c2 = 3.0f * (q0 - 2.0f * q1 + q2);
            double c3 = q3 - q0 + 3.0f * (q1 - q2);
            if (c3 == 0.0) {
                continue;
            }
            float expected = literalCubic(c0, c1, c2, c3);
            float actual = FCurveEvaluation.solveCubic(c0, c1, c2, c3);
            if (expected >= -1e-10f && expected <= 1.000001f) {
                assertEquals(expected, actual, 2e-6f * Math.max(1, Math.abs(expected)), "x " + x + " of " + q0 + " "
                        + q1 + " " + q2 + " " + q3);
                compared++;
            }
        }
        assertTrue(compared > 50_000, "compared " + compared);
    }
}
