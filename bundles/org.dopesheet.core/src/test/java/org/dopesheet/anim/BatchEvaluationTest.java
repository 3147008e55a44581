package org.dopesheet.anim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.dopesheet.model.Extrapolation;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.HandleType;
import org.dopesheet.model.Interpolation;
import org.junit.jupiter.api.Test;

/**
 * Batch evaluation along ascending frames (the key cursor) gives bit-identical values to
 * evaluating frame by frame, on curves of every interpolation with frames on, near (within the
 * 0.0001 search threshold) and between keys, before and after them.
 */
class BatchEvaluationTest {

    @Test
    void batchEqualsOneByOne() {
        SplittableRandom r = new SplittableRandom(99);
        Interpolation[] ipos = Interpolation.values();
        HandleType[] types = HandleType.values();
        for (int round = 0; round < 400; round++) {
            FCurve c = new FCurve("location", 0);
            int n = r.nextInt(30);
            float x = (float) r.nextDouble(-20, 20);
            for (int i = 0; i < n; i++) {
                x += r.nextInt(4) == 0 ? 0.0003f : (float) r.nextDouble(0.001, 3);
                int k = c.addKey(x, (float) r.nextDouble(-5, 5));
                c.setInterpolation(k, r.nextBoolean() ? Interpolation.BEZIER : ipos[r.nextInt(ipos.length)]);
                c.setHandleLeft(k, types[r.nextInt(types.length)]);
                c.setHandleRight(k, types[r.nextInt(types.length)]);
            }
            c.setExtrapolation(r.nextBoolean() ? Extrapolation.LINEAR : Extrapolation.CONSTANT);
            c.setIntValues(r.nextInt(5) == 0);
            Handles.recalculate(c);
            float[] frames = new float[16 + r.nextInt(200)];
            for (int i = 0; i < frames.length; i++) {
                if (n > 0 && r.nextInt(3) == 0) {
                    frames[i] = c.x(r.nextInt(n)) + (float) r.nextDouble(-0.00015, 0.00015) * r.nextInt(2);
                } else {
                    frames[i] = (float) r.nextDouble(-25, x + 5);
                }
            }
            Arrays.sort(frames);
            float[] batch = new float[frames.length];
            FCurveEvaluation.evaluate(c, frames, batch);
            for (int i = 0; i < frames.length; i++) {
                assertEquals(Float.floatToRawIntBits(FCurveEvaluation.evaluate(c, frames[i])),
                        Float.floatToRawIntBits(batch[i]), "round " + round + " frame " + frames[i]);
            }
        }
    }
}
