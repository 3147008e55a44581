package org.dopesheet.anim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dopesheet.model.FCurve;
import org.dopesheet.model.Interpolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The easing equations of spec 4.13 and the easing-mode selection of spec 4.11. */
class EasingTest {
    private static final float EPS = 1e-6f;

    @Test
    void polynomialEasingsAtHalfTime() {
        assertEquals(0.25f, Easing.quadIn(0.5f, 0, 1, 1), EPS);
        assertEquals(0.75f, Easing.quadOut(0.5f, 0, 1, 1), EPS);
        assertEquals(0.5f, Easing.quadInOut(0.5f, 0, 1, 1), EPS);
        assertEquals(0.125f, Easing.quadInOut(0.25f, 0, 1, 1), EPS);
        assertEquals(0.125f, Easing.cubicIn(0.5f, 0, 1, 1), EPS);
        assertEquals(0.875f, Easing.cubicOut(0.5f, 0, 1, 1), EPS);
        assertEquals(0.0625f, Easing.cubicInOut(0.25f, 0, 1, 1), EPS);
        assertEquals(0.0625f, Easing.quartIn(0.5f, 0, 1, 1), EPS);
        assertEquals(0.9375f, Easing.quartOut(0.5f, 0, 1, 1), EPS);
        assertEquals(0.96875f, Easing.quartInOut(0.75f, 0, 1, 1), EPS);
        assertEquals(0.03125f, Easing.quintIn(0.5f, 0, 1, 1), EPS);
        assertEquals(0.96875f, Easing.quintOut(0.5f, 0, 1, 1), EPS);
        assertEquals(0.984375f, Easing.quintInOut(0.75f, 0, 1, 1), EPS);
        assertEquals(2.5f, Easing.linear(1.5f, 1, 3, 3), EPS);
    }

    @Test
    void beginValueChangeAndDurationAreApplied() {
        // Value 10 -> 14 over 8 frames, 2 frames in: u = 0.25.
        assertEquals(10 + 4 * 0.0625f, Easing.quadIn(2, 10, 4, 8), EPS);
        assertEquals(10 - 4 * 0.25f * (0.25f - 2), Easing.quadOut(2, 10, 4, 8), EPS);
    }

    @Test
    void sineAndCircle() {
        assertEquals(1 - (float) Math.cos(Math.PI / 4), Easing.sineIn(0.5f, 0, 1, 1), EPS);
        assertEquals((float) Math.sin(Math.PI / 4), Easing.sineOut(0.5f, 0, 1, 1), EPS);
        assertEquals(0.5f, Easing.sineInOut(0.5f, 0, 1, 1), EPS);
        assertEquals(1 - (float) Math.sqrt(0.75), Easing.circIn(0.5f, 0, 1, 1), EPS);
        assertEquals((float) Math.sqrt(0.75), Easing.circOut(0.5f, 0, 1, 1), EPS);
        assertEquals(0.5f, Easing.circInOut(0.5f, 0, 1, 1), EPS);
    }

    @Test
    void expoIsNormalisedToHitBothEnds() {
        assertEquals(0f, Easing.expoIn(0, 0, 1, 1));
        assertEquals(1f, Easing.expoIn(1, 0, 1, 1), EPS);
        assertEquals(0f, Easing.expoOut(0, 0, 1, 1));
        assertEquals(1f, Easing.expoOut(1, 0, 1, 1), EPS);
        assertEquals(0.5f, Easing.expoInOut(0.5f, 0, 1, 1), EPS);
        assertEquals(1f, Easing.expoInOut(1, 0, 1, 1), EPS);
        float m = 0.0009765625f;
        assertEquals((float) ((Math.pow(2, -5) - m) / (1 - m)), Easing.expoIn(0.5f, 0, 1, 1), EPS);
    }

    @Test
    void backOvershoots() {
        float o = 1.70158f;
        assertEquals(0.25f * ((o + 1) * 0.5f - o), Easing.backIn(0.5f, 0, 1, 1, o), EPS);
        assertTrue(Easing.backIn(0.2f, 0, 1, 1, o) < 0, "ease-in dips below the start");
        assertTrue(Easing.backOut(0.8f, 0, 1, 1, o) > 1, "ease-out overshoots the end");
        assertEquals(1f, Easing.backOut(1, 0, 1, 1, o), EPS);
        assertEquals(0.5f, Easing.backInOut(0.5f, 0, 1, 1, o), EPS);
        assertEquals(Easing.cubicIn(0.5f, 0, 1, 1), Easing.backIn(0.5f, 0, 1, 1, 0), EPS);
    }

    @Test
    void bounce() {
        assertEquals(7.5625f * 0.3f * 0.3f, Easing.bounceOut(0.3f, 0, 1, 1), EPS);
        assertEquals(1f, Easing.bounceOut(1, 0, 1, 1), EPS);
        assertEquals(0f, Easing.bounceIn(0, 0, 1, 1), EPS);
        assertEquals(1f - Easing.bounceOut(0.7f, 0, 1, 1), Easing.bounceIn(0.3f, 0, 1, 1), EPS);
        assertEquals(0.5f, Easing.bounceInOut(0.5f, 0, 1, 1), EPS);
    }

