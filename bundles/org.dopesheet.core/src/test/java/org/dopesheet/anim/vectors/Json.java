package org.dopesheet.anim.vectors;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal JSON tree read with jackson-core's streaming parser: objects become ordered maps,
 * arrays lists, numbers {@link Num} (keeping the literal so floats parse exactly as float32).
 */
public final class Json {
    private static final JsonFactory FACTORY = new JsonFactory();

    /** A JSON number, kept as written. */
    public record Num(String text) {
        public float f() {
            return Float.parseFloat(text);
        }

        public int i() {
            return Integer.parseInt(text);
        }

        public double d() {
            return Double.parseDouble(text);
        }
    }

    private Json() {
    }

    /** Parses a file. */
    public static Object read(Path file) {
        try (JsonParser p = FACTORY.createParser(file.toFile())) {
            p.nextToken();
            return value(p);
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    private static Object value(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                Map<String, Object> m = new LinkedHashMap<>();
                while (p.nextToken() != JsonToken.END_OBJECT) {
                    String name = p.currentName();
                    p.nextToken();
                    m.put(name, value(p));
                }
                return m;
            }
            case START_ARRAY: {
                List<Object> l = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    l.add(value(p));
                }
                return l;
            }
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new Num(p.getText());
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new IOException("unexpected token " + t);
        }
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> obj(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    public static List<Object> list(Object o) {
        return (List<Object>) o;
    }

    public static float f(Object o) {
        return ((Num) o).f();
    }

    public static int i(Object o) {
        return ((Num) o).i();
    }

    public static boolean b(Object o) {
        return (Boolean) o;
    }

    public static String s(Object o) {
        return (String) o;
    }
}
