package org.dopesheet.ops.clipboard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Blender's {@code BLI_string_flip_side_name} (spec 4.12) and the bone part of RNA paths. */
class BoneNamesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // the examples of spec 4.12
        "arm.L|arm.R", "L_hand|R_hand", "hand.R.001|hand.L.001", "LeftArm|RightArm",
        "upperarm_right|upperarm_left", "Spine|Spine",
        // a separator and a side letter at the end, every separator, both cases
        "arm.R|arm.L", "arm.l|arm.r", "arm.r|arm.l", "arm_L|arm_R", "arm-L|arm-R", "arm L|arm R", "a.L|a.R",
        "arm.X|arm.X",
        // a side letter and a separator at the start
        "R_hand|L_hand", "l.hand|r.hand", "r-hand|l-hand", "L hand|R hand", "X_hand|X_hand",
        // the end rule wins over the start rule
        "L_arm_R|L_arm_L",
        // number extensions are split off and put back
        "hand.L.12|hand.R.12", "L_hand.001|R_hand.001", "LeftArm.001|RightArm.001", ".L.001|.R.001",
        "x.001|x.001", "L.001|L.001", "Left.001|Left.001", "bone.1abc2|bone.1abc2", "arm.L1|arm.L1",
        // "right" / "left" as the first or last word, case kept as Blender does
        "leftArm|rightArm", "LEFTARM|RIGHTARM", "LeFt_arm|Right_arm", "LEft_x|RIGHT_x", "RightArm|LeftArm",
        "rightArm|leftArm", "RIGHTARM|LEFTARM", "RiGHT_a|Left_a", "upperarm_Right|upperarm_Left",
        "upperarm_left|upperarm_right", "ArmLeft|ArmRight", "ArmLEFT|ArmRIGHT", "rightleft|leftleft",
        // "right" is looked for first; only its first occurrence counts
        "leftright|leftleft", "brighter_left|brighter_right", "upright_right|upright_right",
        "mid_right_arm|mid_right_arm", "Sleft_x|Sleft_x",
        // too short for the words, or for anything
        "Left|Left", "Right|Right", "L|L", "LR|LR", ".L|.L",
        // non-ASCII names: lengths are UTF-8 byte counts
        "ñ.L|ñ.R", "éL|éL", "rightñ|leftñ", "Brazo.Izquierdo.L|Brazo.Izquierdo.R"
    })
    void flipsSideNamesLikeBlender(String name, String flipped) {
        assertEquals(flipped, BoneNames.flipSideName(name));
    }

    @Test
    void flippingTwiceGivesTheNameBack() {
        for (String n : new String[] {"arm.L", "L_hand", "hand.R.001", "LeftArm", "upperarm_right", "Spine"}) {
            assertEquals(n, BoneNames.flipSideName(BoneNames.flipSideName(n)));
        }
    }

    @Test
    void flipsTheBoneOfAPath() {
        assertEquals("pose.bones[\"arm.R\"].location", BoneNames.flipPath("pose.bones[\"arm.L\"].location"));
        assertEquals("pose.bones[\"RightArm\"].rotation_quaternion",
                BoneNames.flipPath("pose.bones[\"LeftArm\"].rotation_quaternion"));
        // the escaped form is flipped as it is
        assertEquals("pose.bones[\"a\\\"b.R\"].scale", BoneNames.flipPath("pose.bones[\"a\\\"b.L\"].scale"));
        assertEquals("pose.bones[\"Spine\"].location", BoneNames.flipPath("pose.bones[\"Spine\"].location"));
    }

    @Test
    void pathsWithoutAQuotedBoneHaveNoFlip() {
        assertNull(BoneNames.flipPath("location"));
        assertNull(BoneNames.flipPath("pose.bones[0].location"));
        assertNull(BoneNames.flipPath("pose.bones[\"open.L"));
    }

    @Test
    void boneNamesAreUnescaped() {
        assertEquals("arm.L", BoneNames.boneName("pose.bones[\"arm.L\"].location"));
        assertEquals("a\"b", BoneNames.boneName("pose.bones[\"a\\\"b\"].location"));
        assertEquals("a\\b", BoneNames.boneName("pose.bones[\"a\\\\b\"].location"));
        assertEquals("a\\qb", BoneNames.boneName("pose.bones[\"a\\qb\"].location"));
        assertNull(BoneNames.boneName("location"));
    }

    @Test
    void quotedRangeSkipsEscapedQuotes() {
        String p = "pose.bones[\"x\\\"y\"].location";
        assertArrayEquals(new int[] {12, 16}, BoneNames.quotedNameRange(p));
        // an escaped backslash does not escape the closing quote
        String q = "pose.bones[\"x\\\\\"].location";
        assertArrayEquals(new int[] {12, 15}, BoneNames.quotedNameRange(q));
    }
}
