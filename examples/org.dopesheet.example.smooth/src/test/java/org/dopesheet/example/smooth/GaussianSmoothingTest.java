package org.dopesheet.example.smooth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dopesheet.example.smooth.GaussianSmoothing.Segment;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.Interpolation;
import org.junit.jupiter.api.Test;

class GaussianSmoothingTest {

    @Test
    void kernel__isNormalisedDecreasingAndFollowsTheGaussian() {
        double[] k = GaussianSmoothing.kernel(0.33f, 7);
        double sum = k[0];
        for (int i = 1; i < k.length; i++) {
            sum += 2 * k[i];
            assertTrue(k[i] < k[i - 1], "weight " + i + " smaller than weight " + (i - 1));
        }
        assertEquals(1.0, sum, 1e-12);
        // exp(-(i/6)^2 / (2 sigma^2)) relative to the centre
        double sigma = 0.33f;
        for (int i = 1; i < k.length; i++) {
            double x = i / 6.0;
            assertEquals(Math.exp(-x * x / (2 * sigma * sigma)), k[i] / k[0], 1e-12, "ratio of weight " + i);
        }
    }

    @Test
    void kernel__rejectsAZeroSigmaAndASingleWeight() {
        assertThrows(IllegalArgumentException.class, () -> GaussianSmoothing.kernel(0f, 3));
        assertThrows(IllegalArgumentException.class, () -> GaussianSmoothing.kernel(1f, 1));
    }

    @Test
    void segments__areRunsOfKeysWithSelectedControlPoints() {
        FCurve c = curve(0, 0, 0, 0, 0, 0, 0, 0);
        select(c, "01101110");
        c.setSelection(0, true, false, true); // handles only: not part of a segment
        assertEquals(List.of(new Segment(1, 2), new Segment(4, 3)), GaussianSmoothing.segments(c));
        select(c, "11111111");
        assertEquals(List.of(new Segment(0, 8)), GaussianSmoothing.segments(c));
        select(c, "00000000");
        assertEquals(List.of(), GaussianSmoothing.segments(c));
    }

    @Test
    void smooth__replacesEachSelectedValueByTheWeightedAverageOfItsNeighbourhood() {
        // linear keys on every frame: the samples are the key values; constant extrapolation past the ends
        float[] values = {0, 0, 0, 4, 10, 4, 0, 0, 0, 0};
        FCurve c = curve(values);
        select(c, "0011111000");
        int width = 3;
        double[] k = GaussianSmoothing.kernel(0.5f, width + 1);
        assertEquals(5, GaussianSmoothing.smooth(c, 1f, k, width));
        // segments are sampled before any of their keys moves, so every key sees the original values
        for (int i = 0; i < values.length; i++) {
            float expected = values[i];
            if (i >= 2 && i <= 6) {
                double sum = values[i] * k[0];
                for (int j = 1; j <= width; j++) {
                    sum += (values[clamp(i + j, values.length)] + values[clamp(i - j, values.length)]) * k[j];
                }
                expected = (float) sum;
            }
            assertEquals(expected, c.y(i), 1e-5f, "key " + i);
        }
        assertTrue(c.y(4) < 10f && c.y(2) > 0f, "the peak is lowered and its foot raised");
    }

    @Test
    void smooth__keepsFlatAndStraightCurvesAsTheyAre() {
        FCurve flat = curve(3, 3, 3, 3, 3, 3);
        select(flat, "111111");
        GaussianSmoothing.smooth(flat, 1f, GaussianSmoothing.kernel(0.33f, 7), 6);
        for (int i = 0; i < flat.size(); i++) {
            assertEquals(3f, flat.y(i), 1e-6f);
        }
        // a straight line keeps its interior values (the kernel is symmetric)
        FCurve line = curve(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        select(line, "00001110000");
        GaussianSmoothing.smooth(line, 1f, GaussianSmoothing.kernel(0.33f, 4), 3);
        assertEquals(4f, line.y(4), 1e-5f);
        assertEquals(5f, line.y(5), 1e-5f);
        assertEquals(6f, line.y(6), 1e-5f);
    }

    @Test
    void smooth__blendsByFactorAndMovesHandlesWithTheKey() {
        float[] values = {0, 0, 10, 0, 0};
        FCurve c = curve(values);
        select(c, "00100");
        c.setLeft(2, 1.5f, 9f);
        c.setRight(2, 2.5f, 12f);
        double[] k = GaussianSmoothing.kernel(1f, 3);
        double full = 10 * k[0];
        float expected = (float) (0.25 * full + 0.75 * 10);
        GaussianSmoothing.smooth(c, 0.25f, k, 2);
        assertEquals(expected, c.y(2), 1e-5f);
        float delta = c.y(2) - 10f;
        assertEquals(9f + delta, c.leftY(2), 1e-5f);
        assertEquals(12f + delta, c.rightY(2), 1e-5f);
        assertEquals(1.5f, c.leftX(2));
        assertEquals(2.5f, c.rightX(2));

        FCurve unchanged = curve(values);
        select(unchanged, "00100");
        GaussianSmoothing.smooth(unchanged, 0f, k, 2);
        assertArrayEquals(values, ys(unchanged));
    }

    @Test
    void smooth__samplesALaterSegmentAfterAnEarlierOneWasSmoothed() {
        float[] values = {0, 10, 0, 10, 0};
        FCurve c = curve(values);
        select(c, "01010");
        double[] k = GaussianSmoothing.kernel(1f, 3);
        GaussianSmoothing.smooth(c, 1f, k, 2);
        float first = (float) (10 * k[0] + 10 * k[2]); // frame 1: neighbours 0 (0, 2), 10 at 3, 0 at -1 (clamped to key 0)
        assertEquals(first, c.y(1), 1e-5f);
        // key 3 sees the new value of key 1 two frames away
        float second = (float) (10 * k[0] + first * k[2] + 0 * k[2]);
        assertEquals(second, c.y(3), 1e-5f);
    }

    private static int clamp(int i, int n) {
        return Math.max(0, Math.min(n - 1, i));
    }

    /** Keys at frames 0, 1, 2, ... with these values, LINEAR interpolation, none selected. */
    static FCurve curve(float... values) {
        FCurve c = new FCurve("location", 0);
        for (int i = 0; i < values.length; i++) {
            c.addKey(i, values[i]);
            c.setInterpolation(i, Interpolation.LINEAR);
            c.setSelected(i, false);
        }
        return c;
    }

    static void select(FCurve c, String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            c.setSelected(i, pattern.charAt(i) == '1');
        }
    }

    static float[] ys(FCurve c) {
        float[] y = new float[c.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = c.y(i);
        }
        return y;
    }
}
