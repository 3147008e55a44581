package org.dopesheet.ops.nla;

import java.util.function.Predicate;

/**
 * Blender's {@code BLI_uniquename} / {@code BLI_uniquename_cb} for names inside lists (NLA track
 * and strip names), which differs from ID naming: an existing {@code .NNN} suffix is continued
 * from its number ({@code "Foo.004"} taken gives {@code "Foo.005"}, even when {@code .001} is
 * free), and names are limited to 63 characters ({@code char name[64]}).
 */
final class BlenderNames {
    /** Length limit of NLA track and strip names ({@code sizeof(name) - 1}). */
    static final int MAX_NAME_LENGTH = 63;

    private BlenderNames() {
    }

    /**
     * {@code name} made unique: {@code defaultName} when {@code name} is empty; unchanged when no
     * other element uses it; else the first of {@code left.NNN}, counting up from the number the
     * name already ends with, that is free.
     *
     * @param taken whether another element of the list uses a name
     */
    static String unique(String name, String defaultName, Predicate<String> taken) {
        return unique(name, defaultName, MAX_NAME_LENGTH, taken);
    }

    /** {@link #unique(String, String, Predicate)} with another length limit. */
    static String unique(String name, String defaultName, int maxLength, Predicate<String> taken) {
        String n = name.isEmpty() ? defaultName : name;
        if (!taken.test(n)) {
            return n;
        }
        String left = n;
        int number = 0;
        int split = numberedSuffixStart(n);
        if (split >= 0) {
            left = n.substring(0, split);
            number = parseSuffix(n.substring(split + 1));
        }
        while (true) {
            number++;
            String suffix = String.format(".%03d", number);
            String stem = left.length() + suffix.length() > maxLength
                    ? left.substring(0, Math.max(0, maxLength - suffix.length())) : left;
            String candidate = stem + suffix;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }

    /**
     * {@code BLI_split_name_num}: the index of the '.' that starts a purely numeric suffix, or -1
     * (also for a name ending with '.').
     */
    private static int numberedSuffixStart(String name) {
        int len = name.length();
        if (len > 1 && name.charAt(len - 1) == '.') {
            return -1;
        }
        for (int a = len - 1; a >= 0; a--) {
            char c = name.charAt(a);
            if (c == '.') {
                return a;
            }
            if (c < '0' || c > '9') {
                return -1;
            }
        }
        return -1;
    }

    /** {@code atol} of the digits (empty: 0), clamped to a non-negative int. */
    private static int parseSuffix(String digits) {
        if (digits.isEmpty()) {
            return 0;
        }
        try {
            long v = Long.parseLong(digits);
            return v > Integer.MAX_VALUE ? 0 : (int) v;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
