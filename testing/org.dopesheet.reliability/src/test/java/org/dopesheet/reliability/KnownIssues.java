package org.dopesheet.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Bugs these tests found in other bundles and that are reported, not fixed here: each a
 * signature pattern and what is wrong. A failure matching one is printed as known and does not
 * fail the build; anything else does. Each test prints the known issues it met, numbered as
 * here; remove an entry once its bug is fixed.
 */
final class KnownIssues {
    record Issue(Pattern signature, String description) {
    }

    static final List<Issue> ISSUES = List.of(
            new Issue(Pattern.compile("VALID_VALUE_REFUSED action\\.keyframe_type type( extreme-values)? BLENDER_3_4"),
                    "edit family: keyframe_type(type='GENERATED') passes the schema but the operator refuses it under"
                    + " the BLENDER_3_4 profile (3.4 has no GENERATED) with a PropertyException thrown from execute"),
            new Issue(Pattern.compile("INVARIANT action\\.previewrange_set \\[FRAME_RANGE\\]( extreme-values)? BLENDER_3_4"),
                    "view family, faithful to Blender 3.4 (spec 3.21, verified): previewrange_set with nothing selected"
                    + " sets the preview range to start 1000000000, end -1000000000"),
            new Issue(Pattern.compile("INVARIANT \\S+ \\[[A-Z_, ]*FINITE[A-Z_, ]*\\]( coincident-keys)? extreme-values \\S+"),
                    "all families, as in Blender: float properties take any finite float (RNA ranges of +-FLT_MAX), so"
                    + " keys or handles computed from extreme values (a key at frame 3.4e38, a 1e30 translation)"
                    + " overflow to infinity or NaN"),
            new Issue(Pattern.compile("LOADED_INCONSISTENT \\[((HANDLE_ORDER|KEYS_SORTED|NLA_STRIPS|FRAME_RANGE|TWEAK_MODE|USERS"
                    + "|SELECTION|ACTIVE_KEYFRAME)(, )?)+\\]"),
                    "io family: DocumentFiles.load checks syntax, types, names and references but none of the model's"
                    + " semantic rules, so a file loads with unsorted keys or crossed handles (the update_* vectors need"
                    + " unsorted keys), overlapping or mis-sized NLA strips, backwards strip ranges, tweak-mode flags"
                    + " that disagree, or user counts that are not Blender's (Blender recounts users when it reads a"
                    + " file)"));

    private KnownIssues() {
    }

    /** The index in {@link #ISSUES} of the known issue a signature matches, or -1. */
    static int index(String signature) {
        for (int i = 0; i < ISSUES.size(); i++) {
            if (ISSUES.get(i).signature().matcher(signature).matches()) {
                return i;
            }
        }
        return -1;
    }

    /** The description of the known issue a signature matches, or null. */
    static String known(String signature) {
        for (Issue i : ISSUES) {
            if (i.signature().matcher(signature).matches()) {
                return i.description();
            }
        }
        return null;
    }

    /** The known issues these signatures met, one line each: number, count, description. */
    static List<String> met(List<String> signatures) {
        int[] counts = new int[ISSUES.size()];
        for (String sig : signatures) {
            int i = index(sig);
            if (i >= 0) {
                counts[i]++;
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                out.add("known issue " + (i + 1) + " (" + counts[i] + "x): " + ISSUES.get(i).description());
            }
        }
        return out;
    }

    /** The failures no known issue explains, as text. */
    static List<String> unexpected(List<RandomSequence.Failure> failures) {
        List<String> out = new ArrayList<>();
        for (RandomSequence.Failure f : failures) {
            if (known(f.signature()) == null) {
                out.add(f.signature() + ": " + f);
            }
        }
        return out;
    }
}
