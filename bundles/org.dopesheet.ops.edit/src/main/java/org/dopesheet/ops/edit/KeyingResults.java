package org.dopesheet.ops.edit;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.dopesheet.operator.ReportType;

/**
 * The current Blender's {@code CombinedKeyingResult}: counts of keying outcomes and the report
 * {@code generate_reports} makes of them (one line per failure kind, in Blender's order).
 */
final class KeyingResults {
    /** {@code SingleKeyingResult} values this platform can produce, in report order after SUCCESS. */
    enum Kind {
        SUCCESS,
        FCURVE_NOT_KEYFRAMEABLE,
        NO_KEY_NEEDED,
        UNABLE_TO_INSERT_TO_NLA_STACK,
        CANNOT_RESOLVE_PATH
    }

    private final Map<Kind, Integer> counts = new EnumMap<>(Kind.class);

    void add(Kind kind) {
        counts.merge(kind, 1, Integer::sum);
    }

    int count(Kind kind) {
        return counts.getOrDefault(kind, 0);
    }

    /** Whether some outcome other than SUCCESS was counted. */
    boolean hasErrors() {
        for (Kind k : Kind.values()) {
            if (k != Kind.SUCCESS && count(k) > 0) {
                return true;
            }
        }
        return false;
    }

    /** The type of the report {@link #message()} is made with: WARNING when nothing failed, else ERROR. */
    ReportType reportType() {
        return hasErrors() ? ReportType.ERROR : ReportType.WARNING;
    }

    /** The message {@code CombinedKeyingResult::generate_reports} makes. */
    String message() {
        List<String> errors = new ArrayList<>();
        for (Kind k : Kind.values()) {
            int n = count(k);
            if (k == Kind.SUCCESS || n == 0) {
                continue;
            }
            errors.add(line(k, n));
        }
        if (errors.isEmpty()) {
            return "No keys have been inserted and no errors have been reported.";
        }
        if (errors.size() == 1) {
            return errors.get(0);
        }
        StringBuilder sb = new StringBuilder("Inserting keyframes failed:");
        for (String e : errors) {
            sb.append("\n- ").append(e);
        }
        return sb.toString();
    }

    private static String line(Kind kind, int n) {
        switch (kind) {
            case FCURVE_NOT_KEYFRAMEABLE:
                return n + " F-Curve(s) are not keyframeable. They might be locked or sampled.";
            case NO_KEY_NEEDED:
                return "Due to the setting 'Only Insert Needed', " + n + " keyframe(s) have not been inserted.";
            case UNABLE_TO_INSERT_TO_NLA_STACK:
                return "Due to the NLA stack setup, " + n + " keyframe(s) have not been inserted.";
            default:
                return "Inserting keys on " + n
                        + " data-block(s) has been skipped because the RNA path wasn't valid for them.";
        }
    }
}
