package org.dopesheet.reliability;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Text of invocations for reports, in the shell's Python-like form: {@code action.snap(type='CFRA')}. */
final class Invocations {
    private Invocations() {
    }

    /** {@code id(key=value, ...)}. */
    static String text(String operatorId, Map<String, ?> properties) {
        StringBuilder b = new StringBuilder(operatorId).append('(');
        boolean first = true;
        for (Map.Entry<String, ?> e : properties.entrySet()) {
            if (!first) {
                b.append(", ");
            }
            first = false;
            b.append(e.getKey()).append('=').append(literal(e.getValue()));
        }
        return b.append(')').toString();
    }

    /** A Python literal of a raw property value (NaN and infinities as {@code float('nan')} ...). */
    static String literal(Object v) {
        if (v == null) {
            return "None";
        }
        if (v instanceof Boolean) {
            return (Boolean) v ? "True" : "False";
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (Double.isNaN(d)) {
                return "float('nan')";
            }
            if (Double.isInfinite(d)) {
                return d > 0 ? "float('inf')" : "float('-inf')";
            }
            return v instanceof Float ? Float.toString((Float) v) : Double.toString(d);
        }
        if (v instanceof Number) {
            return v.toString();
        }
        if (v instanceof CharSequence) {
            return "'" + v.toString().replace("\\", "\\\\").replace("'", "\\'") + "'";
        }
        if (v instanceof Map) {
            StringBuilder b = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                if (!first) {
                    b.append(", ");
                }
                first = false;
                b.append(literal(Objects.toString(e.getKey()))).append(": ").append(literal(e.getValue()));
            }
            return b.append('}').toString();
        }
        if (v instanceof Collection) {
            StringBuilder b = new StringBuilder("[");
            boolean first = true;
            for (Object o : (Collection<?>) v) {
                if (!first) {
                    b.append(", ");
                }
                first = false;
                b.append(literal(o));
            }
            return b.append(']').toString();
        }
        return String.valueOf(v);
    }

    /** The first place where two plain trees differ, e.g. {@code actions[0].users: 1 != 2}, or null. */
    static String firstDifference(Object a, Object b, String path) {
        if (Objects.equals(a, b)) {
            return null;
        }
        if (a instanceof Map && b instanceof Map) {
            Map<?, ?> ma = (Map<?, ?>) a;
            Map<?, ?> mb = (Map<?, ?>) b;
            for (Object k : ma.keySet()) {
                String d = firstDifference(ma.get(k), mb.get(k), path.isEmpty() ? k.toString() : path + "." + k);
                if (d != null) {
                    return d;
                }
            }
            for (Object k : mb.keySet()) {
                if (!ma.containsKey(k)) {
                    return (path.isEmpty() ? "" : path + ".") + k + ": added";
                }
            }
        }
        if (a instanceof List && b instanceof List) {
            List<?> la = (List<?>) a;
            List<?> lb = (List<?>) b;
            for (int i = 0; i < Math.min(la.size(), lb.size()); i++) {
                String d = firstDifference(la.get(i), lb.get(i), path + "[" + i + "]");
                if (d != null) {
                    return d;
                }
            }
            return path + ": " + la.size() + " elements != " + lb.size();
        }
        return path + ": " + shorten(literal(a)) + " != " + shorten(literal(b));
    }

    private static String shorten(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "..." : s;
    }
}
