package org.dopesheet.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dopesheet.io.Json;

/** Locates and reads the shared conformance vectors for tests. */
final class Vectors {
    private Vectors() {
    }

    /** The vectors folder ({@link ConformanceVectors#directory()}). */
    static Path dir() {
        return ConformanceVectors.directory();
    }

    static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir())) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> read(Path file) throws IOException {
        return (Map<String, Object>) Json.parse(Files.readString(file), file.toString());
    }
}
