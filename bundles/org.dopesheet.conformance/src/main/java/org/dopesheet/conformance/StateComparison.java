package org.dopesheet.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The comparison rules of the conformance vectors (FORMAT.md section 6, {@code compare.py}):
 * floats within tolerance (evaluate tolerances inside a {@code values} subtree), everything else
 * exactly, including list lengths and order; missing and unexpected keys are differences.
 */
public final class StateComparison {
    private StateComparison() {
    }

    /** The differences, each {@code path: expected X, got Y}, in document order. */
    public static List<String> compare(Object expected, Object actual, Tolerance tol) {
        List<String> out = new ArrayList<>();
        compare(expected, actual, tol, "expected", false, out);
        return out;
    }

    private static void compare(Object exp, Object act, Tolerance tol, String path, boolean inValues, List<String> out) {
        if (exp instanceof Map) {
            if (!(act instanceof Map)) {
                out.add(path + ": expected object, got " + describe(act));
                return;
            }
            Map<?, ?> e = (Map<?, ?>) exp;
            Map<?, ?> a = (Map<?, ?>) act;
            for (Map.Entry<?, ?> en : e.entrySet()) {
                String k = String.valueOf(en.getKey());
                if (!a.containsKey(k)) {
                    out.add(path + "." + k + ": missing");
                } else {
                    compare(en.getValue(), a.get(k), tol, path + "." + k, inValues || k.equals("values"), out);
                }
            }
            for (Object k : a.keySet()) {
                if (!e.containsKey(k)) {
                    out.add(path + "." + k + ": unexpected");
                }
            }
            return;
        }
        if (exp instanceof List) {
            if (!(act instanceof List) || ((List<?>) exp).size() != ((List<?>) act).size()) {
                out.add(path + ": expected list of " + ((List<?>) exp).size() + ", got "
                        + (act instanceof List ? "list of " + ((List<?>) act).size() : describe(act)));
                return;
            }
            List<?> e = (List<?>) exp;
            List<?> a = (List<?>) act;
            for (int i = 0; i < e.size(); i++) {
                compare(e.get(i), a.get(i), tol, path + "[" + i + "]", inValues, out);
            }
            return;
        }
        if (isFloat(exp) || (isNumber(exp) && isFloat(act))) {
            if (!isNumber(act)) {
                out.add(path + ": expected " + repr(exp) + ", got " + repr(act));
                return;
            }
            double x = ((Number) exp).doubleValue();
            double y = ((Number) act).doubleValue();
            double absTol = inValues ? tol.evaluateAbs() : tol.abs();
            double relTol = inValues ? tol.evaluateRel() : tol.rel();
            if (!(Math.abs(x - y) <= absTol + relTol * Math.max(Math.abs(x), Math.abs(y)))) {
                out.add(path + ": expected " + repr(exp) + ", got " + repr(act));
            }
            return;
        }
        if (isNumber(exp) && isNumber(act)) {
            if (((Number) exp).longValue() != ((Number) act).longValue()) {
                out.add(path + ": expected " + repr(exp) + ", got " + repr(act));
            }
            return;
        }
        if (exp == null ? act != null : !exp.equals(act)) {
            out.add(path + ": expected " + repr(exp) + ", got " + repr(act));
        }
    }

    private static boolean isNumber(Object o) {
        return o instanceof Number;
    }

    private static boolean isFloat(Object o) {
        return o instanceof Double || o instanceof Float;
    }

    private static String describe(Object o) {
        if (o == null) {
            return "null";
        }
        if (o instanceof Map) {
            return "object";
        }
        if (o instanceof List) {
            return "list";
        }
        return o.getClass().getSimpleName() + " " + repr(o);
    }

    static String repr(Object o) {
        if (o instanceof String) {
            return "'" + o + "'";
        }
        if (o instanceof Map || o instanceof List) {
            String s = String.valueOf(o);
            return s.length() > 200 ? s.substring(0, 200) + "..." : s;
        }
        return String.valueOf(o);
    }
}
