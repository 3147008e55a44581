package org.dopesheet.context;

/**
 * Case-insensitive natural string order (Blender's {@code BLI_strcasecmp_natural}): runs of
 * digits compare by numeric value, other characters case-insensitively.
 */
public final class NaturalOrder {
    private NaturalOrder() {
    }

    public static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int si = i;
                int sj = j;
                while (si < a.length() && a.charAt(si) == '0') {
                    si++;
                }
                while (sj < b.length() && b.charAt(sj) == '0') {
                    sj++;
                }
                int ei = si;
                int ej = sj;
                while (ei < a.length() && Character.isDigit(a.charAt(ei))) {
                    ei++;
                }
                while (ej < b.length() && Character.isDigit(b.charAt(ej))) {
                    ej++;
                }
                int la = ei - si;
                int lb = ej - sj;
                if (la != lb) {
                    return la < lb ? -1 : 1;
                }
                int c = a.substring(si, ei).compareTo(b.substring(sj, ej));
                if (c != 0) {
                    return c;
                }
                i = ei;
                j = ej;
                continue;
            }
            char la = Character.toLowerCase(ca);
            char lb = Character.toLowerCase(cb);
            if (la != lb) {
                return la < lb ? -1 : 1;
            }
            i++;
            j++;
        }
        if (a.length() - i != b.length() - j) {
            return (a.length() - i) < (b.length() - j) ? -1 : 1;
        }
        return a.compareTo(b);
    }
}
