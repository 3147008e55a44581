package org.dopesheet.ops.select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.dopesheet.conformance.ConformanceRunner;
import org.dopesheet.conformance.ConformanceVectors;
import org.dopesheet.conformance.ConformanceSummary;
import org.dopesheet.conformance.VectorResult;
import org.dopesheet.io.Json;
import org.dopesheet.operator.Registries;
import org.junit.jupiter.api.Test;

/**
 * Runs every conformance vector with the select family and the harness pseudo-operators
 * registered outside OSGi: every vector made only of those operators must pass (none may be
 * skipped), and the vectors that also need another family's operators are skipped.
 */
class SelectConformanceTest {

    @Test
    void everyVectorOfTheSelectOperatorsPasses() throws Exception {
        Registries.Standalone s = SelectOperators.registerAll(Registries.create()).register(ConformanceVectors.harnessOperators());
        Set<String> registered = new TreeSet<>();
        s.registry().operators().forEach(t -> registered.add(t.id()));

        ConformanceSummary summary = new ConformanceRunner(s.registry(), s.clipboard()).run(ConformanceVectors.directory(), null);
        System.out.println(summary.report());

        List<String> failures = summary.results().stream().filter(r -> r.status() == VectorResult.Status.FAILED)
                .map(r -> r.name() + ": " + r.message()).toList();
        assertEquals(List.of(), failures);

        List<String> ours = vectorsUsingOnly(registered, SelectOperators.IDS);
        List<String> notPassed = new ArrayList<>();
        for (VectorResult r : summary.results()) {
            if (ours.contains(r.name()) && r.status() != VectorResult.Status.PASSED) {
                notPassed.add(r.name() + ": " + r.status() + " " + r.message());
            }
        }
        assertEquals(List.of(), notPassed);
        assertTrue(ours.size() >= 60, "vectors of the select family found: " + ours.size());
    }

    /** Names of the vectors that use at least one select operator and nothing but registered operators. */
    @SuppressWarnings("unchecked")
    private static List<String> vectorsUsingOnly(Set<String> registered, List<String> selectIds) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(ConformanceVectors.directory())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                Map<String, Object> v = (Map<String, Object>) Json.parse(Files.readString(f), f.toString());
                boolean usesSelect = false;
                boolean allRegistered = true;
                for (Object o : (List<Object>) v.get("ops")) {
                    String id = (String) ((Map<String, Object>) o).get("id");
                    usesSelect |= selectIds.contains(id);
                    allRegistered &= registered.contains(id);
                }
                if (usesSelect && allRegistered) {
                    out.add((String) v.get("name"));
                }
            }
        }
        return out;
    }

}
