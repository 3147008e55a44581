package org.dopesheet.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Measures the runtime from outside: the time from launching {@code java -jar dopesheet.jar} to a
 * ready registry (the shell's script has seen every family's operators with {@code ds:await}),
 * and the time from dropping the test operator bundle into the FileInstall folder to its
 * operators being invocable ({@code ds:await} in the running shell returns). Each run is a fresh
 * runtime with a fresh deploy folder; the jar is copied beside the folder and moved in atomically
 * so that FileInstall never sees a partial file. Waiting is by reading the runtime's output
 * with a deadline (no sleeps).
 * <p>
 * Output: {@code key=value} lines ({@code startup_ms}, {@code deploy_ms}: median of the runs,
 * then every run). Usage:
 * {@code java -cp benchmarks.jar org.dopesheet.benchmarks.RuntimeTimings [RUNTIME_JAR [BUNDLE_JAR [RUNS]]]}
 */
public final class RuntimeTimings {
    static final String RUNTIME = "runtime/target/dopesheet.jar";
    static final String BUNDLE = "testing/org.dopesheet.test.operators/target/org.dopesheet.test.operators-0.1.0-SNAPSHOT.jar";
    /** The operators of every family of the runtime, awaited before the runtime counts as ready. */
    static final String READY_OPS = "action.select_all action.clean action.copy action.snap action.view_all"
            + " action.stash";
    static final String BUNDLE_OP = "test.count_keys";
    static final long DEADLINE_MS = 120_000;

    private RuntimeTimings() {
    }

    public static void main(String[] args) throws Exception {
        Path runtime = Paths.get(args.length > 0 ? args[0] : RUNTIME).toAbsolutePath();
        Path bundle = Paths.get(args.length > 1 ? args[1] : BUNDLE).toAbsolutePath();
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        if (!Files.isRegularFile(runtime) || !Files.isRegularFile(bundle)) {
            System.out.println("error=missing " + (Files.isRegularFile(runtime) ? bundle : runtime)
                    + " (build with: mvn -B -DskipTests install)");
            System.exit(2);
        }
        List<Double> startups = new ArrayList<>();
        List<Double> deploys = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            double[] t = once(runtime, bundle);
            startups.add(t[0]);
            deploys.add(t[1]);
            System.out.printf(Locale.ROOT, "run%d_startup_ms=%.0f%nrun%d_deploy_ms=%.0f%n", r + 1, t[0], r + 1, t[1]);
        }
        System.out.printf(Locale.ROOT, "startup_ms=%.0f%ndeploy_ms=%.0f%nruns=%d%n", median(startups), median(deploys),
                runs);
    }

    static double median(List<Double> v) {
        List<Double> s = new ArrayList<>(v);
        s.sort(Comparator.naturalOrder());
        return s.get(s.size() / 2);
    }

    /** One launch: {startup ms, deploy ms}. */
    static double[] once(Path runtime, Path bundle) throws Exception {
        Path work = Files.createTempDirectory("dopesheet-runtime-bench");
        Path deploy = Files.createDirectories(work.resolve("deploy"));
        Path script = work.resolve("bench.gosh");
        Files.writeString(script, "ds:await -t " + DEADLINE_MS + " " + READY_OPS + "\n"
                + "echo BENCH-READY\n"
                + "ds:await -t " + DEADLINE_MS + " " + BUNDLE_OP + "\n"
                + "echo BENCH-DEPLOYED\n"
                + "exit 0\n");
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-XX:+UseParallelGC", "-Dfelix.fileinstall.dir=" + deploy,
                "-Dgosh.args=-q '" + script + "'", "-jar", runtime.toString())
                .directory(work.toFile()).redirectErrorStream(true);
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        long t0 = System.nanoTime();
        Process p = pb.start();
        p.getOutputStream().close();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String l; (l = in.readLine()) != null;) {
                    lines.add(l);
                }
            } catch (IOException e) {
                lines.add("read failed: " + e);
            } finally {
                lines.add("\u0000EOF");
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            long ready = await(lines, "BENCH-READY", t0);
            Path staged = work.resolve("staged.jar");
            Files.copy(bundle, staged);
            long dropped = System.nanoTime();
            Files.move(staged, deploy.resolve(bundle.getFileName()), StandardCopyOption.ATOMIC_MOVE);
            long deployed = await(lines, "BENCH-DEPLOYED", t0);
            if (!p.waitFor(DEADLINE_MS, TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the runtime did not exit");
            }
            return new double[] {(ready - t0) / 1e6, (deployed - dropped) / 1e6};
        } finally {
            p.destroy();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /** Waits for a line containing {@code marker}; returns the time it was read. */
    static long await(BlockingQueue<String> lines, String marker, long t0) throws InterruptedException {
        long deadline = t0 + TimeUnit.MILLISECONDS.toNanos(DEADLINE_MS);
        StringBuilder seen = new StringBuilder();
        while (true) {
            long left = deadline - System.nanoTime();
            String l = left > 0 ? lines.poll(left, TimeUnit.NANOSECONDS) : null;
            if (l == null || l.equals("\u0000EOF")) {
                throw new IllegalStateException("no '" + marker + "' from the runtime; its output:\n" + seen);
            }
            if (l.contains(marker)) {
                return System.nanoTime();
            }
            seen.append(l).append('\n');
        }
    }
}
