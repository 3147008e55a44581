package org.dopesheet.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dopesheet.operator.Registries;
import org.junit.jupiter.api.Test;

/**
 * Runs every vector with only the harness pseudo-operators registered (outside OSGi): the
 * vectors made of harness operations alone (F-Curve evaluation, update, insertion, frame and
 * property changes) must all pass; the others are skipped.
 */
class HarnessConformanceTest {

    @Test
    void harnessOnlyVectorsPass() throws Exception {
        Registries.Standalone s = Registries.create().register(ConformanceVectors.harnessOperators());
        ConformanceSummary summary = new ConformanceRunner(s.registry()).run(Vectors.dir(), null);
        System.out.println(summary.report());
        List<String> failures = summary.results().stream().filter(r -> r.status() == VectorResult.Status.FAILED)
                .map(r -> r.name() + ": " + r.message()).toList();
        assertEquals(List.of(), failures);
        long runnable = 0;
        for (java.nio.file.Path f : Vectors.files()) {
            List<?> ops = (List<?>) Vectors.read(f).get("ops");
            if (ops.stream().allMatch(o -> s.registry().operator((String) ((java.util.Map<?, ?>) o).get("id")).isPresent())) {
                runnable++;
            }
        }
        assertTrue(runnable > 0);
        assertEquals(runnable, summary.passed(), summary.closingLine());
    }
}
