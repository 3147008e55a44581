package org.dopesheet.ops.clipboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which channels of a bone a flipped paste negates (Blender's {@code do_curve_mirror_flippping}). */
class FlipValuesTest {

    @Test
    void negatedChannelsOfEveryTransformProperty() {
        assertNegated("pose.bones[\"a.L\"].location", List.of(0));
        assertNegated("pose.bones[\"a.L\"].rotation_quaternion", List.of(2, 3));
        assertNegated("pose.bones[\"a.L\"].rotation_euler", List.of(1, 2));
        assertNegated("pose.bones[\"a.L\"].rotation_axis_angle", List.of(2, 3));
        assertNegated("pose.bones[\"a.L\"].scale", List.of());
        assertNegated("pose.bones[\"a.L\"].custom_value", List.of());
    }

    @Test
    void theTestIsOnTheEndOfThePath() {
        // Blender compares suffixes only
        assertNegated("delta_location", List.of(0));
        assertNegated("location_offset", List.of());
    }

    private static void assertNegated(String path, List<Integer> expected) {
        List<Integer> negated = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            if (CurvePaste.negatedWhenFlipped(path, i)) {
                negated.add(i);
            }
        }
        assertEquals(expected, negated, path);
    }
}
