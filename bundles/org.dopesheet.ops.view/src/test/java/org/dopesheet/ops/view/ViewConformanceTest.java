package org.dopesheet.ops.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dopesheet.conformance.ConformanceRunner;
import org.dopesheet.conformance.ConformanceVectors;
import org.dopesheet.conformance.ConformanceSummary;
import org.dopesheet.conformance.VectorResult;
import org.dopesheet.operator.Registries;
import org.junit.jupiter.api.Test;

/** Every vector whose operators are the view family's (and harness operations) passes. */
class ViewConformanceTest {

    @Test
    void viewVectorsPass() throws Exception {
        Registries.Standalone s = Registries.create().register(new ViewAllOperator(), new ViewSelectedOperator(),
                new ViewFrameOperator(), new PreviewRangeSetOperator(), new FrameJumpOperator()).register(ConformanceVectors.harnessOperators());
        ConformanceSummary summary = new ConformanceRunner(s.registry(), s.clipboard()).run(ConformanceVectors.directory(), null);
        System.out.println(summary.report());
        List<String> failures = summary.results().stream().filter(r -> r.status() == VectorResult.Status.FAILED)
                .map(r -> r.name() + ": " + r.message()).toList();
        assertEquals(List.of(), failures);
        long ours = summary.results().stream().filter(r -> r.operator().startsWith("action.view_")
                || r.operator().equals("action.frame_jump") || r.operator().equals("action.previewrange_set"))
                .filter(r -> r.status() == VectorResult.Status.PASSED).count();
        // 18 vectors exercise these operators; two also need operators of other families
        assertTrue(ours >= 16, summary.closingLine());
    }
}
