package org.dopesheet.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dopesheet.io.DocumentFiles;
import org.dopesheet.io.DocumentFormatException;
import org.dopesheet.io.Json;
import org.dopesheet.model.ActionSlot;
import org.dopesheet.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Document files under damage (issue 10):
 * <ul>
 * <li>loading mutated files (truncations, byte flips, deleted and duplicated brackets, wrong
 * types, unknown enum values, broken references, duplicate names, missing and unknown fields,
 * changed numbers, reordered lists) either gives a document that satisfies the
 * {@link ModelInvariants} and holds exactly what the file says (saved again, it is the file's
 * content), or fails with a {@link DocumentFormatException} that has a line and column or a JSON
 * path; never another exception;</li>
 * <li>a save interrupted anywhere (a write failing after any number of bytes, a failing
 * {@code force}, a failing move) leaves the previous file byte for byte and no temporary file;
 * a file system without atomic moves still saves.</li>
 * </ul>
 * The interruptions come from {@link FailingFileSystem}, a file system stub that
 * {@code DocumentFiles.save} reaches through the target path, so io's code is not changed.
 */
class DocumentFileFuzzTest {
    /** Documents to damage: the random test's, and one with a layered action (slots). */
    static final List<String> SOURCES = List.of("random_000", "random_024", "paste_unflipped_rig",
            "frame_jump_nla_mapped", "stash_with_tracks", "extrapolation_type_clear_cyclic_stack");
    static final int MUTATIONS_PER_SOURCE = 600;
    static final long SEED = 20261124L;

    @TempDir
    Path dir;

    /** The documents as files saved by DocumentFiles (the sources plus a layered-action document). */
    List<byte[]> originals() throws IOException {
        List<byte[]> out = new ArrayList<>();
        for (String name : SOURCES) {
            out.add(save(Vectors.input(Vectors.file(name)), name));
        }
        Document layered = Vectors.input(Vectors.file("random_000"));
        ActionSlot slot = layered.action("AlphaAction").addSlot("OBAlpha");
        slot.setActive(true);
        layered.object("Alpha").animationData().setSlotHandle(slot.handle()).setLastSlotIdentifier("OBAlpha");
        layered.setName("layered");
        out.add(save(layered, "layered"));
        return out;
    }

    private byte[] save(Document d, String name) throws IOException {
        Path f = dir.resolve(name + ".dopesheet.json");
        DocumentFiles.save(d, f);
        return Files.readAllBytes(f);
    }

    @Test
    void damagedFilesLoadCompletelyOrFailWithAPosition() throws IOException {
        Random rnd = new Random(SEED);
        Mutator mutator = new Mutator(rnd);
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int n = 0;
        for (byte[] original : originals()) {
            for (int i = 0; i < MUTATIONS_PER_SOURCE; i++) {
                Mutator.Mutation m = mutator.mutate(original);
                Path f = dir.resolve("fuzz-" + (n++) + ".json");
                Files.write(f, m.bytes());
                String outcome = load(f, m, failures);
                outcomes.merge(m.kind() + " -> " + outcome, 1, Integer::sum);
            }
        }
        System.out.println("file fuzzing: " + n + " mutated files from " + (SOURCES.size() + 1) + " documents");
        outcomes.forEach((k, v) -> System.out.println("  " + k + ": " + v));
        HostileInputMatrixTest.report("file fuzzing", failures);
        assertTrue(outcomes.keySet().stream().anyMatch(k -> k.endsWith("loaded")), "some mutations must load");
        assertTrue(outcomes.keySet().stream().anyMatch(k -> k.endsWith("format error")), "some must be refused");
    }

