package org.dopesheet.io;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Map;
import org.dopesheet.io.internal.DocumentFileCodec;
import org.dopesheet.model.Document;

/**
 * Document files: JSON with a header and the STATE fields (see {@code docs/document-format.md}):
 * <pre>
 * {"format": "dopesheet-document", "format_version": 1, "name": "...", "profile": "CURRENT",
 *  "scene": {...}, "preferences": {...}, "objects": [...], "actions": [...], "editor": {...}}
 * </pre>
 * Reading also accepts a bare STATE object (named after the file) and a conformance vector file,
 * whose {@code input} is loaded (named after the vector; profile {@code BLENDER_3_4} for vectors
 * recorded from Blender 3.4 unless the input says otherwise). Files are UTF-8.
 * <p>
 * {@link #save} never leaves a truncated file: the text is written to a temporary file in the
 * same directory, forced to disk and moved over the target.
 */
public final class DocumentFiles {
    /** Value of a document file's {@code format} field. */
    public static final String FORMAT = DocumentFileCodec.FORMAT;

    /** The {@code format_version} written, and the only one read. */
    public static final int FORMAT_VERSION = DocumentFileCodec.FORMAT_VERSION;

    private DocumentFiles() {
    }

    /**
     * Loads a document file, a bare STATE or a conformance vector.
     *
     * @throws DocumentFormatException if the content is invalid (malformed JSON or UTF-8, or a
     *                                 content error); the message names the file and the line and
     *                                 column or JSON path
     * @throws IOException             if the file cannot be read
     */
    public static Document load(Path file) throws IOException {
        return DocumentFileCodec.load(file);
    }

    /**
     * Saves a document file atomically: a temporary file beside {@code file} is written, forced
     * to disk and moved over {@code file} ({@code ATOMIC_MOVE}, or {@code REPLACE_EXISTING} where
     * atomic moves are unsupported). On failure the temporary file is removed and {@code file}
     * keeps its previous content.
     *
     * @throws IOException              if writing or moving fails
     * @throws IllegalArgumentException if the document holds a value JSON cannot represent (NaN)
     * @throws IllegalStateException    if the document is inconsistent (see {@link StateCodec#write})
     */
    public static void save(Document document, Path file) throws IOException {
        DocumentFileCodec.save(document, file);
    }

    /**
     * Reads a document file, bare STATE or vector from text.
     *
     * @param sourceName name for error messages and, when the content names no document, for the
     *                   document (its last path segment without extension)
     * @throws DocumentFormatException if the content is invalid
     * @throws IOException             if reading fails
     */
    public static Document read(Reader reader, String sourceName) throws IOException {
        return DocumentFileCodec.read(reader, sourceName);
    }

    /**
     * Writes a document file's text; the writer is flushed, not closed.
     *
     * @throws IOException if writing fails
     */
    public static void write(Document document, Writer writer) throws IOException {
        DocumentFileCodec.write(document, writer);
    }

    /**
     * The tree of a document file: {@code format}, {@code format_version}, {@code name},
     * {@code profile}, then the STATE (plain, mutable, fully built).
     *
     * @throws IllegalStateException if the document is inconsistent (see {@link StateCodec#write})
     */
    public static Map<String, Object> toTree(Document document) {
        return DocumentFileCodec.toTree(document);
    }

    /**
     * A document from a parsed document file, bare STATE or vector tree.
     *
     * @param sourceName name for error messages and the default document name, or null
     * @throws DocumentFormatException if the content is invalid
     */
    public static Document fromTree(Object tree, String sourceName) throws DocumentFormatException {
        return DocumentFileCodec.fromTree(tree, sourceName);
    }
}
