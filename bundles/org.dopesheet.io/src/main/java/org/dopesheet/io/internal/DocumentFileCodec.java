package org.dopesheet.io.internal;

import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.dopesheet.io.DocumentFormatException;
import org.dopesheet.model.BehaviourProfile;
import org.dopesheet.model.Document;

/**
 * Document files: a STATE object with a header ({@code format}, {@code format_version},
 * {@code name}, {@code profile}). Reading also accepts a bare STATE and a conformance vector
 * (whose {@code input} is taken). Saving writes a temporary file beside the target, forces it to
 * disk and moves it over the target atomically.
 */
public final class DocumentFileCodec {
    /** Value of the {@code format} field of a document file. */
    public static final String FORMAT = "dopesheet-document";
    /** The document file format version this code reads and writes. */
    public static final int FORMAT_VERSION = 1;

    private DocumentFileCodec() {
    }

    // ---- trees --------------------------------------------------------------------------------

    /** The document-file tree: header, then the STATE fields (a plain, fully built tree). */
    public static Map<String, Object> toTree(Document document) {
        document.lock().lock();
        try {
            Map<String, Object> tree = header(document);
            tree.putAll(StateWriter.write(document, false));
            return tree;
        } finally {
            document.lock().unlock();
        }
    }

    /** The tree for writing at once (keys made on demand); the caller holds the document's lock. */
    private static Map<String, Object> streamingTree(Document document) {
        Map<String, Object> tree = header(document);
        tree.putAll(StateWriter.writeForStreaming(document, false));
        return tree;
    }

    private static Map<String, Object> header(Document document) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("format", FORMAT);
        tree.put("format_version", (long) FORMAT_VERSION);
        tree.put("name", document.name());
        tree.put("profile", document.profile().name());
        return tree;
    }

    /**
     * A document from a parsed file: a document file, a conformance vector (its {@code input},
     * with profile {@code BLENDER_3_4} for vectors recorded from Blender 3.4 unless the input
     * names one) or a bare STATE.
     *
     * @param source name of the source for messages and, when the content has no name, for the
     *               document's name
     */
    public static Document fromTree(Object tree, String source) throws DocumentFormatException {
        if (!(tree instanceof Map)) {
            throw new DocumentFormatException(source, null,
                    "expected a JSON object at the top level, found " + Node.describe(tree));
        }
        Map<String, Object> root = Node.asObject(tree, "", source);
        if (root.containsKey("format")) {
            return fromDocumentFile(root, source);
        }
        if (root.containsKey("input") && (root.containsKey("expected") || root.containsKey("ops"))) {
            return fromVector(root, source);
        }
        return StateReader.read(root, defaultName(source), source, "", BehaviourProfile.CURRENT);
    }

    private static Document fromDocumentFile(Map<String, Object> root, String source) throws DocumentFormatException {
        Object format = root.get("format");
        if (!FORMAT.equals(format)) {
            throw new DocumentFormatException(source, "format",
                    "unknown file format " + Node.describe(format) + "; expected '" + FORMAT + "'");
        }
        if (!root.containsKey("format_version")) {
            throw new DocumentFormatException(source, "format_version", "missing required field");
        }
        int version = Node.toInt(root.get("format_version"), "format_version", source);
        if (version != FORMAT_VERSION) {
            throw new DocumentFormatException(source, "format_version", "unsupported version " + version
                    + "; this reader supports version " + FORMAT_VERSION);
        }
        String name = defaultName(source);
        if (root.containsKey("name")) {
            Object n = root.get("name");
            if (!(n instanceof String)) {
                throw new DocumentFormatException(source, "name", "expected a string, found " + Node.describe(n));
            }
            name = (String) n;
        }
        Map<String, Object> state = new LinkedHashMap<>(root);
        state.remove("format");
        state.remove("format_version");
        state.remove("name");
        return StateReader.read(state, name, source, "", BehaviourProfile.CURRENT);
    }

    private static Document fromVector(Map<String, Object> root, String source) throws DocumentFormatException {
        Object name = root.get("name");
        Object version = root.get("blender_version");
        BehaviourProfile profile = version instanceof String && ((String) version).startsWith("3.4")
                ? BehaviourProfile.BLENDER_3_4 : BehaviourProfile.CURRENT;
        return StateReader.read(root.get("input"), name instanceof String ? (String) name : defaultName(source),
                source, "input", profile);
    }

    /** The last segment of a source name without its extension ("untitled" without a source). */
    static String defaultName(String source) {
        if (source == null || source.isEmpty()) {
            return "untitled";
        }
        String s = source;
        int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        s = s.substring(slash + 1);
        int dot = s.lastIndexOf('.');
        if (dot > 0) {
            s = s.substring(0, dot);
        }
        return s.isEmpty() ? "untitled" : s;
    }

    // ---- text ---------------------------------------------------------------------------------

    /** Reads a document from text (see {@link #fromTree}). */
    public static Document read(Reader reader, String source) throws IOException {
        return fromTree(JsonTreeReader.parseDocument(reader, source), source);
    }

    /** Writes a document file (flushed, not closed), holding the document's lock meanwhile. */
    public static void write(Document document, Writer writer) throws IOException {
        document.lock().lock();
        try {
            JsonTreeWriter.write(streamingTree(document), writer);
        } finally {
            document.lock().unlock();
        }
    }

    // ---- files --------------------------------------------------------------------------------

    /** Loads a document file (UTF-8; malformed UTF-8 is a format error). */
    public static Document load(Path file) throws IOException {
        String source = file.toString();
        try (Reader reader = new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT))) {
            return read(reader, source);
        }
    }

    /**
     * Saves a document: the text goes to a new temporary file in the target's directory, which is
     * forced to disk and then moved over the target (atomically where the file system can; else
     * replacing it). A failure at any point removes the temporary file and leaves the target as
     * it was.
     */
    public static void save(Document document, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Path temp;
        boolean done = false;
        document.lock().lock();
        try {
            // the tree first: an inconsistent document fails before anything touches the disk
            Map<String, Object> tree = streamingTree(document);
            temp = createTemp(dir, target.getFileName().toString());
            try {
                writeAndForce(tree, temp);
            } catch (IOException | RuntimeException | Error e) {
                deleteQuietly(temp);
                throw e;
            }
        } finally {
            document.lock().unlock();
        }
        try {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } finally {
            if (!done) {
                deleteQuietly(temp);
            }
        }
        syncDirectory(dir);
    }

    /** Writes the tree to {@code file} as UTF-8 and forces the bytes to the device. */
    private static void writeAndForce(Map<String, Object> tree, Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
                Writer writer = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel),
                        StandardCharsets.UTF_8.newEncoder()
                                .onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16)) {
            JsonTreeWriter.write(tree, writer);
            writer.flush();
            channel.force(true);
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException cleanup) {
            // the original failure is what the caller needs to see
        }
    }

    /**
     * A new empty file {@code .<name>.<random>.tmp} in {@code dir}, with the default permissions
     * of new files (unlike {@code Files.createTempFile}, whose owner-only permissions the saved
     * file would inherit). Long names are shortened to stay within file name limits.
     */
    private static Path createTemp(Path dir, String name) throws IOException {
        String base = name.length() > 64 ? name.substring(0, 64) : name;
        for (int attempt = 0;; attempt++) {
            Path temp = dir.resolve("." + base + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
                    + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }

    /** Makes the rename durable where the platform allows syncing a directory (POSIX); best effort. */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not supported here (e.g. Windows): the file itself was forced before the move
        }
    }
}
