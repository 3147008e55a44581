package org.dopesheet.ops.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dopesheet.conformance.ConformanceRunner;
import org.dopesheet.conformance.ConformanceVectors;
import org.dopesheet.conformance.ConformanceSummary;
import org.dopesheet.conformance.VectorResult;
import org.dopesheet.ops.edit.DuplicateOperator;
import org.dopesheet.operator.Registries;
import org.junit.jupiter.api.Test;

/** Every snap and mirror vector passes (with action.duplicate for the sequences that duplicate first). */
class TransformConformanceTest {

    @Test
    void snapAndMirrorVectorsPass() throws Exception {
        Registries.Standalone s = Registries.create().register(new SnapOperator(), new MirrorOperator(),
                new TransformOperator(), new DuplicateMoveOperator(), new DuplicateOperator()).register(ConformanceVectors.harnessOperators());
        ConformanceSummary summary = new ConformanceRunner(s.registry(), s.clipboard()).run(ConformanceVectors.directory(), null);
        System.out.println(summary.report());
        List<String> failures = summary.results().stream().filter(r -> r.status() == VectorResult.Status.FAILED)
                .map(r -> r.name() + ": " + r.message()).toList();
        assertEquals(List.of(), failures);
        long snapMirror = summary.results().stream()
                .filter(r -> r.operator().equals("action.snap") || r.operator().equals("action.mirror"))
                .filter(r -> r.status() == VectorResult.Status.PASSED).count();
        // nine vectors are filed under snap or mirror and need no other family
        assertTrue(snapMirror >= 9, summary.closingLine());
    }
}
