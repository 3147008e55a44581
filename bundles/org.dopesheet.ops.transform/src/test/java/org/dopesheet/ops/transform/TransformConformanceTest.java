package org.dopesheet.ops.transform;

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
import org.dopesheet.ops.edit.DuplicateOperator;
import org.dopesheet.operator.Registries;
import org.junit.jupiter.api.Test;

/** Every snap and mirror vector passes (with action.duplicate for the sequences that duplicate first). */
class TransformConformanceTest {

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
    void snapAndMirrorVectorsPass() throws Exception {
        Registries.Standalone s = Registries.create().register(new SnapOperator(), new MirrorOperator(),
                new TransformOperator(), new DuplicateMoveOperator(), new DuplicateOperator(), new SetFrameOperator(),
                new SetActiveObjectOperator(), new SetPropertyOperator(), new EvaluateOperator(), new UpdateOperator(),
                new InsertOperator());
        ConformanceSummary summary = new ConformanceRunner(s.registry(), s.clipboard()).run(vectors(), null);
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
