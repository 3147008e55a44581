package org.dopesheet.ops.clipboard;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Bone names in RNA paths and their mirrored counterparts (spec 4.12): Blender's
 * {@code BLI_str_quoted_substr_range} / {@code BLI_str_quoted_substr} on the
 * {@code pose.bones["NAME"]} part of a path, and {@code BLI_string_flip_side_name} without
 * number stripping.
 * <p>
 * Blender works on the UTF-8 bytes of a name (lengths are byte counts, case folding is ASCII
 * only); so does this class, so that names with non-ASCII characters flip exactly as in Blender.
 */
final class BoneNames {
    /** The prefix whose quoted argument names the bone ({@code strstr} of it, then a quote). */
    static final String POSE_BONES = "pose.bones[";

    private BoneNames() {
    }

    /**
     * The {@code [start, end)} character range of the (still escaped) bone name quoted after the
     * first {@code pose.bones[} of {@code path}, or null when there is none (no prefix, no quote
     * right after it, or no closing quote).
     */
    static int[] quotedNameRange(String path) {
        int p = path.indexOf(POSE_BONES);
        if (p < 0) {
            return null;
        }
        int start = p + POSE_BONES.length();
        if (start >= path.length() || path.charAt(start) != '"') {
            return null;
        }
        start++;
        boolean escape = false;
        for (int i = start; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '"' && !escape) {
                return new int[] {start, i};
            }
            // a pair of backslashes stands for one backslash: only a single one escapes
            escape = !escape && c == '\\';
        }
        return null;
    }

    /**
     * The bone name of a {@code pose.bones["NAME"]} path, un-escaped as Blender's
     * {@code BLI_str_unescape} does ({@code \"}, {@code \\}, {@code \t}, {@code \n}, {@code \r},
     * {@code \a}, {@code \b}, {@code \f}; any other backslash is kept), or null.
     */
    static String boneName(String path) {
        int[] r = quotedNameRange(path);
        if (r == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(r[1] - r[0]);
        for (int i = r[0]; i < r[1]; i++) {
            char c = path.charAt(i);
            if (c == '\\' && i + 1 < r[1]) {
                char u = unescape(path.charAt(i + 1));
                if (u != 0) {
                    sb.append(u);
                    i++;
                    continue;
                }
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static char unescape(char c) {
        switch (c) {
            case '"':
                return '"';
            case '\\':
                return '\\';
            case 't':
                return '\t';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 'a':
                return (char) 7;
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            default:
                return 0;
        }
    }

    /**
     * The path with the bone name of its {@code pose.bones["NAME"]} part flipped to the other
     * side (the escaped form is flipped as it is, like Blender's {@code flip_names}), or null
     * when the path names no bone.
     */
    static String flipPath(String path) {
        int[] r = quotedNameRange(path);
        if (r == null) {
            return null;
        }
        return path.substring(0, r[0]) + flipSideName(path.substring(r[0], r[1])) + path.substring(r[1]);
    }

    /**
     * Blender's {@code BLI_string_flip_side_name(name, strip_number=false)}: {@code arm.L} and
     * {@code arm.R}, {@code L_hand} and {@code R_hand}, {@code LeftArm} and {@code RightArm},
     * {@code upperarm_right} and {@code upperarm_left}; a {@code .NNN} number extension is kept
     * at the end; names of fewer than 3 bytes and names without a side stay unchanged.
     */
    static String flipSideName(String name) {
        byte[] s = name.getBytes(StandardCharsets.UTF_8);
        int len = s.length;
        if (len < 3) {
            return name;
        }
        byte[] number = new byte[0];
        if (isDigit(s[len - 1])) {
            int dot = lastIndexOf(s, len, (byte) '.');
            if (dot >= 0 && dot + 1 < len && isDigit(s[dot + 1])) {
                number = Arrays.copyOfRange(s, dot, len);
                len = dot;
            }
        }
        byte[] prefix = Arrays.copyOf(s, len);
        byte[] suffix = new byte[0];
        String replace = null;

        // a separator and a side letter at the end: "arm.L"
        if (len > 1 && isSeparator(s[len - 2])) {
            replace = swapSide(s[len - 1]);
            if (replace != null) {
                prefix = Arrays.copyOf(s, len - 1);
            }
        }
        // a side letter and a separator at the start: "L_hand"
        if (replace == null && len > 1 && isSeparator(s[1])) {
            replace = swapSide(s[0]);
            if (replace != null) {
                suffix = Arrays.copyOfRange(s, 1, len);
                prefix = new byte[0];
            }
        }
        // "right"/"left" as the very first or very last word (first occurrence only)
        if (replace == null && len > 5) {
            int i = indexOfIgnoreCase(s, len, "right");
            if (i == 0 || i == len - 5) {
                replace = s[i] == 'r' ? "left" : s[i + 1] == 'I' ? "LEFT" : "Left";
                suffix = Arrays.copyOfRange(s, i + 5, len);
                prefix = Arrays.copyOf(s, i);
            } else {
                i = indexOfIgnoreCase(s, len, "left");
                if (i == 0 || i == len - 4) {
                    replace = s[i] == 'l' ? "right" : s[i + 1] == 'E' ? "RIGHT" : "Right";
                    suffix = Arrays.copyOfRange(s, i + 4, len);
                    prefix = Arrays.copyOf(s, i);
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length + 1);
        out.writeBytes(prefix);
        if (replace != null) {
            out.writeBytes(replace.getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes(suffix);
        out.writeBytes(number);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String swapSide(byte c) {
        switch (c) {
            case 'l':
                return "r";
            case 'r':
                return "l";
            case 'L':
                return "R";
            case 'R':
                return "L";
            default:
                return null;
        }
    }

    /** Blender's {@code is_char_sep}. */
    private static boolean isSeparator(byte c) {
        return c == '.' || c == ' ' || c == '-' || c == '_';
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    private static int lastIndexOf(byte[] s, int len, byte c) {
        for (int i = len - 1; i >= 0; i--) {
            if (s[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /** First occurrence of ASCII {@code word} in {@code s[0, len)}, ASCII case-insensitive; -1 if none. */
    private static int indexOfIgnoreCase(byte[] s, int len, String word) {
        int n = word.length();
        for (int i = 0; i + n <= len; i++) {
            boolean match = true;
            for (int k = 0; k < n; k++) {
                if (lower(s[i + k]) != word.charAt(k)) {
                    match = false;
                    break;
                }
            }
            if (match) {
                return i;
            }
        }
        return -1;
    }

    private static int lower(byte c) {
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c & 0xff;
    }
}
