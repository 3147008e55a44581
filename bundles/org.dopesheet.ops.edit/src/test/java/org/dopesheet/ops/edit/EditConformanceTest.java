package org.dopesheet.ops.edit;

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
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dopesheet.conformance.ConformanceRunner;
import org.dopesheet.conformance.ConformanceVectors;
import org.dopesheet.conformance.ConformanceSummary;
import org.dopesheet.conformance.VectorResult;
import org.dopesheet.io.Json;
import org.dopesheet.operator.Registries;
import org.junit.jupiter.api.Test;

/**
 * Runs every conformance vector against a standalone registry holding this family's operators
 * and the harness pseudo-operators: every vector whose operators are all registered must pass,
 * and every vector of this family's operators that needs no other family must have run.
 */
class EditConformanceTest {
    private static final Set<String> FAMILY = Set.of("action.delete", "action.duplicate", "action.clean",
            "action.bake_keys", "action.keyframe_insert", "action.keyframe_type", "action.handle_type",
            "action.interpolation_type", "action.easing_type", "action.extrapolation_type");

    @Test
    void everyRunnableVectorPasses() throws Exception {
        Registries.Standalone s = EditOperators.registryWithHarness();
        Path dir = ConformanceVectors.directory();
        ConformanceSummary summary = new ConformanceRunner(s.registry()).run(dir, null);
        System.out.println(summary.report());

        List<String> failures = summary.results().stream().filter(r -> r.status() == VectorResult.Status.FAILED)
                .map(r -> r.name() + ": " + r.message()).toList();
        assertEquals(List.of(), failures);

        Set<String> expectedToRun = new TreeSet<>();
        for (Path f : vectorFiles(dir)) {
            List<String> ops = opsOf(f);
            boolean allRegistered = ops.stream().allMatch(id -> s.registry().operator(id).isPresent());
            if (allRegistered && ops.stream().anyMatch(FAMILY::contains)) {
                expectedToRun.add(f.getFileName().toString().replaceFirst("\\.json$", ""));
            }
        }
        Set<String> passed = summary.results().stream().filter(r -> r.status() == VectorResult.Status.PASSED)
                .map(VectorResult::name).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(expectedToRun.size() >= 50, "vectors of the family found: " + expectedToRun.size());
        Set<String> notPassed = new TreeSet<>(expectedToRun);
        notPassed.removeAll(passed);
        assertEquals(Set.of(), notPassed);
    }

    private static List<Path> vectorFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".json") && !p.getFileName().toString().equals("INDEX.json"))
                    .sorted().toList();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> opsOf(Path file) throws IOException {
        Map<String, Object> v = (Map<String, Object>) Json.parse(Files.readString(file), file.toString());
        List<String> ids = new ArrayList<>();
        for (Object op : (List<Object>) v.get("ops")) {
            ids.add((String) ((Map<String, Object>) op).get("id"));
        }
        return ids;
    }
}
