package org.dopesheet.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.dopesheet.io.DocumentFiles;
import org.dopesheet.model.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * {@code DocumentFiles.save} and {@code DocumentFiles.load} of the 1-million-key documents (a
 * temporary file; the save forces it to disk as every save does).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+UseParallelGC"})
public class FilesBenchmark {
    @Param({"1000x1000", "100x10000"})
    public String size;

    Document doc;
    Path dir;
    Path file;

    @Setup
    public void setup() throws IOException {
        int[] ck = BenchDocument.parseSize(size);
        doc = BenchDocument.build("files", ck[0], ck[1]);
        dir = Files.createTempDirectory("dopesheet-bench");
        file = dir.resolve("doc.json");
        DocumentFiles.save(doc, file);
    }

    @TearDown
    public void cleanUp() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
    }

    @Benchmark
    public Path save() throws IOException {
        DocumentFiles.save(doc, file);
        return file;
    }

    @Benchmark
    public Document load() throws IOException {
        return DocumentFiles.load(file);
    }
}
