package org.dopesheet.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.dopesheet.anim.Handles;
import org.dopesheet.model.FCurve;

/**
 * Per-curve work of an operator spread over the processors across curves, where that is safe
 * and deterministic: the work on a curve reads shared data at most and changes that curve alone,
 * so the document comes out the same whatever the scheduling. The document's change tracker is
 * not thread-safe: the curves the work will change are recorded first, on the calling thread and
 * in list order (as a loop records them); the workers then only find their curve recorded.
 */
public final class CurveTasks {
    private CurveTasks() {
    }

    /**
     * Runs {@code work} on every curve of {@code curves}: in order on the calling thread, or, when
     * {@link Handles#parallel} says it is worth it, in parallel for the curves {@code changes}
     * accepts. {@code changes} must accept only curves that {@code work} records as changed anyway
     * (it writes to them, even a value equal to the stored one); those are recorded first, and
     * every other curve's work runs right then on the calling thread, all in list order, so the
     * records come in the loop's order.
     */
    public static void forEach(List<FCurve> curves, Predicate<FCurve> changes, Consumer<FCurve> work) {
        if (!Handles.parallel(curves)) {
            for (FCurve c : curves) {
                work.accept(c);
            }
            return;
        }
        List<FCurve> changing = new ArrayList<>(curves.size());
        for (FCurve c : curves) {
            if (changes.test(c)) {
                c.touch();
                changing.add(c);
            } else {
                work.accept(c);
            }
        }
        IntStream.range(0, changing.size()).parallel().forEach(i -> work.accept(changing.get(i)));
    }
}
