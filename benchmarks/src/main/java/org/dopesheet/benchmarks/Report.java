package org.dopesheet.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs every benchmark of issue 11 and writes the results table, with Blender 3.4.1's figures
 * beside ours, to {@code BENCHMARKS.md} (machine, JVM and the load average with each figure).
 * <p>
 * {@code java -cp benchmarks/target/benchmarks.jar org.dopesheet.benchmarks.Report [options]}:
 * <ul>
 * <li>{@code --out FILE} (default {@code BENCHMARKS.md})</li>
 * <li>{@code --ops OP,OP} / {@code --sizes S,S}: a subset of {@link BenchOp} / sizes (default all)</li>
 * <li>{@code --scale F}: multiplies the iteration counts (default 1)</li>
 * <li>{@code --skip PART,PART}: leave out {@code ops}, {@code undo}, {@code eval}, {@code files},
 * {@code tenmillion}, {@code runtime}</li>
 * <li>{@code --gc NAME}: the JMH forks run with {@code -XX:+UseNAMEGC} (e.g. {@code G1}) instead of
 * the Parallel collector of their {@code @Fork} (to compare collectors)</li>
 * </ul>
 * Runtime start-up and hot deployment need {@code runtime/target/dopesheet.jar} and the test
 * operator bundle's jar ({@code mvn -B -DskipTests install}); without them that part is reported
 * as not measured.
 */
public final class Report {

    /** Blender 3.4.1's figures from issue 11 (ms), per size of {@link BenchDocument#SIZES}. */
    static final Map<String, double[]> BLENDER = new LinkedHashMap<>();

    static {
        BLENDER.put("SELECT_ALL_SELECT", new double[] {0.82, 7.85, 4.63});
        BLENDER.put("SELECT_ALL_TOGGLE", new double[] {0.63, 14.91, 4.33});
        BLENDER.put("CLEAN", new double[] {4_200, 32_300, 203_000});
        BLENDER.put("COPY", new double[] {4_100, 20_400, 209_300});
        BLENDER.put("PASTE", new double[] {10_000, 65_800, 527_500});
        BLENDER.put("SNAP", new double[] {11.90, 114.74, 112.74});
        BLENDER.put("MIRROR", new double[] {19.67, 120.67, 122.31});
        BLENDER.put("INTERPOLATION_TYPE", new double[] {10.49, 104.87, 103.72});
        BLENDER.put("HANDLE_TYPE", new double[] {5.51, 44.57, 56.77});
        BLENDER.put("DELETE", new double[] {60.61, 911.30, 4_700});
        BLENDER.put("DUPLICATE", new double[] {9_200, 65_000, 565_900});
        BLENDER.put("BAKE_KEYS", new double[] {33_900, 221_500, 2_078_800});
        BLENDER.put("EVALUATE", new double[] {70.34, 447.53, 554.31});
    }

    /** Rows where Blender grows linearly: goal 5 x faster at 1 million keys. */
    static final List<String> LINEAR = List.of("SELECT_ALL_SELECT", "SELECT_ALL_TOGGLE", "SNAP", "MIRROR",
            "INTERPOLATION_TYPE", "HANDLE_TYPE");
    /** Rows where Blender grows faster than linearly: goal 1,000 x faster at 1 million keys. */
    static final List<String> SUPERLINEAR = List.of("CLEAN", "COPY", "PASTE", "DELETE", "DUPLICATE", "BAKE_KEYS");

    /** One measured figure. */
    record Figure(double ms, double error, double min, double median, int samples, double loadBefore,
            double loadAfter) {
        String load() {
            return String.format(Locale.ROOT, "%.1f", Math.max(loadBefore, loadAfter));
        }
    }

