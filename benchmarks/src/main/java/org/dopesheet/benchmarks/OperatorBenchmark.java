package org.dopesheet.benchmarks;

import java.util.concurrent.TimeUnit;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.UndoHistory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One operator call of Blender's benchmark run through the {@code OperatorRegistry}, undo
 * recording on, on the documents of {@link BenchDocument}. Each measured call starts from the
 * generated document: the step it recorded is undone after it (untimed). Single-shot: one call
 * per iteration (the slow rows take seconds before the fixes).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+UseParallelGC"})
public class OperatorBenchmark {
    @Param({"100x1000", "1000x1000", "100x10000"})
    public String size;

    @Param({"SELECT_ALL_TOGGLE", "SELECT_ALL_SELECT", "CLEAN", "COPY", "PASTE", "SNAP", "MIRROR", "INTERPOLATION_TYPE",
        "HANDLE_TYPE", "DELETE", "DUPLICATE", "BAKE_KEYS"})
    public String op;

    BenchDocument d;
    BenchOp operation;
    UndoHistory undo;
    int stepsBefore;

    @Setup(Level.Trial)
    public void build() {
        d = BenchDocument.create(size);
        operation = BenchOp.valueOf(op);
        undo = d.standalone.undoHistory();
    }

    @Setup(Level.Iteration)
    public void prepare() {
        operation.prepare(d);
        stepsBefore = undo.position(d.doc);
    }

    @Benchmark
    public Object invoke() {
        return operation.run(d);
    }

    @TearDown(Level.Iteration)
    public void restore() {
        if (undo.position(d.doc) > stepsBefore) {
            undo.undo(d.doc);
        }
        operation.unprepare(d);
        if (d.doc.keyCount() != d.totalKeys()) {
            throw new IllegalStateException("the document was not restored: " + d.doc.keyCount() + " keys");
        }
    }

    /** Runs one call outside JMH and returns its result (for checks). */
    static OperatorResult once(BenchDocument d, BenchOp op) {
        op.prepare(d);
        try {
            return (OperatorResult) op.run(d);
        } finally {
            op.unprepare(d);
        }
    }
}
