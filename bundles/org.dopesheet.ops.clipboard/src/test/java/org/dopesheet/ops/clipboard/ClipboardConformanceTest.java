package org.dopesheet.ops.clipboard;

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
 * Runs every conformance vector with the clipboard family, the families some copy/paste vectors
 * also use ({@link OtherFamilies}) and the harness pseudo-operators registered outside OSGi, the
 * buffer emptied before each vector: no vector may fail, and every copy/paste vector whose
 * operators are all registered must pass. Vectors that need a family not registered here are
 * skipped (and the copy/paste ones among them listed).
 */
class ClipboardConformanceTest {

    @Test
    void everyVectorOfTheClipboardOperatorsPasses() throws Exception {
        Registries.Standalone s = ClipboardOperators.registerAll(Registries.create()).register(ConformanceVectors.harnessOperators());
        s.register(OtherFamilies.all());
        Set<String> registered = new TreeSet<>();
        s.registry().operators().forEach(t -> registered.add(t.id()));

        ConformanceSummary summary = new ConformanceRunner(s.registry(), s.clipboard()).run(ConformanceVectors.directory(), null);
        System.out.println(summary.report());

        List<String> failures = summary.results().stream().filter(r -> r.status() == VectorResult.Status.FAILED)
                .map(r -> r.name() + ": " + r.message()).toList();
        assertEquals(List.of(), failures);

        List<String> ours = new ArrayList<>();
        List<String> waiting = new ArrayList<>();
        vectorsOf(registered, ours, waiting);
        System.out.println("copy/paste vectors waiting for other families: " + waiting);
        List<String> notPassed = new ArrayList<>();
        for (VectorResult r : summary.results()) {
            if (ours.contains(r.name()) && r.status() != VectorResult.Status.PASSED) {
                notPassed.add(r.name() + ": " + r.status() + " " + r.message());
            }
        }
        assertEquals(List.of(), notPassed);
        assertEquals(List.of(), waiting);
        assertTrue(ours.size() >= 21, "copy/paste vectors runnable: " + ours.size());
    }

    /**
     * Sorts the vectors using copy or paste into those whose operators are all registered
     * ({@code runnable}) and those that wait for another family ({@code waiting}, with the
     * missing ids).
     */
    @SuppressWarnings("unchecked")
    private static void vectorsOf(Set<String> registered, List<String> runnable, List<String> waiting)
            throws IOException {
        try (Stream<Path> files = Files.list(ConformanceVectors.directory())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json") && !p.endsWith("INDEX.json")).sorted()
                    .toList()) {
                Map<String, Object> v = (Map<String, Object>) Json.parse(Files.readString(f), f.toString());
                boolean ours = false;
                Set<String> missing = new TreeSet<>();
                for (Object o : (List<Object>) v.get("ops")) {
                    String id = (String) ((Map<String, Object>) o).get("id");
                    ours |= ClipboardOperators.IDS.contains(id);
                    if (!registered.contains(id)) {
                        missing.add(id);
                    }
                }
                if (ours && missing.isEmpty()) {
                    runnable.add((String) v.get("name"));
                } else if (ours) {
                    waiting.add(v.get("name") + " " + missing);
                }
            }
        }
    }

}
