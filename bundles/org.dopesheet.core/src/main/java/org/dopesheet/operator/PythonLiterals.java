package org.dopesheet.operator;

import java.util.Collection;
import java.util.Map;

/** Formats plain values as Python literals (the text form of invocations). */
public final class PythonLiterals {
    private PythonLiterals() {
    }

    /** Python literal of a plain value (Boolean, Number, String, List, Map, null). */
    public static String format(Object v) {
        StringBuilder sb = new StringBuilder();
        append(sb, v);
        return sb.toString();
    }

    private static void append(StringBuilder sb, Object v) {
        if (v == null) {
            sb.append("None");
        } else if (v instanceof Boolean) {
            sb.append((Boolean) v ? "True" : "False");
        } else if (v instanceof Float) {
            sb.append(number(((Float) v).toString()));
        } else if (v instanceof Double) {
            sb.append(number(((Double) v).toString()));
        } else if (v instanceof Number) {
            sb.append(v);
        } else if (v instanceof Enum) {
            quote(sb, ((Enum<?>) v).name());
        } else if (v instanceof CharSequence) {
            quote(sb, v.toString());
        } else if (v instanceof Map) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                quote(sb, String.valueOf(e.getKey()));
                sb.append(": ");
                append(sb, e.getValue());
            }
            sb.append('}');
        } else if (v instanceof Collection) {
            sb.append('[');
            boolean first = true;
            for (Object o : (Collection<?>) v) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                append(sb, o);
            }
            sb.append(']');
        } else {
            quote(sb, v.toString());
        }
    }

    private static String number(String javaText) {
        if (javaText.equals("Infinity")) {
            return "float('inf')";
        }
        if (javaText.equals("-Infinity")) {
            return "float('-inf')";
        }
        return javaText.replace("E", "e");
    }

    private static void quote(StringBuilder sb, String s) {
        sb.append('\'');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\':
                    sb.append("\\\\");
                    break;
                case '\'':
                    sb.append("\\'");
                    break;
                case '\n':
                    sb.append("\\n");
                    break;
                case '\t':
                    sb.append("\\t");
                    break;
                default:
                    sb.append(c);
            }
        }
        sb.append('\'');
    }
}
