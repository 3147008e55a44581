package org.dopesheet.operator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The text form of an operator call, in Python keyword-call syntax as in Blender:
 * {@code action.select_all(action='SELECT')}. Values are numbers, quoted strings, bare
 * identifiers (enum items), {@code True}/{@code False}/{@code None}, lists {@code [...]} or
 * tuples {@code (...)}, sets {@code {'A', 'B'}} (as lists) and dicts {@code {'key': value}} for
 * property groups. A {@code bpy.ops.} prefix is accepted.
 *
 * @param operatorId the operator id
 * @param properties the raw keyword arguments, in order (values: Long, Double, String, Boolean,
 *                   null, List, Map)
 */
public record Invocation(String operatorId, Map<String, Object> properties) {

    public Invocation {
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    /**
     * Parses the text form.
     *
     * @throws OperatorException of kind SYNTAX, with the column of the fault
     */
    public static Invocation parse(String text) {
        Parser p = new Parser(text);
        Invocation inv = p.invocation();
        p.skipSpace();
        if (!p.atEnd()) {
            throw p.error("unexpected text after the closing parenthesis");
        }
        return inv;
    }

    /**
     * Parses one value in the same syntax (used by the shell's {@code name=value} arguments). A
     * text that is not a literal (e.g. {@code SELECT}) is taken as an identifier string.
     */
    public static Object parseValue(String text) {
        Parser p = new Parser(text);
        p.skipSpace();
        Object v = p.value();
        p.skipSpace();
        if (!p.atEnd()) {
            throw p.error("unexpected text after the value");
        }
        return v;
    }

    /** The call in text form, with the given properties formatted as Python literals. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(operatorId).append('(');
        boolean first = true;
        for (Map.Entry<String, Object> e : properties.entrySet()) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(e.getKey()).append('=').append(PythonLiterals.format(e.getValue()));
        }
        return sb.append(')').toString();
    }

    private static final class Parser {
        private final String s;
        private int pos;

        Parser(String s) {
            this.s = s;
        }

        boolean atEnd() {
            return pos >= s.length();
        }

        OperatorException error(String message) {
            return new OperatorException(OperatorException.Kind.SYNTAX, null,
                    "syntax error at column " + (pos + 1) + ": " + message + "\n  " + s + "\n  " + " ".repeat(pos) + "^");
        }

        void skipSpace() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        boolean eat(char c) {
            skipSpace();
            if (pos < s.length() && s.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        void expect(char c) {
            if (!eat(c)) {
                throw error("expected '" + c + "'");
            }
        }

        String identifier() {
            skipSpace();
            int start = pos;
            if (pos < s.length() && (Character.isLetter(s.charAt(pos)) || s.charAt(pos) == '_')) {
                pos++;
                while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) {
                    pos++;
                }
                return s.substring(start, pos);
            }
            throw error("expected an identifier");
        }

        Invocation invocation() {
            StringBuilder id = new StringBuilder(identifier());
            while (eat('.')) {
                id.append('.').append(identifier());
            }
            String opId = id.toString();
            if (opId.startsWith("bpy.ops.")) {
                opId = opId.substring("bpy.ops.".length());
            }
            if (!opId.contains(".")) {
                throw error("expected an operator id of the form scope.name, e.g. action.clean");
            }
            expect('(');
            Map<String, Object> props = new LinkedHashMap<>();
            if (!eat(')')) {
                do {
                    skipSpace();
                    if (pos < s.length() && s.charAt(pos) == ')') {
                        break;
                    }
                    int at = pos;
                    String key = identifier();
                    expect('=');
                    Object v = value();
                    if (props.containsKey(key)) {
                        pos = at;
                        throw error("property '" + key + "' given twice");
                    }
                    props.put(key, v);
                } while (eat(','));
                expect(')');
            }
            return new Invocation(opId, props);
        }

        Object value() {
            skipSpace();
            if (atEnd()) {
                throw error("expected a value");
            }
            char c = s.charAt(pos);
            if (c == '\'' || c == '"') {
                return string(c);
            }
            if (c == '[') {
                pos++;
                return sequence(']');
            }
            if (c == '(') {
                pos++;
                return sequence(')');
            }
            if (c == '{') {
                pos++;
                return dictOrSet();
            }
            if (c == '-' || c == '+' || c == '.' || Character.isDigit(c)) {
                return number();
            }
            if (Character.isLetter(c) || c == '_') {
                String id = identifier();
                switch (id) {
                    case "True":
                        return Boolean.TRUE;
                    case "False":
                        return Boolean.FALSE;
                    case "None":
                        return null;
                    default:
                        return id;
                }
            }
            throw error("expected a value");
        }

        List<Object> sequence(char close) {
            List<Object> out = new ArrayList<>();
            if (eat(close)) {
                return out;
            }
            do {
                skipSpace();
                if (pos < s.length() && s.charAt(pos) == close) {
                    break;
                }
                out.add(value());
            } while (eat(','));
            expect(close);
            return out;
        }

        Object dictOrSet() {
            if (eat('}')) {
                return new LinkedHashMap<String, Object>();
            }
            int save = pos;
            Object first = value();
            if (eat(':')) {
                pos = save;
                Map<String, Object> map = new LinkedHashMap<>();
                do {
                    skipSpace();
                    if (pos < s.length() && s.charAt(pos) == '}') {
                        break;
                    }
                    Object key = value();
                    if (!(key instanceof String)) {
                        throw error("dict keys must be strings");
                    }
                    expect(':');
                    map.put((String) key, value());
                } while (eat(','));
                expect('}');
                return map;
            }
            LinkedHashSet<Object> set = new LinkedHashSet<>();
            set.add(first);
            while (eat(',')) {
                skipSpace();
                if (pos < s.length() && s.charAt(pos) == '}') {
                    break;
                }
                set.add(value());
            }
            expect('}');
            return new ArrayList<>(set);
        }

        String string(char quote) {
            pos++;
            StringBuilder sb = new StringBuilder();
            while (pos < s.length()) {
                char c = s.charAt(pos++);
                if (c == quote) {
                    return sb.toString();
                }
                if (c == '\\' && pos < s.length()) {
                    char e = s.charAt(pos++);
                    switch (e) {
                        case 'n':
                            sb.append('\n');
                            break;
                        case 't':
                            sb.append('\t');
                            break;
                        case 'r':
                            sb.append('\r');
                            break;
                        case '0':
                            sb.append('\0');
                            break;
                        default:
                            sb.append(e);
                    }
                } else {
                    sb.append(c);
                }
            }
            throw error("unterminated string");
        }

        Object number() {
            int start = pos;
            if (s.charAt(pos) == '-' || s.charAt(pos) == '+') {
                pos++;
            }
            boolean isFloat = false;
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (Character.isDigit(c) || c == '_') {
                    pos++;
                } else if (c == '.' || c == 'e' || c == 'E') {
                    isFloat = true;
                    pos++;
                    if ((c == 'e' || c == 'E') && pos < s.length() && (s.charAt(pos) == '-' || s.charAt(pos) == '+')) {
                        pos++;
                    }
                } else {
                    break;
                }
            }
            String text = s.substring(start, pos).replace("_", "");
            try {
                if (isFloat) {
                    return Double.parseDouble(text);
                }
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                pos = start;
                throw error("malformed number '" + text + "'");
            }
        }
    }
}
