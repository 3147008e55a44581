package org.dopesheet.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.dopesheet.anim.Handles;
import org.dopesheet.model.AutoSmoothing;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.HandleType;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@link Handles#recalculate(FCurve)} of one curve of 1,000,000 keys. With AUTO handles and
 * Continuous Acceleration smoothing the whole curve is one tridiagonal system; AUTO_CLAMPED
 * locks every extreme and splits it into many small systems; NONE is the local formula only.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HandlesBenchmark {
    static final int KEYS = 1_000_000;

    @Param({"AUTO:CONT_ACCEL", "AUTO_CLAMPED:CONT_ACCEL", "AUTO_CLAMPED:NONE"})
    public String setup;

    FCurve curve;

    @Setup
    public void setup() {
        String[] parts = setup.split(":");
        HandleType type = HandleType.valueOf(parts[0]);
        SplittableRandom random = new SplittableRandom(7);
        curve = new FCurve("location", 0);
        curve.setAutoSmoothing(AutoSmoothing.valueOf(parts[1]));
        curve.ensureCapacity(KEYS);
        for (int k = 0; k < KEYS; k++) {
            int i = curve.addKey(k, (float) (Math.sin(k * 0.01) * 5 + random.nextDouble(-0.5, 0.5)));
            curve.setHandleLeft(i, type);
            curve.setHandleRight(i, type);
        }
    }

    @Benchmark
    public FCurve recalculateMillionKeys() {
        Handles.recalculate(curve);
        return curve;
    }
}
