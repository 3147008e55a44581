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

    /** The vectors folder: system property {@code dopesheet.conformance.dir}, else {@code ../shared} above the reactor. */
    static Path dir() {
        String p = System.getProperty("dopesheet.conformance.dir");
        if (p != null && Files.isDirectory(Path.of(p))) {
            return Path.of(p);
        }
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path candidate = d.resolve("../shared/conformance/vectors").normalize();
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("conformance vectors not found (expected ../shared/conformance/vectors"
                + " beside the project)");
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