    private final Map<String, String> options = new LinkedHashMap<>();
    private final List<String> log = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        new Report(args).run();
    }

    Report(String[] args) {
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("options are --name value pairs: " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
    }

    private List<String> list(String name, List<String> all) {
        String v = options.get(name);
        return v == null ? all : List.of(v.toUpperCase(Locale.ROOT).split(","));
    }

    private boolean skipped(String part) {
        return list("skip", List.of()).contains(part.toUpperCase(Locale.ROOT));
    }

    private double scale() {
        return Double.parseDouble(options.getOrDefault("scale", "1"));
    }

    void run() throws Exception {
        List<String> ops = new ArrayList<>();
        for (String o : list("ops", enumNames())) {
            ops.add(BenchOp.valueOf(o).name());
        }
        List<String> sizes = new ArrayList<>();
        for (String s : list("sizes", List.of(BenchDocument.SIZES))) {
            sizes.add(s.toLowerCase(Locale.ROOT));
        }
        Map<String, Map<String, Figure>> calls = new LinkedHashMap<>();
        Map<String, Map<String, Figure>> undos = new LinkedHashMap<>();
        Map<String, Figure> eval = new LinkedHashMap<>();
        Map<String, Figure> files = new LinkedHashMap<>();
        for (String op : ops) {
            for (String size : sizes) {
                if (!skipped("ops")) {
                    calls.computeIfAbsent(op, k -> new LinkedHashMap<>()).put(size,
                            jmh(OperatorBenchmark.class, "invoke", Map.of("size", size, "op", op), iterations(op, size)));
                }
                if (!skipped("undo") && BenchOp.valueOf(op).changesDocument()) {
                    undos.computeIfAbsent(op, k -> new LinkedHashMap<>()).put(size,
                            jmh(UndoBenchmark.class, "undo", Map.of("size", size, "op", op), undoIterations(op)));
                }
            }
        }
        if (!skipped("eval")) {
            for (String size : sizes) {
                eval.put(size, jmhAverage(EvaluateDocumentBenchmark.class, "evaluateEveryCurveEveryFrame",
                        Map.of("size", size)));
            }
        }
        if (!skipped("files")) {
            for (String size : sizes) {
                if (BenchDocument.parseSize(size)[0] * (long) BenchDocument.parseSize(size)[1] >= 1_000_000) {
                    files.put("save " + size, jmh(FilesBenchmark.class, "save", Map.of("size", size), new int[] {1, 3}));
                    files.put("load " + size, jmh(FilesBenchmark.class, "load", Map.of("size", size), new int[] {1, 3}));
                }
            }
        }
        Map<String, String> ten = skipped("tenmillion") ? Map.of() : subprocess("-Xmx2g", TenMillion.class);
        Map<String, String> runtime = skipped("runtime") ? Map.of() : subprocess("-Xmx256m", RuntimeTimings.class);
        Path out = Paths.get(options.getOrDefault("out", "BENCHMARKS.md"));
        Files.writeString(out, markdown(sizes, calls, undos, eval, files, ten, runtime));
        System.out.println("wrote " + out.toAbsolutePath());
    }

    private static List<String> enumNames() {
        List<String> n = new ArrayList<>();
        for (BenchOp o : BenchOp.values()) {
            n.add(o.name());
        }
        return n;
    }

    /**
     * {warmup, measurement} single-shot iterations of an operator row at a size. Single-shot
     * iterations call the operator once each, so the warm-up is counted in calls: enough for the
     * JIT to compile the operator's paths (a few hundred calls of the fast rows) before measuring.
     * The rows that double or rebuild the key arrays (paste, duplicate, bake, clean) allocate about
     * 84 MB per call at 1 million keys: they get 120 warm-up calls, so that the collector has
     * sized its young generation for that rate (with 40 the first measured calls still pay for
     * the resizing), and 60 measured calls, so that the collections that land in some calls only
     * are averaged over enough calls.
     */
    int[] iterations(String op, String size) {
        int[] base;
        switch (op) {
            case "SELECT_ALL_SELECT":
            case "SELECT_ALL_TOGGLE":
            case "DELETE":
            case "SNAP":
            case "INTERPOLATION_TYPE":
            case "UNDO":
                base = new int[] {300, 100};
                break;
            case "MIRROR":
            case "HANDLE_TYPE":
            case "COPY":
                // every call allocates new handle (or clipboard) arrays: the collections that
                // move them land in a few calls of every few hundred, so the mean needs that many
                base = new int[] {150, 300};
                break;
            case "PASTE":
            case "DUPLICATE":
            case "BAKE_KEYS":
            case "CLEAN":
                base = new int[] {120, 60};
                break;
            default:
                base = new int[] {40, 20};
                break;
        }
        double s = scale();
        return new int[] {Math.max(1, (int) Math.round(base[0] * s)), Math.max(1, (int) Math.round(base[1] * s))};
    }

    /** Undo is fast; each measured undo needs one untimed call of the operator before it. */
    int[] undoIterations(String op) {
        int[] call = iterations(op, null);
        return call[0] >= 150 ? iterations("UNDO", null) : new int[] {call[0], Math.max(call[1], 30)};
    }

    Figure jmh(Class<?> benchmark, String method, Map<String, String> params, int[] iterations)
            throws RunnerException {
        ChainedOptionsBuilder b = new OptionsBuilder()
                .include("^" + benchmark.getName().replace(".", "\\.") + "\\." + method + "$")
                .warmupIterations(iterations[0]).measurementIterations(iterations[1]).forks(1)
                .verbosity(VerboseMode.SILENT);
        params.forEach((k, v) -> b.param(k, v));
        collector(benchmark, b);
        return measure(benchmark.getSimpleName() + "." + method + " " + params, b);
    }

    /** With {@code --gc NAME}: the fork's JVM arguments with that collector in place of its own. */
    private void collector(Class<?> benchmark, ChainedOptionsBuilder b) {
        String gc = options.get("gc");
        if (gc == null) {
            return;
        }
        List<String> args = new ArrayList<>();
        for (String a : benchmark.getAnnotation(org.openjdk.jmh.annotations.Fork.class).jvmArgsAppend()) {
            if (!(a.startsWith("-XX:+Use") && a.endsWith("GC"))) {
                args.add(a);
            }
        }
        args.add("-XX:+Use" + gc + "GC");
        b.jvmArgsAppend(args.toArray(new String[0]));
    }

    Figure jmhAverage(Class<?> benchmark, String method, Map<String, String> params) throws RunnerException {
        ChainedOptionsBuilder b = new OptionsBuilder()
                .include("^" + benchmark.getName().replace(".", "\\.") + "\\." + method + "$")
                .warmupIterations(3).warmupTime(org.openjdk.jmh.runner.options.TimeValue.seconds(1))
                .measurementIterations(5).measurementTime(org.openjdk.jmh.runner.options.TimeValue.seconds(1))
                .forks(1).verbosity(VerboseMode.SILENT);
        params.forEach((k, v) -> b.param(k, v));
        collector(benchmark, b);
        return measure(benchmark.getSimpleName() + "." + method + " " + params, b);
    }

    private Figure measure(String what, ChainedOptionsBuilder b) throws RunnerException {
        double before = loadAverage();
        long t0 = System.nanoTime();
        Collection<RunResult> results = new Runner(b.build()).run();
        double after = loadAverage();
        if (results.isEmpty()) {
            throw new IllegalStateException("no result for " + what);
        }
        RunResult r = results.iterator().next();
        var stats = r.getPrimaryResult().getStatistics();
        double unit = unitToMs(r.getPrimaryResult().getScoreUnit());
        Figure f = new Figure(r.getPrimaryResult().getScore() * unit,
                Double.isNaN(r.getPrimaryResult().getScoreError()) ? 0 : r.getPrimaryResult().getScoreError() * unit,
                stats.getMin() * unit, stats.getPercentile(50) * unit, (int) stats.getN(), before, after);
        String line = String.format(Locale.ROOT,
                "%-70s %12.3f ms ± %.3f (median %.3f, min %.3f, n=%d, load %.1f/%.1f, %.0f s)", what, f.ms, f.error,
                f.median, f.min, f.samples, before, after, (System.nanoTime() - t0) / 1e9);
        System.out.println(line);
        log.add(line);
        return f;
    }

    private static double unitToMs(String unit) {
        if (unit.startsWith("ms")) {
            return 1;
        }
        if (unit.startsWith("us")) {
            return 1e-3;
        }
        if (unit.startsWith("s/")) {
            return 1e3;
        }
        if (unit.startsWith("ns")) {
            return 1e-6;
        }
        throw new IllegalArgumentException("unit " + unit);
    }

    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Paths.get("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** Runs a main class of this jar in its own JVM; returns its key=value lines. */
    Map<String, String> subprocess(String heap, Class<?> main) throws IOException, InterruptedException {
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = List.of(java.toString(), heap, "-XX:+UseParallelGC", "-cp", System.getProperty("java.class.path"), main.getName());
        double before = loadAverage();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        Map<String, String> kv = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String l; (l = in.readLine()) != null;) {
                System.out.println(main.getSimpleName() + ": " + l);
                int eq = l.indexOf('=');
                if (eq > 0 && l.substring(0, eq).matches("[a-z0-9_]+")) {
                    kv.put(l.substring(0, eq), l.substring(eq + 1));
                }
            }
        }
        if (!p.waitFor(1, TimeUnit.HOURS)) {
            p.destroyForcibly();
        }
        kv.put("load", String.format(Locale.ROOT, "%.1f/%.1f", before, loadAverage()));
        kv.put("exit", String.valueOf(p.exitValue()));
        return kv;
    }

    // ---- the report ---------------------------------------------------------------------------

    private String markdown(List<String> sizes, Map<String, Map<String, Figure>> calls,
            Map<String, Map<String, Figure>> undos, Map<String, Figure> eval, Map<String, Figure> files,
            Map<String, String> ten, Map<String, String> runtime) {
        StringBuilder m = new StringBuilder();
        m.append("# Benchmarks (issue 11)\n\n");
        m.append("Generated by `org.dopesheet.benchmarks.Report` on ")
                .append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append(". Command:\n\n");
        m.append("```\nmvn -B -q -DskipTests install && java -cp benchmarks/target/benchmarks.jar"
                + " org.dopesheet.benchmarks.Report\n```\n\n");
        m.append("Machine: ").append(machine()).append("  \nJVM: ").append(System.getProperty("java.vm.name"))
                .append(' ').append(System.getProperty("java.runtime.version")).append(" (")
                .append(System.getProperty("java.vm.vendor")).append("), benchmark forks with -Xms6g -Xmx6g ")
                .append(options.containsKey("gc") ? "-XX:+Use" + options.get("gc") + "GC"
                        : "-XX:+UseParallelGC (the collector the `dopesheet` launcher runs the runtime with; G1"
                        + " figures in the notes)")
                .append("  \n");
        m.append("Documents: `BenchDocument` (benchmarks/README.md): one object, one action, curve i = location[i],"
                + " key j at frame 1 + 2j, value sin(0.05 j + 0.7 i) + 0.001 ((7 i + 13 j) mod 11), BEZIER,"
                + " handles recalculated, everything selected, current frame in the middle, Action editor,"
                + " BLENDER_3_4 profile. Every call goes through `OperatorRegistry.invoke` with undo recording"
                + " on (the step is undone, untimed, after each call).\n\n");
        m.append("Each figure: JMH single-shot mean ± 99.9% error (ms) of n calls, and their median, after a warm-up of calls"
                + " (JIT-compiled steady state; GC pauses included); `load` is the 1-minute load average of"
                + " the machine (2 cores) during the measurement, other builds running concurrently."
                + " Ratio = Blender / ours (higher is better).\n\n");

        m.append("## Operators (ours vs Blender 3.4.1)\n\n");
        m.append("| operator |");
        for (String s : sizes) {
            m.append(" Blender ").append(s).append(" | ours ").append(s).append(" | ratio |");
        }
        m.append(" growth 100x10000 / 1000x1000 | goal |\n|---|");
        for (int i = 0; i < sizes.size(); i++) {
            m.append("---:|---:|---:|");
        }
        m.append("---:|---|\n");
        for (Map.Entry<String, Map<String, Figure>> e : calls.entrySet()) {
            String op = e.getKey();
            m.append("| ").append(BenchOp.valueOf(op).label()).append(" |");
            for (String s : sizes) {
                Figure f = e.getValue().get(s);
                double b = blender(op, s);
                m.append(' ').append(ms(b)).append(" | ").append(f == null ? "-" : fig(f)).append(" | ")
                        .append(f == null ? "-" : ratio(b / f.ms)).append(" |");
            }
            m.append(' ').append(growth(e.getValue())).append(" | ").append(goal(op, e.getValue())).append(" |\n");
        }
        if (!eval.isEmpty()) {
            m.append("| evaluate every F-Curve at every frame (1 thread) |");
            for (String s : sizes) {
                Figure f = eval.get(s);
                double b = blender("EVALUATE", s);
                m.append(' ').append(ms(b)).append(" | ").append(f == null ? "-" : fig(f)).append(" | ")
                        .append(f == null ? "-" : ratio(b / f.ms)).append(" |");
            }
            m.append(' ').append(growth(eval)).append(" | ").append(evalGoal(eval)).append(" |\n");
        }
        m.append("\nGoals: select_all, snap, mirror, interpolation_type, handle_type at least 5 x faster than"
                + " Blender at both 1-million-key sizes; clean, copy, paste, delete, duplicate, bake_keys at least"
                + " 1,000 x faster there; every row's 100x10000 figure within 1.5 x its 1000x1000 figure;"
                + " evaluation at least 50 million samples per second on one core.\n\n");

        if (!undos.isEmpty()) {
            m.append("## Undo of each operator (`UndoHistory.undo`)\n\n| operator |");
            for (String s : sizes) {
                m.append(' ').append(s).append(" |");
            }
            m.append("\n|---|");
            for (int i = 0; i < sizes.size(); i++) {
                m.append("---:|");
            }
            m.append('\n');
            for (Map.Entry<String, Map<String, Figure>> e : undos.entrySet()) {
                m.append("| undo ").append(BenchOp.valueOf(e.getKey()).label()).append(" |");
                for (String s : sizes) {
                    Figure f = e.getValue().get(s);
                    m.append(' ').append(f == null ? "-" : fig(f)).append(" |");
                }
                m.append('\n');
            }
            m.append("\ncopy changes nothing and records no step.\n\n");
        }
        if (!files.isEmpty()) {
            m.append("## Loading and saving the 1-million-key documents (`DocumentFiles`)\n\n| | time |\n|---|---:|\n");
            files.forEach((k, f) -> m.append("| ").append(k).append(" | ").append(fig(f)).append(" |\n"));
            m.append('\n');
        }
        if (!ten.isEmpty()) {
            m.append("## 10-million-key document (100 x 100,000) in a 2 GB heap (`TenMillion`, one run, load ")
                    .append(ten.get("load")).append(")\n\n| step | result |\n|---|---:|\n");
            ten.forEach((k, v) -> {
                if (!k.equals("load") && !k.equals("exit")) {
                    m.append("| ").append(k).append(" | ").append(v).append(" |\n");
                }
            });
            m.append('\n');
        }
        if (!runtime.isEmpty()) {
            m.append("## Runtime (`RuntimeTimings`, median of the runs, load ").append(runtime.get("load"))
                    .append(")\n\n| | ms |\n|---|---:|\n");
            runtime.forEach((k, v) -> {
                if (!k.equals("load") && !k.equals("exit")) {
                    m.append("| ").append(k).append(" | ").append(v).append(" |\n");
                }
            });
            m.append("\nstartup: launching `java -jar runtime/target/dopesheet.jar` until its shell script has seen"
                    + " every family's operators (`ds:await`); deploy: moving the test operator bundle into the"
                    + " FileInstall folder (polled every 500 ms) until `ds:await test.count_keys` returns.\n\n");
        }
        Path notes = Paths.get(options.getOrDefault("notes", "benchmarks/NOTES.md"));
        if (Files.isRegularFile(notes)) {
            try {
                m.append(Files.readString(notes).trim()).append("\n\n");
            } catch (IOException e) {
                m.append("(").append(notes).append(" could not be read: ").append(e).append(")\n\n");
            }
        }
        m.append("## Measurement log\n\n```\n");
        for (String l : log) {
            m.append(l).append('\n');
        }
        m.append("```\n");
        return m.toString();
    }

    static double blender(String op, String size) {
        double[] b = BLENDER.get(op);
        for (int i = 0; i < BenchDocument.SIZES.length; i++) {
            if (BenchDocument.SIZES[i].equals(size)) {
                return b == null ? Double.NaN : b[i];
            }
        }
        return Double.NaN;
    }

    private String growth(Map<String, Figure> row) {
        Figure a = row.get("1000x1000");
        Figure b = row.get("100x10000");
        if (a == null || b == null) {
            return "-";
        }
        return String.format(Locale.ROOT, "%.2f", b.ms / a.ms);
    }

    private String goal(String op, Map<String, Figure> row) {
        double need = LINEAR.contains(op) ? 5 : SUPERLINEAR.contains(op) ? 1000 : Double.NaN;
        List<String> missed = new ArrayList<>();
        for (String s : List.of("1000x1000", "100x10000")) {
            Figure f = row.get(s);
            if (f == null) {
                return "-";
            }
            double r = blender(op, s) / f.ms;
            if (r < need) {
                missed.add(String.format(Locale.ROOT, "%s: %s of %.0f x", s, ratio(r), need));
            }
        }
        Figure a = row.get("1000x1000");
        Figure b = row.get("100x10000");
        if (b.ms > 1.5 * a.ms) {
            missed.add(String.format(Locale.ROOT, "growth %.2f > 1.5", b.ms / a.ms));
        }
        return missed.isEmpty() ? "met" : "**missed** (" + String.join("; ", missed) + ")";
    }

    private String evalGoal(Map<String, Figure> eval) {
        StringBuilder sb = new StringBuilder();
        boolean met = true;
        for (Map.Entry<String, Figure> e : eval.entrySet()) {
            int[] ck = BenchDocument.parseSize(e.getKey());
            double samples = (double) ck[0] * (2L * ck[1] - 1);
            double perSecond = samples / (e.getValue().ms / 1e3);
            met &= perSecond >= 50e6;
            sb.append(String.format(Locale.ROOT, "%s%.0f M/s", sb.length() == 0 ? "" : ", ", perSecond / 1e6));
        }
        return (met ? "met: " : "**missed**: ") + sb;
    }

    private static String ms(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        if (v >= 1000) {
            return String.format(Locale.ROOT, "%.1f s", v / 1000);
        }
        return String.format(Locale.ROOT, "%.2f ms", v);
    }

    private static String fig(Figure f) {
        String v = f.ms >= 100 ? String.format(Locale.ROOT, "%.1f", f.ms)
                : f.ms >= 1 ? String.format(Locale.ROOT, "%.2f", f.ms) : String.format(Locale.ROOT, "%.3f", f.ms);
        String e = f.error >= 100 ? String.format(Locale.ROOT, "%.0f", f.error)
                : f.error >= 1 ? String.format(Locale.ROOT, "%.1f", f.error) : String.format(Locale.ROOT, "%.2g", f.error);
        String med = f.median >= 100 ? String.format(Locale.ROOT, "%.1f", f.median)
                : f.median >= 1 ? String.format(Locale.ROOT, "%.2f", f.median) : String.format(Locale.ROOT, "%.3f", f.median);
        return v + " ± " + e + " ms (median " + med + ", load " + f.load() + ")";
    }

    private static String ratio(double r) {
        if (Double.isNaN(r)) {
            return "-";
        }
        return r >= 100 ? String.format(Locale.ROOT, "%,.0f x", r) : String.format(Locale.ROOT, "%.1f x", r);
    }

    private static String machine() {
        String cpu = "?";
        String mem = "?";
        try {
            for (String l : Files.readAllLines(Paths.get("/proc/cpuinfo"))) {
                if (l.startsWith("model name")) {
                    cpu = l.substring(l.indexOf(':') + 1).trim();
                    break;
                }
            }
            for (String l : Files.readAllLines(Paths.get("/proc/meminfo"))) {
                if (l.startsWith("MemTotal")) {
                    mem = String.format(Locale.ROOT, "%.0f GiB",
                            Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0);
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: leave the unknowns
        }
        return cpu + ", " + Runtime.getRuntime().availableProcessors() + " cores, " + mem + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.version");
    }

}
