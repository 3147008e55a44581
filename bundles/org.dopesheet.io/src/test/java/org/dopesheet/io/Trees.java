package org.dopesheet.io;

import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test helpers for JSON trees: deep copy, number normalisation, ordered comparison, navigation. */
final class Trees {
    private Trees() {
    }

    /**
     * A deep copy with numbers normalised: integral numbers as {@link Long}, all others as their
     * float32 value ({@link Float}).
     */
    static Object normalize(Object v) {
        if (v instanceof Map) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                out.put((String) e.getKey(), normalize(e.getValue()));
            }
            return out;
        }
        if (v instanceof List) {
            List<Object> out = new ArrayList<>();
            for (Object e : (List<?>) v) {
                out.add(normalize(e));
            }
            return out;
        }
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof BigInteger) {
            return ((BigInteger) v).longValueExact();
        }
        if (v instanceof Double || v instanceof Float || v instanceof BigDecimal) {
            return ((Number) v).floatValue();
        }
        return v;
    }

    /** A deep, mutable copy (numbers unchanged). */
    static Object copy(Object v) {
        if (v instanceof Map) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                out.put((String) e.getKey(), copy(e.getValue()));
            }
            return out;
        }
        if (v instanceof List) {
            List<Object> out = new ArrayList<>();
            for (Object e : (List<?>) v) {
                out.add(copy(e));
            }
            return out;
        }
        return v;
    }

    /**
     * The first difference between two normalised trees (key order, list length and order,
     * types, values; floats compared as float32 bit patterns), or null when they are equal.
     */
    static String difference(Object expected, Object actual, String path) {
        if (expected instanceof Map && actual instanceof Map) {
            Map<?, ?> e = (Map<?, ?>) expected;
            Map<?, ?> a = (Map<?, ?>) actual;
            List<Object> ek = new ArrayList<>(e.keySet());
            List<Object> ak = new ArrayList<>(a.keySet());
            if (!ek.equals(ak)) {
                return at(path) + "keys differ: expected " + ek + ", actual " + ak;
            }
            for (Object k : ek) {
                String d = difference(e.get(k), a.get(k), path.isEmpty() ? (String) k : path + "." + k);
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (expected instanceof List && actual instanceof List) {
            List<?> e = (List<?>) expected;
            List<?> a = (List<?>) actual;
            if (e.size() != a.size()) {
                return at(path) + "length differs: expected " + e.size() + ", actual " + a.size();
            }
            for (int i = 0; i < e.size(); i++) {
                String d = difference(e.get(i), a.get(i), path + "[" + i + "]");
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (expected == null ? actual == null
                : actual != null && expected.getClass() == actual.getClass() && expected.equals(actual)) {
            return null;
        }
        return at(path) + "expected " + describe(expected) + ", actual " + describe(actual);
    }

    private static String at(String path) {
        return (path.isEmpty() ? "(root)" : path) + ": ";
    }

    private static String describe(Object v) {
        return v == null ? "null" : v + " (" + v.getClass().getSimpleName() + ")";
    }

    /** Fails with the first difference unless the trees are equal after normalisation. */
    static void assertSameTree(Object expected, Object actual, String what) {
        String d = difference(normalize(expected), normalize(actual), "");
        if (d != null) {
            fail(what + ": " + d);
        }
    }

    /** The container at a path like {@code actions[0].fcurves[1]} ("" is the root). */
    static Object at(Object root, String path) {
        Object cur = root;
        if (path.isEmpty()) {
            return cur;
        }
        for (String part : path.split("\\.")) {
            String name = part;
            int bracket = part.indexOf('[');
            if (bracket >= 0) {
                name = part.substring(0, bracket);
            }
            if (!name.isEmpty()) {
                cur = ((Map<?, ?>) cur).get(name);
            }
            while (bracket >= 0) {
                int close = part.indexOf(']', bracket);
                cur = ((List<?>) cur).get(Integer.parseInt(part.substring(bracket + 1, close)));
                bracket = part.indexOf('[', close);
            }
        }
        return cur;
    }

    /** The object at a path. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object root, String path) {
        return (Map<String, Object>) at(root, path);
    }

    /** The list at a path. */
    @SuppressWarnings("unchecked")
    static List<Object> list(Object root, String path) {
        return (List<Object>) at(root, path);
    }
}
