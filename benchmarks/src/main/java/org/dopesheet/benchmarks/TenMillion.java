package org.dopesheet.benchmarks;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dopesheet.io.DocumentFiles;
import org.dopesheet.model.Document;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.Registries;

/**
 * The 10-million-key document (100 curves x 100,000 keys, the shape of {@link BenchDocument}):
 * built, saved, loaded, then {@code select_all} (TOGGLE) and {@code snap} (NEAREST_FRAME)
 * through the registry with undo recording on, and both undone, in a JVM whose heap is whatever
 * {@code -Xmx} it was started with (2 GB for the report). Each step is timed once (wall clock);
 * the output is one {@code key=value} line per figure, for {@link Report}.
 * <p>
 * {@code java -Xmx2g -cp benchmarks/target/benchmarks.jar org.dopesheet.benchmarks.TenMillion [CURVESxKEYS]}
 */
public final class TenMillion {
    private TenMillion() {
    }

    public static void main(String[] args) throws Exception {
        String size = args.length > 0 ? args[0] : "100x100000";
        int[] ck = BenchDocument.parseSize(size);
        print("size", size);
        print("max_heap_mb", Runtime.getRuntime().maxMemory() >> 20);
        Path dir = Files.createTempDirectory("dopesheet-10m");
        Path file = dir.resolve("ten-million.json");
        try {
            Registries.Standalone s = BenchDocument.registry();
            buildAndSave(ck, file);
            System.gc(); // the built document is gone: the loaded one is the only one in the heap
            Document loaded = time("load", () -> DocumentFiles.load(file));
            if (loaded.keyCount() != (long) ck[0] * ck[1]) {
                throw new IllegalStateException("loaded " + loaded.keyCount() + " keys");
            }
            s.documents().put(loaded);
            call(s, loaded, "select_all", "action.select_all", Map.of("action", "TOGGLE"));
            call(s, loaded, "snap", "action.snap", Map.of("type", "NEAREST_FRAME"));
            time("undo_snap", () -> s.undoHistory().undo(loaded));
            time("undo_select_all", () -> s.undoHistory().undo(loaded));
            time("save_loaded", () -> {
                DocumentFiles.save(loaded, file);
                return null;
            });
            print("peak_heap_mb", peakHeapMb());
            print("gc_ms", gcMillis());
            print("ok", "true");
        } catch (OutOfMemoryError e) {
            print("ok", "false");
            print("error", "OutOfMemoryError: " + e.getMessage());
            print("peak_heap_mb", peakHeapMb());
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    private static void buildAndSave(int[] ck, Path file) throws Exception {
        Document built = time("build", () -> BenchDocument.build("ten", ck[0], ck[1]));
        print("keys", built.keyCount());
        time("save", () -> {
            DocumentFiles.save(built, file);
            return null;
        });
        print("file_mb", Files.size(file) >> 20);
    }

    private static void call(Registries.Standalone s, Document d, String name, String id, Map<String, ?> props)
            throws Exception {
        OperatorResult r = time(name, () -> s.registry().invoke(d, id, props));
        print(name + "_result", r);
    }

    private static <T> T time(String name, Callable<T> step) throws Exception {
        long t0 = System.nanoTime();
        T result = step.call();
        print(name + "_ms", String.format(Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e6));
        return result;
    }

    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
    }

    private static long gcMillis() {
        long sum = 0;
        for (GarbageCollectorMXBean g : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, g.getCollectionTime());
        }
        return sum;
    }

    private static void print(String key, Object value) {
        System.out.println(key + "=" + value);
        System.out.flush();
    }

}
