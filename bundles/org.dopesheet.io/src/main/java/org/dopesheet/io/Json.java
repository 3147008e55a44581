package org.dopesheet.io;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.dopesheet.io.internal.JsonTreeReader;
import org.dopesheet.io.internal.JsonTreeWriter;

/**
 * JSON text to and from a plain tree.
 * <p>
 * A tree is made of {@link java.util.LinkedHashMap LinkedHashMap&lt;String, Object&gt;} (key order
 * as in the text), {@link java.util.ArrayList ArrayList&lt;Object&gt;}, {@link String},
 * {@link Boolean}, {@code null} and numbers: {@link Long} for integral literals (no fraction, no
 * exponent), {@link Double} for the others. Duplicate keys are an error.
 * <p>
 * Written text is indented by two spaces, with containers that hold only scalars (a keyframe, a
 * marker) on one line, as in the conformance vector files. Maps keep their iteration order; a
 * {@link Float} is written as {@link Float#toString(float)} (the float32 value, e.g. {@code 0.1}),
 * a {@link Double} as {@link Double#toString(double)}, other integral numbers exactly.
 */
public final class Json {
    private Json() {
    }

    /**
     * Parses one JSON value; the reader is not closed.
     *
     * @param sourceName name of the source for error messages (a file name), or null
     * @throws DocumentFormatException if the text is not one well-formed JSON value; the message
     *                                 names the source, line and column
     * @throws IOException             if reading fails
     */
    public static Object parse(Reader reader, String sourceName) throws IOException {
        return JsonTreeReader.parse(reader, sourceName);
    }

    /**
     * Parses one JSON value from a string.
     *
     * @throws DocumentFormatException if the text is not one well-formed JSON value
     */
    public static Object parse(String text, String sourceName) throws DocumentFormatException {
        try {
            return JsonTreeReader.parse(new StringReader(text), sourceName);
        } catch (DocumentFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string failed", e);
        }
    }

    /**
     * Writes a tree as JSON text ending with a newline; the writer is flushed, not closed.
     *
     * @throws IllegalArgumentException if the tree holds something JSON cannot represent (NaN or
     *                                  an infinity, a non-String key, an unsupported type); the
     *                                  message names its path. What was written before stays.
     * @throws IOException              if writing fails
     */
    public static void write(Object tree, Writer writer) throws IOException {
        JsonTreeWriter.write(tree, writer);
    }

    /**
     * The JSON text of a tree (see {@link #write(Object, Writer)}).
     *
     * @throws IllegalArgumentException if the tree holds something JSON cannot represent
     */
    public static String toText(Object tree) {
        StringWriter out = new StringWriter();
        try {
            JsonTreeWriter.write(tree, out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string failed", e);
        }
        return out.toString();
    }
}