    /** Loads one mutated file and checks the outcome; returns a short outcome name. */
    static String load(Path f, Mutator.Mutation m, List<String> failures) {
        Document d;
        try {
            d = DocumentFiles.load(f);
        } catch (DocumentFormatException e) {
            boolean positioned = e.line() > 0 || (e.path() != null && !e.path().isEmpty());
            if (!positioned) {
                failures.add("UNPOSITIONED_ERROR " + m.kind() + ": " + m + ": " + e.getMessage());
            }
            if (!e.getMessage().contains(f.toString())) {
                failures.add("ERROR_WITHOUT_FILE " + m.kind() + ": " + m + ": " + e.getMessage());
            }
            return "format error";
        } catch (IOException | RuntimeException | Error e) {
            failures.add("WRONG_EXCEPTION " + e.getClass().getSimpleName() + " " + m.kind() + ": " + m + ": "
                    + RandomSequence.stackTop(e));
            return "wrong exception";
        }
        List<String> violations = RandomSequence.RULES.check(d);
        if (!violations.isEmpty()) {
            failures.add("LOADED_INCONSISTENT " + RandomSequence.rules(violations) + ": " + m + ": "
                    + String.join("; ", violations));
        }
        String text = new String(m.bytes(), StandardCharsets.UTF_8);
        try {
            Object expected = normalize(Json.parse(text, f.toString()));
            Object actual = normalize(DocumentFiles.toTree(d));
            String lost = Invocations.firstDifference(expected, actual, "");
            if (lost != null) {
                failures.add("PARTIAL_LOAD " + m.kind() + ": " + m + ": the document differs from the file at " + lost);
            }
        } catch (DocumentFormatException e) {
            failures.add("PARTIAL_LOAD " + m.kind() + ": " + m + ": loaded, but the text does not parse: " + e.getMessage());
        } catch (RuntimeException e) {
            failures.add("UNWRITABLE_LOAD " + m.kind() + ": " + m + ": the loaded document cannot be written: " + e);
        }
        return "loaded";
    }

    /**
     * A file tree reduced to what it means: numbers as float32 values (the model stores floats as
     * float32 and integers exactly; both fit), actions sorted by name (the document keeps them so),
     * derived and defaulted fields dropped (editor.channels, op_results, slot_handle 0,
     * last_slot_identifier "", empty bones of a non-armature; the writer leaves those out).
     */
    @SuppressWarnings("unchecked")
    static Object normalize(Object tree) {
        if (!(tree instanceof Map)) {
            return tree;
        }
        Map<String, Object> root = (Map<String, Object>) deepCopy(tree);
        root.remove("op_results");
        if (root.get("editor") instanceof Map) {
            ((Map<String, Object>) root.get("editor")).remove("channels");
        }
        if (root.get("actions") instanceof List) {
            List<Object> actions = new ArrayList<>((List<Object>) root.get("actions"));
            actions.sort(Comparator.comparing(a -> a instanceof Map ? String.valueOf(((Map<?, ?>) a).get("name")) : ""));
            root.put("actions", actions);
        }
        if (root.get("objects") instanceof List) {
            for (Object o : (List<Object>) root.get("objects")) {
                if (!(o instanceof Map)) {
                    continue;
                }
                Map<String, Object> ob = (Map<String, Object>) o;
                if (!"ARMATURE".equals(ob.get("type")) && List.of().equals(ob.get("bones"))) {
                    ob.remove("bones");
                }
                if (ob.get("animation_data") instanceof Map) {
                    Map<String, Object> ad = (Map<String, Object>) ob.get("animation_data");
                    if (Float.valueOf(0f).equals(ad.get("slot_handle"))) {
                        ad.remove("slot_handle");
                    }
                    if ("".equals(ad.get("last_slot_identifier"))) {
                        ad.remove("last_slot_identifier");
                    }
                }
            }
        }
        return root;
    }

    private static Object deepCopy(Object v) {
        if (v instanceof Map) {
            Map<String, Object> out = new LinkedHashMap<>();
            ((Map<?, ?>) v).forEach((k, x) -> out.put((String) k, deepCopy(x)));
            return out;
        }
        if (v instanceof List) {
            List<Object> out = new ArrayList<>();
            ((List<?>) v).forEach(x -> out.add(deepCopy(x)));
            return out;
        }
        if (v instanceof Number) {
            return (float) ((Number) v).doubleValue();
        }
        return v;
    }

    // ---- interrupted saves --------------------------------------------------------------------------

