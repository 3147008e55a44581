package org.dopesheet.ops.nla;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Blender's list-element unique names ({@code BLI_uniquename}). */
class BlenderNamesTest {

    @Test
    void freeNameIsKept() {
        assertEquals("[Action Stash]", BlenderNames.unique("[Action Stash]", "NlaTrack", Set.of("NlaTrack")::contains));
    }

    @Test
    void emptyNameTakesTheDefault() {
        assertEquals("NlaTrack", BlenderNames.unique("", "NlaTrack", Set.<String>of()::contains));
    }

    @Test
    void takenNameGetsTheFirstFreeSuffixFromOne() {
        Set<String> taken = Set.of("[Action Stash]", "[Action Stash].001");
        assertEquals("[Action Stash].002", BlenderNames.unique("[Action Stash]", "NlaTrack", taken::contains));
    }

    @Test
    void existingNumberIsContinuedNotRestarted() {
        // BLI_uniquename counts up from the name's own number: .001 stays free
        Set<String> taken = Set.of("Walk.004");
        assertEquals("Walk.005", BlenderNames.unique("Walk.004", "NlaStrip", taken::contains));
    }

    @Test
    void nonNumericSuffixIsPartOfTheName() {
        Set<String> taken = Set.of("Walk.L");
        assertEquals("Walk.L.001", BlenderNames.unique("Walk.L", "NlaStrip", taken::contains));
    }

    @Test
    void longNamesAreCutToFitTheSuffix() {
        String name = "x".repeat(63);
        String unique = BlenderNames.unique(name, "NlaStrip", Set.of(name)::contains);
        assertEquals("x".repeat(59) + ".001", unique);
        assertEquals(BlenderNames.MAX_NAME_LENGTH, unique.length());
    }
}
