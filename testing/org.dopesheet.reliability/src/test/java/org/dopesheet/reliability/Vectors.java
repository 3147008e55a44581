package org.dopesheet.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dopesheet.io.DocumentFormatException;
import org.dopesheet.io.Json;
import org.dopesheet.io.StateCodec;
import org.dopesheet.model.BehaviourProfile;
import org.dopesheet.model.Document;

/**
 * The shared conformance vectors: {@code -Ddopesheet.conformance.dir} (set by the pom), else
 * {@code ../shared/conformance/vectors} beside the first folder upwards of the working
 * directory that has one.
 */
final class Vectors {
    private Vectors() {
    }

    /** The vectors folder; fails when there is none. */
    static Path dir() {
        String configured = System.getProperty("dopesheet.conformance.dir");
        if (configured != null && !configured.isBlank() && Files.isDirectory(Paths.get(configured))) {
            return Paths.get(configured);
        }
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("../shared/conformance/vectors").normalize();
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no conformance vectors: set -Ddopesheet.conformance.dir (configured: "
                + configured + ") or put shared/ beside the project");
    }

    /** Every vector file, sorted by name (INDEX.json excluded). */
    static List<Path> files() {
        try (Stream<Path> s = Files.list(dir())) {
            return s.filter(p -> p.toString().endsWith(".json") && !p.getFileName().toString().equals("INDEX.json"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The vector file of this name ({@code snap_cfra}). */
    static Path file(String name) {
        return dir().resolve(name + ".json");
    }

    /** A parsed vector. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> read(Path file) {
        try {
            return (Map<String, Object>) Json.parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name of a vector file without {@code .json}. */
    static String name(Path file) {
        return file.getFileName().toString().replaceFirst("\\.json$", "");
    }

    /** A new document of a vector's {@code input} (profile BLENDER_3_4 for vectors recorded from 3.4). */
    static Document input(Path file) {
        return state(read(file), "input", name(file));
    }

    /** A new document of a STATE of a parsed vector ({@code input} or {@code expected}). */
    @SuppressWarnings("unchecked")
    static Document state(Map<String, Object> vector, String part, String name) {
        Map<String, Object> state = new java.util.LinkedHashMap<>((Map<String, Object>) vector.get(part));
        state.remove("op_results");
        Document d;
        try {
            d = StateCodec.read(state, name, name + "." + part);
        } catch (DocumentFormatException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        Object version = vector.get("blender_version");
        if (version instanceof String && ((String) version).startsWith("3.4") && !state.containsKey("profile")) {
            d.setProfile(BehaviourProfile.BLENDER_3_4);
        }
        return d;
    }
}
