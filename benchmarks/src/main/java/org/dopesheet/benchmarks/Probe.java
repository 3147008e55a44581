package org.dopesheet.benchmarks;

import java.util.ArrayList;
import java.util.List;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.UndoHistory;

/**
 * A quick look without JMH: each operator of {@link BenchOp} called a few times on one document
 * size, with wall-clock times of the call and of its undo. For orientation and profiling (e.g.
 * under JFR); the figures of BENCHMARKS.md come from the JMH benchmarks.
 * <p>
 * {@code java -cp benchmarks/target/benchmarks.jar org.dopesheet.benchmarks.Probe SIZE [REPEATS [OP...]]}
 */
public final class Probe {
    private Probe() {
    }

    public static void main(String[] args) {
        String size = args.length > 0 ? args[0] : "100x1000";
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<BenchOp> ops = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            ops.add(BenchOp.valueOf(args[i].toUpperCase()));
        }
        if (ops.isEmpty()) {
            ops.addAll(List.of(BenchOp.values()));
        }
        long t0 = System.nanoTime();
        BenchDocument d = BenchDocument.create(size);
        System.out.printf("%s: built in %.1f ms%n", size, (System.nanoTime() - t0) / 1e6);
        UndoHistory undo = d.standalone.undoHistory();
        for (BenchOp op : ops) {
            StringBuilder line = new StringBuilder(String.format("%-30s", op.label()));
            double[] calls = new double[repeats];
            double[] undos = new double[repeats];
            for (int r = 0; r < repeats; r++) {
                op.prepare(d);
                int before = undo.position(d.doc);
                long s = System.nanoTime();
                OperatorResult res = (OperatorResult) op.run(d);
                long e = System.nanoTime();
                long keysAfter = d.doc.keyCount();
                long u = 0;
                if (undo.position(d.doc) > before) {
                    long us = System.nanoTime();
                    undo.undo(d.doc);
                    u = System.nanoTime() - us;
                }
                op.unprepare(d);
                calls[r] = (e - s) / 1e6;
                undos[r] = u / 1e6;
                if (r == 0) {
                    line.append(String.format(" %s, %d keys after;", res, keysAfter));
                }
            }
            java.util.Arrays.sort(calls);
            java.util.Arrays.sort(undos);
            line.append(String.format(" call min %.2f median %.2f ms; undo min %.2f median %.2f ms", calls[0],
                    calls[repeats / 2], undos[0], undos[repeats / 2]));
            System.out.println(line);
        }
    }
}
