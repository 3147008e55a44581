package org.dopesheet.benchmarks;

import java.util.concurrent.TimeUnit;
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
 * {@code UndoHistory.undo} of the step one operator call of {@link OperatorBenchmark} recorded
 * (the call itself is untimed, before each undo). Copy changes nothing and has no step.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+UseParallelGC"})
public class UndoBenchmark {
    @Param({"100x1000", "1000x1000", "100x10000"})
    public String size;

    @Param({"SELECT_ALL_TOGGLE", "SELECT_ALL_SELECT", "CLEAN", "PASTE", "SNAP", "MIRROR", "INTERPOLATION_TYPE",
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
    public void callOperator() {
        operation.prepare(d);
        stepsBefore = undo.position(d.doc);
        operation.run(d);
        if (undo.position(d.doc) != stepsBefore + 1) {
            throw new IllegalStateException(operation + " recorded no undo step");
        }
    }

    @Benchmark
    public boolean undo() {
        return undo.undo(d.doc);
    }

    @TearDown(Level.Iteration)
    public void check() {
        operation.unprepare(d);
        if (d.doc.keyCount() != d.totalKeys()) {
            throw new IllegalStateException("undo did not restore the document: " + d.doc.keyCount() + " keys");
        }
    }
}