    @Test
    void interruptedSavesLeaveThePreviousFile() throws IOException {
        FailingFileSystem fs = new FailingFileSystem();
        Document previous = Vectors.input(Vectors.file("random_000"));
        Document next = Vectors.input(Vectors.file("random_024"));
        Path realTarget = dir.resolve("scene.dopesheet.json");
        Path target = fs.path(realTarget);
        DocumentFiles.save(previous, realTarget);
        byte[] before = Files.readAllBytes(realTarget);
        int nextSize = save(next, "next").length;
        Random rnd = new Random(SEED);
        List<FailingFileSystem.Plan> plans = new ArrayList<>();
        for (long bytes = 0; bytes < nextSize; bytes += Math.max(1, nextSize / 97)) {
            plans.add(FailingFileSystem.Plan.writeFailsAfter(bytes));
        }
        for (int i = 0; i < 50; i++) {
            plans.add(FailingFileSystem.Plan.writeFailsAfter(rnd.nextInt(nextSize)));
        }
        plans.add(FailingFileSystem.Plan.writeFailsAfter(nextSize - 1));
        plans.add(new FailingFileSystem.Plan(-1, true, false, false));
        plans.add(new FailingFileSystem.Plan(-1, false, true, false));
        plans.add(new FailingFileSystem.Plan(-1, false, true, true));
        int interrupted = 0;
        for (FailingFileSystem.Plan plan : plans) {
            fs.plan(plan);
            try {
                DocumentFiles.save(next, target);
                throw new AssertionError("save did not fail under " + plan);
            } catch (IOException e) {
                assertTrue(causedByInjection(e), plan + ": " + e);
            }
            interrupted++;
            assertArrayEquals(before, Files.readAllBytes(realTarget), plan + " changed the previous file");
            assertEquals(List.of("scene.dopesheet.json"), leftovers(), plan + " left files behind");
        }
        // the previous file still loads as the document it was
        assertEquals(Fingerprint.difference(strip(Fingerprint.of(previous)), strip(Fingerprint.of(DocumentFiles.load(realTarget)))),
                null);
        // no atomic move: save replaces the file instead, and it holds the new document
        fs.plan(new FailingFileSystem.Plan(-1, false, false, true));
        DocumentFiles.save(next, target);
        assertEquals(null, Fingerprint.difference(strip(Fingerprint.of(next)), strip(Fingerprint.of(DocumentFiles.load(realTarget)))));
        assertEquals(List.of("scene.dopesheet.json"), leftovers());
        // a new file interrupted: nothing is created
        Path fresh = fs.path(dir.resolve("new.dopesheet.json"));
        fs.plan(FailingFileSystem.Plan.writeFailsAfter(nextSize / 2));
        try {
            DocumentFiles.save(next, fresh);
            throw new AssertionError("save did not fail");
        } catch (IOException e) {
            assertTrue(causedByInjection(e), e.toString());
        }
        assertFalse(Files.exists(dir.resolve("new.dopesheet.json")));
        assertEquals(List.of("scene.dopesheet.json"), leftovers());
        System.out.println("interrupted saves: " + (interrupted + 1) + " (writes failing after 0.." + (nextSize - 1)
                + " of " + nextSize + " bytes, force, move), all left the previous file byte-identical and no"
                + " temporary file; 1 save without atomic move replaced the file");
    }

    /** The document name differs between a file and its source: fingerprints are compared without it. */
    @SuppressWarnings("unchecked")
    private static Object strip(Object fingerprint) {
        Map<String, Object> m = new LinkedHashMap<>((Map<String, Object>) fingerprint);
        m.remove("document.name");
        return m;
    }

    private static boolean causedByInjection(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FailingFileSystem.InjectedFailure) {
                return true;
            }
            for (Throwable s : t.getSuppressed()) {
                if (s instanceof FailingFileSystem.InjectedFailure) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The files in the folder besides the saved sources and fuzz files. */
    private List<String> leftovers() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("next.dopesheet.json")).sorted().toList();
        }
    }
}