    @Test
    void elasticEndsExactlyAndBlendsSmallAmplitudes() {
        assertEquals(3f, Easing.elasticIn(0, 3, 2, 10, 0.8f, 4.1f));
        assertEquals(5f, Easing.elasticIn(10, 3, 2, 10, 0.8f, 4.1f));
        assertEquals(5f, Easing.elasticOut(10, 3, 2, 10, 0.8f, 4.1f));
        assertEquals(5f, Easing.elasticInOut(10, 3, 2, 10, 0.8f, 4.1f));
        // Amplitude >= |change|: s = p/(2π)·asin(c/a); out at t=d/2: u=-0.5.
        float c = 1;
        float a = 2;
        float p = 0.3f;
        float s = (float) (p / (2 * Math.PI) * Math.asin(c / a));
        float expected = (float) (a * Math.pow(2, -5) * Math.sin((-0.5f - s) * 2 * Math.PI / p)) + c;
        assertEquals(expected, Easing.elasticOut(0.5f, 0, c, 1, a, p), 1e-5f);
        // Amplitude below |change|: the oscillation is scaled down by a/|c| (blended near the key).
        float big = Easing.elasticOut(0.5f, 0, 1, 1, 2, 0.3f) - 1;
        float small = Easing.elasticOut(0.5f, 0, 1, 1, 0.5f, 0.3f) - 1;
        assertTrue(Math.abs(small) < Math.abs(big) + 1e-3f);
        // Period 0 means 0.3·duration.
        assertEquals(Easing.elasticIn(0.4f, 0, 1, 1, 2, 0.3f), Easing.elasticIn(0.4f, 0, 1, 1, 2, 0), EPS);
    }

    /** AUTO easing is ease-out for BACK, BOUNCE and ELASTIC and ease-in for the others. */
    @ParameterizedTest
    @EnumSource(value = Interpolation.class, names = {"CONSTANT", "LINEAR", "BEZIER"}, mode = EnumSource.Mode.EXCLUDE)
    void easingModesThroughTheCurve(Interpolation ipo) {
        for (org.dopesheet.model.Easing mode : org.dopesheet.model.Easing.values()) {
            FCurve fc = TestCurves.curve(ipo, 0, 2, 10, 6);
            fc.setEasing(0, mode);
            fc.setBack(0, 1.2f);
            fc.setAmplitude(0, 0.5f);
            fc.setPeriod(0, 3f);
            float got = FCurveEvaluation.evaluate(fc, 3);
            org.dopesheet.model.Easing effective = mode;
            if (mode == org.dopesheet.model.Easing.AUTO) {
                boolean dynamic = ipo == Interpolation.BACK || ipo == Interpolation.BOUNCE || ipo == Interpolation.ELASTIC;
                effective = dynamic ? org.dopesheet.model.Easing.EASE_OUT : org.dopesheet.model.Easing.EASE_IN;
            }
            assertEquals(direct(ipo, effective, 3, 2, 4, 10, 1.2f, 0.5f, 3f), got, 1e-6f, ipo + " " + mode);
        }
    }

    private static float direct(Interpolation ipo, org.dopesheet.model.Easing e, float t, float b, float c, float d,
            float back, float amp, float per) {
        boolean in = e == org.dopesheet.model.Easing.EASE_IN;
        boolean out = e == org.dopesheet.model.Easing.EASE_OUT;
        switch (ipo) {
            case BACK:
                return in ? Easing.backIn(t, b, c, d, back) : out ? Easing.backOut(t, b, c, d, back)
                        : Easing.backInOut(t, b, c, d, back);
            case BOUNCE:
                return in ? Easing.bounceIn(t, b, c, d) : out ? Easing.bounceOut(t, b, c, d) : Easing.bounceInOut(t, b, c, d);
            case ELASTIC:
                return in ? Easing.elasticIn(t, b, c, d, amp, per) : out ? Easing.elasticOut(t, b, c, d, amp, per)
                        : Easing.elasticInOut(t, b, c, d, amp, per);
            case CIRC:
                return in ? Easing.circIn(t, b, c, d) : out ? Easing.circOut(t, b, c, d) : Easing.circInOut(t, b, c, d);
            case CUBIC:
                return in ? Easing.cubicIn(t, b, c, d) : out ? Easing.cubicOut(t, b, c, d) : Easing.cubicInOut(t, b, c, d);
            case EXPO:
                return in ? Easing.expoIn(t, b, c, d) : out ? Easing.expoOut(t, b, c, d) : Easing.expoInOut(t, b, c, d);
            case QUAD:
                return in ? Easing.quadIn(t, b, c, d) : out ? Easing.quadOut(t, b, c, d) : Easing.quadInOut(t, b, c, d);
            case QUART:
                return in ? Easing.quartIn(t, b, c, d) : out ? Easing.quartOut(t, b, c, d) : Easing.quartInOut(t, b, c, d);
            case QUINT:
                return in ? Easing.quintIn(t, b, c, d) : out ? Easing.quintOut(t, b, c, d) : Easing.quintInOut(t, b, c, d);
            case SINE:
                return in ? Easing.sineIn(t, b, c, d) : out ? Easing.sineOut(t, b, c, d) : Easing.sineInOut(t, b, c, d);
            default:
                throw new AssertionError(ipo);
        }
    }
}
