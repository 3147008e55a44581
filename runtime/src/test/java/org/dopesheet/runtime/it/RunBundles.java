package org.dopesheet.runtime.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code runtime/dopesheet.bndrun}: the {@code -runbundles} the resolver wrote (symbolic
 * name to attributes: {@code version} range, {@code startlevel}) and the hand-written
 * {@code -runrequires}.
 */
public final class RunBundles {

    /** One clause of a bnd instruction: {@code name;attr=value;...}. */
    public record Clause(String name, Map<String, String> attributes) {
    }

    private RunBundles() {
    }

    /** The resolved -runbundles by symbolic name; fails when the bndrun was never resolved. */
    public static Map<String, Map<String, String>> read(Path bndrun) throws IOException {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (Clause c : clauses(Files.readAllLines(bndrun), "-runbundles")) {
            out.put(c.name(), c.attributes());
        }
        if (out.isEmpty()) {
            throw new IOException(bndrun + " has no -runbundles; resolve it (mvn package)");
        }
        return out;
    }

    /** The symbolic names -runrequires asks for with {@code bnd.identity;id=...}. */
    public static List<String> requiredIdentities(Path bndrun) throws IOException {
        List<String> ids = new ArrayList<>();
        for (Clause c : clauses(Files.readAllLines(bndrun), "-runrequires")) {
            if (c.name().equals("bnd.identity") && c.attributes().containsKey("id")) {
                ids.add(c.attributes().get("id"));
            }
        }
        return ids;
    }

    /** The clauses of an instruction, in order (none if it is absent). */
    public static List<Clause> clauses(List<String> lines, String instruction) {
        List<Clause> out = new ArrayList<>();
        for (String clause : split(value(lines, instruction), ',')) {
            List<String> parts = split(clause, ';');
            Map<String, String> attrs = new LinkedHashMap<>();
            for (String p : parts.subList(1, parts.size())) {
                int eq = p.indexOf('=');
                attrs.put(p.substring(0, eq).trim(), unquote(p.substring(eq + 1).trim()));
            }
            out.add(new Clause(parts.get(0).trim(), attrs));
        }
        return out;
    }

    /** The value of an instruction, continuation lines joined, comment lines skipped. */
    static String value(List<String> lines, String instruction) {
        StringBuilder sb = null;
        for (String line : lines) {
            if (sb == null) {
                if (!line.startsWith(instruction + ":")) {
                    continue;
                }
                sb = new StringBuilder();
                line = line.substring(instruction.length() + 1);
            } else if (line.strip().startsWith("#")) {
                continue;
            }
            String t = line.strip();
            boolean more = t.endsWith("\\");
            sb.append(more ? t.substring(0, t.length() - 1) : t);
            if (!more) {
                break;
            }
        }
        return sb == null ? "" : sb.toString();
    }

    /** Splits at {@code sep} outside quotes and brackets; drops blank parts. */
    static List<String> split(String s, char sep) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            char c = i == s.length() ? sep : s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '[' || c == '(') {
                depth++;
            } else if (c == ']' || c == ')') {
                depth--;
            } else if (c == sep && depth == 0) {
                if (!s.substring(start, i).isBlank()) {
                    out.add(s.substring(start, i));
                }
                start = i + 1;
            }
        }
        return out;
    }

    private static String unquote(String v) {
        return v.length() >= 2 && (v.charAt(0) == '\'' || v.charAt(0) == '"') ? v.substring(1, v.length() - 1) : v;
    }
}
