package org.dopesheet.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.dopesheet.anim.FCurveEvaluation;
import org.dopesheet.anim.Handles;
import org.dopesheet.model.AutoSmoothing;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.Interpolation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Batch evaluation ({@link FCurveEvaluation#evaluate(FCurve, float[], float[])}) of 1,000
 * curves of 1,000 keys each at every frame of their range: one operation is 1,000 × 1,000
 * samples. Keys are one frame apart, half-way between frames (so every sample interpolates a
 * segment), with random values; the interpolation mix is selectable.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EvaluateBenchmark {
    static final int CURVES = 1_000;
    static final int KEYS = 1_000;

    /** BEZIER: Bézier segments with auto-clamped, continuously smoothed handles; MIXED: all 13 interpolations. */
    @Param({"BEZIER", "MIXED"})
    public String interpolation;

    FCurve[] curves;
    float[] frames;
    float[] out;

    @Setup
    public void setup() {
        SplittableRandom random = new SplittableRandom(42);
        Interpolation[] all = Interpolation.values();
        curves = new FCurve[CURVES];
        for (int c = 0; c < CURVES; c++) {
            FCurve fc = new FCurve("location", c % 3);
            fc.setAutoSmoothing(AutoSmoothing.CONT_ACCEL);
            fc.ensureCapacity(KEYS);
            for (int k = 0; k < KEYS; k++) {
                int i = fc.addKey(0.5f + k, (float) random.nextDouble(-10, 10));
                if (interpolation.equals("MIXED")) {
                    fc.setInterpolation(i, all[random.nextInt(all.length)]);
                }
            }
            Handles.recalculate(fc);
            curves[c] = fc;
        }
        frames = new float[KEYS];
        for (int f = 0; f < KEYS; f++) {
            frames[f] = 1 + f;
        }
        out = new float[KEYS];
    }

    @Benchmark
    public void evaluateAllCurvesEveryFrame(Blackhole bh) {
        for (FCurve fc : curves) {
            FCurveEvaluation.evaluate(fc, frames, out);
            bh.consume(out);
        }
    }
}
