package org.dopesheet.io.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dopesheet.io.DocumentFormatException;

/**
 * A JSON object of a tree being read, at a known JSON path. Typed accessors check presence and
 * type and throw a {@link DocumentFormatException} naming the path of the offending field;
 * {@link #finish()} rejects fields nobody read.
 */
final class Node {
    private final Map<String, Object> map;
    private final String path;
    private final String source;
    private final Set<String> read = new LinkedHashSet<>();

    private Node(Map<String, Object> map, String path, String source) {
        this.map = map;
        this.path = path;
        this.source = source;
    }

    /** The root object of a tree ({@code path} is the prefix of every path: "" or e.g. "input"). */
    static Node root(Object value, String path, String source) throws DocumentFormatException {
        return new Node(asObject(value, path, source), path, source);
    }

    String path() {
        return path;
    }

    String source() {
        return source;
    }

    /** Path of a field of this object. */
    String pathOf(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** An error at a field of this object. */
    DocumentFormatException error(String key, String problem) {
        return new DocumentFormatException(source, pathOf(key), problem);
    }

    /** An error at this object. */
    DocumentFormatException error(String problem) {
        return new DocumentFormatException(source, path, problem);
    }

    boolean has(String key) {
        return map.containsKey(key);
    }

    /** Marks a field as known without reading it (derived data that readers ignore). */
    void ignore(String key) {
        read.add(key);
    }

    /** The raw value of a required field (may be null). */
    Object required(String key) throws DocumentFormatException {
        if (!map.containsKey(key)) {
            throw error(key, "missing required field");
        }
        read.add(key);
        return map.get(key);
    }

    String string(String key) throws DocumentFormatException {
        Object v = required(key);
        if (!(v instanceof String)) {
            throw error(key, "expected a string, found " + describe(v));
        }
        return (String) v;
    }

    String stringOrNull(String key) throws DocumentFormatException {
        Object v = required(key);
        if (v != null && !(v instanceof String)) {
            throw error(key, "expected a string or null, found " + describe(v));
        }
        return (String) v;
    }

    boolean bool(String key) throws DocumentFormatException {
        Object v = required(key);
        if (!(v instanceof Boolean)) {
            throw error(key, "expected true or false, found " + describe(v));
        }
        return (Boolean) v;
    }

    int integer(String key) throws DocumentFormatException {
        return toInt(required(key), pathOf(key), source);
    }

    /** An integer field that may be null. */
    Integer integerOrNull(String key) throws DocumentFormatException {
        Object v = required(key);
        return v == null ? null : toInt(v, pathOf(key), source);
    }

    float float32(String key) throws DocumentFormatException {
        return toFloat(required(key), pathOf(key), source);
    }

    /** An RNA enum field: the value must be one of the constants' names. */
    <E extends Enum<E>> E enumValue(String key, Class<E> type) throws DocumentFormatException {
        return toEnum(required(key), type, pathOf(key), source);
    }

    /** An RNA enum field whose items are given as identifiers (for enums the model keeps as strings). */
    String identifier(String key, List<String> allowed) throws DocumentFormatException {
        Object v = required(key);
        if (!(v instanceof String)) {
            throw error(key, "expected one of " + String.join(", ", allowed) + ", found " + describe(v));
        }
        if (!allowed.contains(v)) {
            throw error(key, "unknown value '" + v + "'; expected one of " + String.join(", ", allowed));
        }
        return (String) v;
    }

    Node object(String key) throws DocumentFormatException {
        return new Node(asObject(required(key), pathOf(key), source), pathOf(key), source);
    }

    /** A field holding an object or null. */
    Node objectOrNull(String key) throws DocumentFormatException {
        Object v = required(key);
        if (v == null) {
            return null;
        }
        return new Node(asObject(v, pathOf(key), source), pathOf(key), source);
    }

    /** A list field. */
    Items list(String key) throws DocumentFormatException {
        Object v = required(key);
        if (!(v instanceof List)) {
            throw error(key, "expected an array, found " + describe(v));
        }
        return new Items((List<?>) v, pathOf(key), source);
    }

    /** The fields not read yet, in order. */
    List<String> unreadKeys() {
        List<String> out = new ArrayList<>();
        for (String k : map.keySet()) {
            if (!read.contains(k)) {
                out.add(k);
            }
        }
        return out;
    }

    /** The raw value of an unread field, marking it read. */
    Object take(String key) {
        read.add(key);
        return map.get(key);
    }

    /** Rejects any field that was not read. */
    void finish() throws DocumentFormatException {
        for (String k : map.keySet()) {
            if (!read.contains(k)) {
                throw error(k, "unknown field; expected one of " + String.join(", ", read));
            }
        }
    }

    /** The elements of a JSON array at a known path. */
    static final class Items {
        private final List<?> list;
        private final String path;
        private final String source;

        Items(List<?> list, String path, String source) {
            this.list = list;
            this.path = path;
            this.source = source;
        }

        int size() {
            return list.size();
        }

        String pathOf(int i) {
            return path + "[" + i + "]";
        }

        Object raw(int i) {
            return list.get(i);
        }

        Node object(int i) throws DocumentFormatException {
            return new Node(asObject(list.get(i), pathOf(i), source), pathOf(i), source);
        }

        int integer(int i) throws DocumentFormatException {
            return toInt(list.get(i), pathOf(i), source);
        }

        float float32(int i) throws DocumentFormatException {
            return toFloat(list.get(i), pathOf(i), source);
        }

        DocumentFormatException error(String problem) {
            return new DocumentFormatException(source, path, problem);
        }
    }

    // ---- conversions ------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    static Map<String, Object> asObject(Object v, String path, String source) throws DocumentFormatException {
        if (!(v instanceof Map)) {
            throw new DocumentFormatException(source, path, "expected an object, found " + describe(v));
        }
        for (Object k : ((Map<?, ?>) v).keySet()) {
            if (!(k instanceof String)) {
                throw new DocumentFormatException(source, path, "object key " + k + " is not a string");
            }
        }
        return (Map<String, Object>) v;
    }

