package org.dopesheet.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dopesheet.edit.KeyframeClipboard;
import org.dopesheet.io.DocumentFormatException;
import org.dopesheet.io.Json;
import org.dopesheet.io.StateCodec;
import org.dopesheet.model.BehaviourProfile;
import org.dopesheet.model.Document;
import org.dopesheet.operator.OperatorException;
import org.dopesheet.operator.OperatorRegistry;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.Report;

/**
 * Runs conformance vectors (FORMAT.md) through an {@link OperatorRegistry}: builds each vector's
 * input in a fresh document (profile {@code BLENDER_3_4} for vectors recorded from Blender 3.4),
 * runs its ops, and compares the resulting state and op results with {@code expected}. A vector
 * whose operators are not all registered is skipped.
 */
public final class ConformanceRunner {
    private final OperatorRegistry registry;
    private final List<Runnable> beforeEachVector = new ArrayList<>();

    public ConformanceRunner(OperatorRegistry registry) {
        this.registry = registry;
    }

    /** A runner that empties the runtime's copy/paste buffer before every vector, as the recorder did. */
    public ConformanceRunner(OperatorRegistry registry, KeyframeClipboard clipboard) {
        this(registry);
        beforeEachVector(clipboard::clear);
    }

    /** Adds a step run before every vector (e.g. emptying the copy/paste buffer). */
    public ConformanceRunner beforeEachVector(Runnable step) {
        beforeEachVector.add(step);
        return this;
    }

    /** Runs every {@code *.json} vector under {@code dir} (sorted by path; INDEX.json excluded). */
    public ConformanceSummary run(Path dir, Consumer<VectorResult> progress) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("conformance vectors folder " + dir + " does not exist");
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".json") && !p.getFileName().toString().equals("INDEX.json"))
                    .sorted().toList();
        }
        List<VectorResult> results = new ArrayList<>();
        for (Path f : files) {
            VectorResult r = runVector(f);
            results.add(r);
            if (progress != null) {
                progress.accept(r);
            }
        }
        return new ConformanceSummary(results);
    }

    /** Runs one vector file. */
    public VectorResult runVector(Path file) throws IOException {
        String name = file.getFileName().toString().replaceFirst("\\.json$", "");
        Object tree;
        try {
            tree = Json.parse(Files.readString(file), file.toString());
        } catch (DocumentFormatException e) {
            return new VectorResult(name, "(unreadable)", VectorResult.Status.FAILED, e.getMessage(), List.of(e.getMessage()));
        }
        return runVector(name, asMap(tree));
    }

    /** Runs one parsed vector. */
    public VectorResult runVector(String fileName, Map<String, Object> vector) {
        String name = vector.get("name") instanceof String ? (String) vector.get("name") : fileName;
        List<Map<String, Object>> ops = new ArrayList<>();
        for (Object o : asList(vector.get("ops"))) {
            ops.add(asMap(o));
        }
        String primary = primaryOperator(ops);
        TreeSet<String> missing = new TreeSet<>();
        for (Map<String, Object> op : ops) {
            String id = (String) op.get("id");
            if (registry.operator(id).isEmpty()) {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            return new VectorResult(name, primary, VectorResult.Status.SKIPPED, "not registered: " + String.join(", ", missing),
                    List.of());
        }
        Document doc;
        try {
            doc = StateCodec.read(asMap(vector.get("input")), name, name + ".input");
        } catch (DocumentFormatException e) {
            return failed(name, primary, "input could not be built: " + e.getMessage());
        }
        Object version = vector.get("blender_version");
        if (version instanceof String && ((String) version).startsWith("3.4")) {
            doc.setProfile(BehaviourProfile.BLENDER_3_4);
        }
        for (Runnable step : beforeEachVector) {
            step.run();
        }
        List<Object> opResults = new ArrayList<>();
        for (Map<String, Object> op : ops) {
            String id = (String) op.get("id");
            OperatorResult result;
            try {
                result = registry.invoke(doc, id, asMap(op.get("properties")));
            } catch (OperatorException e) {
                return failed(name, primary, id + " threw: " + e.getMessage());
            } catch (RuntimeException e) {
                return failed(name, primary, id + " threw: " + e);
            }
            opResults.add(opResult(id, result));
        }
        Map<String, Object> actual = new LinkedHashMap<>(StateCodec.write(doc));
        actual.remove("profile"); // a document field of ours, not part of Blender's recorded STATE
        Map<String, Object> editor = new LinkedHashMap<>(asMap(actual.get("editor")));
        editor.put("channels", ChannelRows.of(doc));
        actual.put("editor", editor);
        actual.put("op_results", opResults);
        Map<String, Object> expected = asMap(vector.get("expected"));
        List<String> diffs = StateComparison.compare(expected, actual, Tolerance.of(vector.get("tolerance")));
        if (diffs.isEmpty()) {
            return new VectorResult(name, primary, VectorResult.Status.PASSED, "", List.of());
        }
        return new VectorResult(name, primary, VectorResult.Status.FAILED, diffs.get(0)
                + (diffs.size() > 1 ? " (and " + (diffs.size() - 1) + " more)" : ""), diffs);
    }

    /** The {@code op_results} entry of FORMAT.md section 5 for a result. */
    static Map<String, Object> opResult(String id, OperatorResult result) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", id);
        r.put("poll", result.poll());
        if (!result.poll()) {
            r.put("result", List.of());
        } else if (result.hasOwnError()) {
            r.put("result", null);
        } else {
            List<String> status = result.status().stream().map(Enum::name).sorted().toList();
            r.put("result", status);
        }
        List<Object> reports = new ArrayList<>();
        for (Report rep : result.reports()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", rep.type().name());
            m.put("message", rep.message());
            reports.add(m);
        }
        r.put("reports", reports);
        r.putAll(result.values());
        return r;
    }

    private static String primaryOperator(List<Map<String, Object>> ops) {
        for (Map<String, Object> op : ops) {
            String id = (String) op.get("id");
            if (!id.startsWith("oracle.")) {
                return id;
            }
        }
        return ops.isEmpty() ? "(none)" : (String) ops.get(0).get("id");
    }

    private static VectorResult failed(String name, String primary, String message) {
        return new VectorResult(name, primary, VectorResult.Status.FAILED, message, List.of(message));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o) {
        return o instanceof Map ? (Map<String, Object>) o : Map.of();
    }

    private static List<?> asList(Object o) {
        return o instanceof List ? (List<?>) o : List.of();
    }
}
