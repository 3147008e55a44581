package org.dopesheet.ops.nla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dopesheet.conformance.ConformanceRunner;
import org.dopesheet.conformance.ConformanceVectors;
import org.dopesheet.conformance.ConformanceSummary;
import org.dopesheet.conformance.VectorResult;
import org.dopesheet.io.Json;
import org.dopesheet.operator.Registries;
import org.junit.jupiter.api.Test;

/**
 * Runs every conformance vector with this family's operators and the harness pseudo-operators
 * registered (outside OSGi): every vector made only of these operators must pass, and every
 * vector of one of this family's operators is either passed or skipped for needing another
 * family's operator.
 */
class NlaConformanceTest {
    /** The operators of this family, as the vectors name them. */
    static final Set<String> FAMILY = Set.of("action.new", "action.unlink", "action.stash", "action.stash_and_create",
            "action.push_down", "action.layer_next", "action.layer_prev", "action.markers_make_local",
            "oracle.set_editor_action");
    /** The harness pseudo-operators registered besides. */
    static final Set<String> HARNESS = Set.of("oracle.set_frame", "oracle.set_active_object", "oracle.set_property",
            "fcurve.evaluate", "fcurve.update", "fcurve.keyframe_points.insert");

    static Registries.Standalone registry() {
        return Registries.create().register(new NewActionOperator(), new UnlinkOperator(), new StashOperator(),
                new StashAndCreateOperator(), new PushDownOperator(), new LayerNextOperator(), new LayerPrevOperator(),
                new MarkersMakeLocalOperator(), new SetEditorActionOperator()).register(ConformanceVectors.harnessOperators());
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyVectorOfTheFamilyPasses() throws Exception {
        Registries.Standalone s = registry();
        ConformanceSummary summary = new ConformanceRunner(s.registry(), s.clipboard()).run(ConformanceVectors.directory(), null);
        System.out.println(summary.report());

        Map<String, Object> index = (Map<String, Object>) Json.parse(
                Files.readString(ConformanceVectors.directory().resolveSibling("INDEX.json")), "INDEX.json");
        Set<String> runnable = new TreeSet<>();
        Set<String> ofFamily = new TreeSet<>();
        for (Object o : (List<Object>) index.get("vectors")) {
            Map<String, Object> v = (Map<String, Object>) o;
            List<String> ops = (List<String>) v.get("ops");
            Set<String> known = new HashSet<>(FAMILY);
            known.addAll(HARNESS);
            if (ops.stream().anyMatch(FAMILY::contains)) {
                ofFamily.add((String) v.get("name"));
                if (known.containsAll(ops)) {
                    runnable.add((String) v.get("name"));
                }
            }
        }
        assertFalse(runnable.isEmpty(), "no vector of this family found");

        List<String> failures = summary.results().stream().filter(r -> r.status() == VectorResult.Status.FAILED)
                .map(r -> r.name() + ": " + r.message()).toList();
        assertEquals(List.of(), failures);
        Set<String> passed = new TreeSet<>();
        for (VectorResult r : summary.results()) {
            if (r.status() == VectorResult.Status.PASSED && ofFamily.contains(r.name())) {
                passed.add(r.name());
            }
        }
        assertEquals(runnable, passed, "every vector made of this family's and the harness operators passes");
        System.out.println("nla family: " + passed.size() + " of " + ofFamily.size()
                + " vectors of its operators passed; the others need operators of other families");
    }
}