    static boolean isIntegral(Object v) {
        return v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte
                || v instanceof BigInteger;
    }

    static int toInt(Object v, String path, String source) throws DocumentFormatException {
        if (!isIntegral(v)) {
            throw new DocumentFormatException(source, path, "expected an integer, found " + describe(v));
        }
        Number n = (Number) v;
        if (n instanceof BigInteger || n.longValue() < Integer.MIN_VALUE || n.longValue() > Integer.MAX_VALUE) {
            throw new DocumentFormatException(source, path,
                    "integer " + n + " is out of range (" + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + ")");
        }
        return n.intValue();
    }

    static float toFloat(Object v, String path, String source) throws DocumentFormatException {
        double d;
        if (v instanceof Double || v instanceof Float || v instanceof BigDecimal || isIntegral(v)) {
            d = ((Number) v).doubleValue();
        } else {
            throw new DocumentFormatException(source, path, "expected a number, found " + describe(v));
        }
        if (!Double.isFinite(d)) {
            throw new DocumentFormatException(source, path, "expected a finite number, found " + v);
        }
        float f = (float) d;
        if (Float.isInfinite(f)) {
            throw new DocumentFormatException(source, path, "number " + v + " is out of the 32-bit float range");
        }
        return f;
    }

    static <E extends Enum<E>> E toEnum(Object v, Class<E> type, String path, String source)
            throws DocumentFormatException {
        if (v instanceof String) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(v)) {
                    return e;
                }
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        if (!(v instanceof String)) {
            throw new DocumentFormatException(source, path, "expected one of " + allowed + ", found " + describe(v));
        }
        throw new DocumentFormatException(source, path, "unknown value '" + v + "'; expected one of " + allowed);
    }

    /** A short description of a JSON value for error messages. */
    static String describe(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof String) {
            String s = (String) v;
            return "the string '" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "'";
        }
        if (v instanceof Boolean) {
            return "the boolean " + v;
        }
        if (v instanceof Number) {
            return "the number " + v;
        }
        if (v instanceof Map) {
            return "an object";
        }
        if (v instanceof List) {
            return "an array";
        }
        return "a " + v.getClass().getSimpleName();
    }
}
