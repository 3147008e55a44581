package org.dopesheet.io;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The shared conformance vectors beside the project. */
final class Vectors {
    /** Overrides the folder (for running the tests from elsewhere). */
    static final String PROPERTY = "dopesheet.vectors";

    private Vectors() {
    }

    /** The vectors folder: {@code ../../../shared/conformance/vectors} from the module directory. */
    static Path folder() {
        String override = System.getProperty(PROPERTY);
        Path dir = (override != null ? Path.of(override) : Path.of("..", "..", "..", "shared", "conformance", "vectors"))
                .toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            fail("conformance vectors not found at " + dir + " (expected the shared folder beside the project, "
                    + "../shared/conformance/vectors from the project root; or set -D" + PROPERTY + "=<folder>)");
        }
        return dir;
    }

    /** Every vector file, sorted by name. */
    static List<Path> all() throws IOException {
        try (Stream<Path> files = Files.list(folder())) {
            List<Path> list = files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted()
                    .collect(Collectors.toList());
            assertTrue(!list.isEmpty(), "no *.json vectors in " + folder());
            return list;
        }
    }

    /** One vector file by name (without .json). */
    static Path named(String name) {
        Path p = folder().resolve(name + ".json");
        assertTrue(Files.isRegularFile(p), "vector " + p + " is missing");
        return p;
    }
}
