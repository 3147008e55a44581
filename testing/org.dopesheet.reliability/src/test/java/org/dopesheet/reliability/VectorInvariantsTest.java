package org.dopesheet.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dopesheet.model.Action;
import org.dopesheet.model.ActionSlot;
import org.dopesheet.model.Channelbag;
import org.dopesheet.model.Document;
import org.dopesheet.model.FCurve;
import org.junit.jupiter.api.Test;

/**
 * The invariants hold for what Blender itself produced: every input and expected STATE of the
 * conformance vectors (recorded from Blender 3.4), the handle rule included for the curves
 * Blender edited (those whose recalculation inputs differ between input and expected). This
 * keeps {@link ModelInvariants} from asserting anything Blender does not guarantee.
 */
class VectorInvariantsTest {
    /**
     * Inputs built on purpose with unsorted keys, to test {@code FCurve.update()}: Python's
     * {@code keyframe_points.add} leaves keys as given until {@code update()}.
     */
    static final String UNSORTED_INPUTS = "update_";

    /** Tolerance of Blender's float32 handles against ours (the conformance vectors' own is 1e-4 absolute). */
    static final float BLENDER_TOLERANCE = 2e-4f;

    @Test
    void blendersOwnStatesSatisfyTheInvariants() {
        ModelInvariants rules = new ModelInvariants().allowStaleActiveKeyframe().handleTolerance(BLENDER_TOLERANCE);
        List<String> problems = new ArrayList<>();
        int states = 0;
        int checkedCurves = 0;
        for (Path file : Vectors.files()) {
            String name = Vectors.name(file);
            Map<String, Object> vector = Vectors.read(file);
            Document input = Vectors.state(vector, "input", name);
            states++;
            for (String v : rules.check(input)) {
                if (!(name.startsWith(UNSORTED_INPUTS) && v.endsWith("[KEYS_SORTED]"))) {
                    problems.add(name + " input: " + v);
                }
            }
            if (!(vector.get("expected") instanceof Map)) {
                continue;
            }
            Document expected = Vectors.state(vector, "expected", name);
            states++;
            List<FCurve> edited = editedCurves(input, expected);
            checkedCurves += edited.size();
            for (String v : rules.check(expected, edited)) {
                problems.add(name + " expected: " + v);
            }
        }
        System.out.println("invariants over Blender's states: " + states + " states, " + checkedCurves
                + " edited curves checked against a fresh handle recalculation");
        assertEquals(List.of(), problems);
        assertTrue(states > 400, "states read: " + states);
        assertTrue(checkedCurves > 50, "edited curves: " + checkedCurves);
    }

    /** Strict mode flags the stale index Blender stored in random_020 (and nothing else there). */
    @Test
    void blenderStoresStaleActiveKeyframeIndices() {
        Map<String, Object> vector = Vectors.read(Vectors.file("random_020"));
        Document expected = Vectors.state(vector, "expected", "random_020");
        List<String> strict = new ModelInvariants().check(expected);
        assertEquals(4, strict.size(), String.join("\n", strict));
        assertTrue(strict.stream().allMatch(v -> v.endsWith("[ACTIVE_KEYFRAME]")), String.join("\n", strict));
        assertEquals(List.of(), new ModelInvariants().allowStaleActiveKeyframe().check(expected));
    }

    /** Curves of {@code after} whose recalculation inputs differ from the same curve of {@code before}. */
    static List<FCurve> editedCurves(Document before, Document after) {
        Map<String, Long> old = new HashMap<>();
        for (Action a : before.actions()) {
            forEachCurve(a, (key, c) -> old.put(key, ModelInvariants.CurveInputs.hash(c)));
        }
        List<FCurve> out = new ArrayList<>();
        for (Action a : after.actions()) {
            forEachCurve(a, (key, c) -> {
                Long h = old.get(key);
                if (h != null && h != ModelInvariants.CurveInputs.hash(c)) {
                    out.add(c);
                }
            });
        }
        return out;
    }

    private static void forEachCurve(Action a, java.util.function.BiConsumer<String, FCurve> each) {
        if (a.layered()) {
            for (ActionSlot s : a.slots()) {
                for (FCurve c : s.channelbag().fcurves()) {
                    each.accept(ModelInvariants.curvePath(ModelInvariants.bagPath(a, s), c), c);
                }
            }
        } else {
            Channelbag b = a.channelbag();
            for (FCurve c : b.fcurves()) {
                each.accept(ModelInvariants.curvePath(ModelInvariants.actionPath(a), c), c);
            }
        }
    }
}
