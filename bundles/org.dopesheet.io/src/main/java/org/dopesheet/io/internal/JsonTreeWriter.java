package org.dopesheet.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Writes a plain tree (maps with String keys, lists, strings, booleans, numbers, nulls) as JSON
 * with Jackson's streaming generator, in the layout of the conformance vector files: two-space
 * indentation, and a container printed on one line when it holds only scalars, empty containers
 * and lists of those (a keyframe, a marker, {@code view2d.cur}). Key order is kept; a
 * {@link Float} is written as {@link Float#toString(float)}, a {@link Double} as
 * {@link Double#toString(double)}; the text ends with a newline.
 */
public final class JsonTreeWriter {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private JsonTreeWriter() {
    }

    /**
     * Writes {@code tree} to {@code out} (flushed, not closed).
     *
     * @throws IllegalArgumentException if the tree holds a value JSON cannot represent (a
     *                                  non-finite number, a non-String key, another type); the
     *                                  message names its path. Output written so far is not undone.
     * @throws IOException              if writing fails
     */
    public static void write(Object tree, Writer out) throws IOException {
        Layout layout = new Layout();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(layout);
            value(g, layout, tree, new StringBuilder());
        }
        out.write('\n');
        out.flush();
    }

    private static void value(JsonGenerator g, Layout layout, Object v, StringBuilder path) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String) {
            g.writeString((String) v);
        } else if (v instanceof Boolean) {
            g.writeBoolean((Boolean) v);
        } else if (v instanceof Float) {
            float f = (Float) v;
            requireFinite(Float.isFinite(f), v, path);
            g.writeNumber(Float.toString(f));
        } else if (v instanceof Double) {
            double d = (Double) v;
            requireFinite(Double.isFinite(d), v, path);
            g.writeNumber(Double.toString(d));
        } else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            g.writeNumber(((Number) v).longValue());
        } else if (v instanceof BigInteger) {
            g.writeNumber((BigInteger) v);
        } else if (v instanceof BigDecimal) {
            g.writeNumber((BigDecimal) v);
        } else if (v instanceof Map) {
            Map<?, ?> map = (Map<?, ?>) v;
            layout.nextInline = isFlatContainer(map.values());
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof String)) {
                    throw new IllegalArgumentException(at(path) + "map key " + e.getKey() + " is not a String");
                }
                String key = (String) e.getKey();
                int mark = path.length();
                if (mark > 0) {
                    path.append('.');
                }
                path.append(key);
                g.writeFieldName(key);
                value(g, layout, e.getValue(), path);
                path.setLength(mark);
            }
            g.writeEndObject();
        } else if (v instanceof List) {
            List<?> list = (List<?>) v;
            layout.nextInline = isFlatContainer(list);
            g.writeStartArray();
            for (int i = 0; i < list.size(); i++) {
                int mark = path.length();
                path.append('[').append(i).append(']');
                value(g, layout, list.get(i), path);
                path.setLength(mark);
            }
            g.writeEndArray();
        } else {
            throw new IllegalArgumentException(at(path) + "cannot write a " + v.getClass().getName() + " as JSON");
        }
    }

    private static void requireFinite(boolean finite, Object v, StringBuilder path) {
        if (!finite) {
            throw new IllegalArgumentException(at(path) + "JSON cannot represent the number " + v);
        }
    }

    private static String at(StringBuilder path) {
        return path.length() == 0 ? "" : path + ": ";
    }

    /** Holds only scalars, empty containers and lists of those. */
    private static boolean isFlatContainer(Iterable<?> children) {
        for (Object c : children) {
            if (c instanceof Map) {
                if (!((Map<?, ?>) c).isEmpty()) {
                    return false;
                }
            } else if (c instanceof List) {
                for (Object e : (List<?>) c) {
                    boolean nonEmptyMap = e instanceof Map && !((Map<?, ?>) e).isEmpty();
                    if (nonEmptyMap || e instanceof List && !((List<?>) e).isEmpty()) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * The pretty printer: a container opened while {@link #nextInline} is set (or inside an
     * inline container) is written on one line; other containers put each entry on its own line.
     */
    private static final class Layout implements PrettyPrinter {
        private static final String INDENT = "  ";
        /** Per open container: whether it is written inline. */
        private final Deque<Boolean> open = new ArrayDeque<>();
        boolean nextInline;

        private void start(JsonGenerator g, char c) throws IOException {
            boolean inline = nextInline || (!open.isEmpty() && open.peek());
            nextInline = false;
            open.push(inline);
            g.writeRaw(c);
        }

        private void entryStart(JsonGenerator g, boolean first) throws IOException {
            if (open.peek()) {
                if (!first) {
                    g.writeRaw(", ");
                }
            } else {
                if (!first) {
                    g.writeRaw(',');
                }
                newline(g, open.size());
            }
        }

        private void end(JsonGenerator g, int entries, char c) throws IOException {
            boolean inline = open.pop();
            if (!inline && entries > 0) {
                newline(g, open.size());
            }
            g.writeRaw(c);
        }

        private static void newline(JsonGenerator g, int depth) throws IOException {
            g.writeRaw('\n');
            for (int i = 0; i < depth; i++) {
                g.writeRaw(INDENT);
            }
        }

        @Override
        public void writeRootValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw('\n');
        }

        @Override
        public void writeStartObject(JsonGenerator g) throws IOException {
            start(g, '{');
        }

        @Override
        public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
            end(g, nrOfEntries, '}');
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            entryStart(g, false);
        }

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(": ");
        }

        @Override
        public void writeStartArray(JsonGenerator g) throws IOException {
            start(g, '[');
        }

        @Override
        public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
            end(g, nrOfValues, ']');
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            entryStart(g, false);
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            entryStart(g, true);
        }

        @Override
        public void beforeObjectEntries(JsonGenerator g) throws IOException {
            entryStart(g, true);
        }
    }
}
