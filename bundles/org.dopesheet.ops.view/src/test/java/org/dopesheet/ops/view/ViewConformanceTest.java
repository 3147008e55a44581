package org.dopesheet.ops.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dopesheet.conformance.ConformanceRunner;
import org.dopesheet.conformance.ConformanceSummary;
import org.dopesheet.conformance.VectorResult;
import org.dopesheet.conformance.internal.EvaluateOperator;
import org.dopesheet.conformance.internal.InsertOperator;
import org.dopesheet.conformance.internal.SetActiveObjectOperator;
import org.dopesheet.conformance.internal.SetFrameOperator;
import org.dopesheet.conformance.internal.SetPropertyOperator;
import org.dopesheet.conformance.internal.UpdateOperator;
import org.dopesheet.operator.Registries;
import org.junit.jupiter.api.Test;

/** Every vector whose operators are the view family's (and harness operations) passes. */
class ViewConformanceTest {

    static Path vectors() {
        String p = System.getProperty("dopesheet.conformance.dir");
        if (p != null && Files.isDirectory(Path.of(p))) {
            return Path.of(p);
        }
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path c = d.resolve("../shared/conformance/vectors").normalize();
            if (Files.isDirectory(c)) {
                return c;
            }
        }
        throw new IllegalStateException("conformance vectors not found beside the project");
    }

    @Test
    void viewVectorsPass() throws Exception {
        Registries.Standalone s = Registries.create().register(new ViewAllOperator(), new ViewSelectedOperator(),
                new ViewFrameOperator(), new PreviewRangeSetOperator(), new FrameJumpOperator(), new SetFrameOperator(),
                new SetActiveObjectOperator(), new SetPropertyOperator(), new EvaluateOperator(), new UpdateOperator(),
                new InsertOperator());
        ConformanceSummary summary = new ConformanceRunner(s.registry(), s.clipboard()).run(vectors(), null);
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
