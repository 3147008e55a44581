package org.dopesheet.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dopesheet.anim.FCurveEvaluation;
import org.dopesheet.model.FCurve;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Blender's "evaluate every F-Curve at every frame": every curve of the benchmark document
 * evaluated (batch, one thread) at every whole frame of its key range, 1 .. 2 keys - 1. One
 * operation is {@code curves x (2 keys - 1)} samples.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+UseParallelGC"})
public class EvaluateDocumentBenchmark {
    @Param({"100x1000", "1000x1000", "100x10000"})
    public String size;

    List<FCurve> curves;
    float[] frames;
    float[] out;

    @Setup
    public void setup() {
        int[] ck = BenchDocument.parseSize(size);
        curves = BenchDocument.build("eval", ck[0], ck[1]).actions().get(0).fcurves();
        frames = frames(ck[1]);
        out = new float[frames.length];
    }

    /** Frames 1 .. 2 keys - 1. */
    static float[] frames(int keys) {
        float[] f = new float[2 * keys - 1];
        for (int i = 0; i < f.length; i++) {
            f[i] = 1 + i;
        }
        return f;
    }

    @Benchmark
    public void evaluateEveryCurveEveryFrame(Blackhole bh) {
        for (FCurve fc : curves) {
            FCurveEvaluation.evaluate(fc, frames, out);
            bh.consume(out);
        }
    }
}
