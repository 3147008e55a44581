package org.dopesheet.ops.clipboard;

import static org.dopesheet.ops.clipboard.Fixture.copy;
import static org.dopesheet.ops.clipboard.Fixture.curve;
import static org.dopesheet.ops.clipboard.Fixture.keys;
import static org.dopesheet.ops.clipboard.Fixture.paste;
import static org.dopesheet.ops.clipboard.Fixture.setKeys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dopesheet.anim.Handles;
import org.dopesheet.model.BehaviourProfile;
import org.dopesheet.model.Channelbag;
import org.dopesheet.model.Document;
import org.dopesheet.model.EditorMode;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.HandleType;
import org.dopesheet.model.Interpolation;
import org.dopesheet.model.ObjectType;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.Registries;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * Offsets and merge modes of {@code action.paste} derived from spec 3.20, including the
 * combinations no conformance vector covers (START with OVER_ALL, END with MIX, NONE with MIX,
 * NONE with OVER_RANGE_ALL). Each test copies from a source curve and pastes into a separate
 * target curve of the same object: the source is deselected as a channel, so the selected target
 * is the only curve pasted into (one item into one curve).
 */
class MergeOffsetTest {
    private final Registries.Standalone rt = Fixture.runtime();
    private Document doc;
    private FCurve source;
    private FCurve target;
    private String existing;

    /**
     * Source location[0] with selected keys {@code copied}; target scale[1] with keys
     * {@code existing}, whose key selection is applied after copying (so that it is not
     * copied); both for every profile (offsets and merge modes do not differ).
     */
    private void setUp(BehaviourProfile profile, String copied, String existing) {
        this.existing = existing;
        doc = Fixture.document("doc", profile, EditorMode.ACTION);
        Channelbag bag = Fixture.bag(Fixture.object(doc, "Cube", ObjectType.EMPTY, "CubeAction"));
        source = curve(bag, null, "location", 0, copied);
        source.setSelect(false);
        target = curve(bag, null, "scale", 1, existing.replace("*", ""));
    }

    private void copyAndPaste(int copyFrame, int pasteFrame, String offset, String merge) {
        assertTrue(copy(rt, doc, copyFrame).finished());
        if (!existing.isBlank()) {
            Fixture.select(target, existing);
        }
        OperatorResult r = paste(rt, doc, pasteFrame, offset, merge, false);
        assertTrue(r.finished(), r.toString());
        assertEquals(java.util.List.of(), r.reports());
    }

    @ParameterizedTest
    @EnumSource(BehaviourProfile.class)
    void offsetsOfTheVerifiedExample(BehaviourProfile profile) {
        // keys 10 and 12 copied at frame 5, pasted at frame 40: START 40,42; END 38,40; RELATIVE 45,47; NONE 10,12
        String[][] cases = {{"START", "40:1* 42:2*"}, {"END", "38:1* 40:2*"}, {"RELATIVE", "45:1* 47:2*"},
            {"NONE", "10:1* 12:2*"}};
        for (String[] c : cases) {
            setUp(profile, "10:1* 12:2*", "");
            copyAndPaste(5, 40, c[0], "MIX");
            assertEquals(c[1], keys(target), c[0]);
        }
    }

    @ParameterizedTest
    @EnumSource(BehaviourProfile.class)
    void startWithOverwriteAllRemovesEveryExistingKey(BehaviourProfile profile) {
        setUp(profile, "10:1* 12:2*", "1:5 35:5* 41:5 50:5");
        copyAndPaste(5, 40, "START", "OVER_ALL");
        assertEquals("40:1* 42:2*", keys(target));
    }

    @ParameterizedTest
    @EnumSource(BehaviourProfile.class)
    void endWithMixKeepsExistingKeysDeselectedAndReplacesKeysWithinTheThreshold(BehaviourProfile profile) {
        // END: the last copied key (12) lands on frame 40, offset 28: pasted at 38 and 40;
        // the key at 40.005 is within 0.01 frames of 40 and is replaced; 38.02 is not
        setUp(profile, "10:1* 12:2*", "1:5* 38.02:5* 39:5 40.005:5* 50:5*");
        copyAndPaste(5, 40, "END", "MIX");
        assertEquals("1:5 38:1* 38.02:5 39:5 40:2* 50:5", keys(target));
    }

    @ParameterizedTest
    @EnumSource(BehaviourProfile.class)
    void noOffsetWithMixReplacesKeysOnTheCopiedFramesWhole(BehaviourProfile profile) {
        setUp(profile, "10:1* 12:2*", "9:5* 10:5 11:5 12:5* 13:5");
        target.setInterpolation(1, Interpolation.CONSTANT);
        target.setHandleLeft(1, HandleType.VECTOR);
        source.setInterpolation(0, Interpolation.LINEAR);
        copyAndPaste(5, 40, "NONE", "MIX");
        assertEquals("9:5 10:1* 11:5 12:2* 13:5", keys(target));
        // OVERWRITE_FULL: the replaced key takes everything from the pasted key
        assertEquals(Interpolation.LINEAR, target.interpolation(1));
        assertEquals(HandleType.AUTO_CLAMPED, target.handleLeft(1));
    }

    @ParameterizedTest
    @EnumSource(BehaviourProfile.class)
    void noOffsetWithOverwriteEntireRangeUsesTheRangeOfAllCopiedCurves(BehaviourProfile profile) {
        // copied: location[0] 10,12 and location[1] 8,16 (buffer range 8..16); targets: the
        // selected delta_location[0] and delta_location[1], matched by property name
        setUp(profile, "10:1* 12:2*", "7:5 8:5 9:5* 11:5 15:5 16:5 17:5");
        target.setDataPath("delta_location").setArrayIndex(0);
        Channelbag bag = Fixture.bag(doc.object("Cube"));
        curve(bag, null, "location", 1, "8:0* 16:3*").setSelect(false);
        FCurve second = curve(bag, null, "delta_location", 1, "");
        copyAndPaste(5, 40, "NONE", "OVER_RANGE_ALL");
        // keys strictly inside (8, 16) go (9, 11, 15); 7, 8, 16 and 17 stay
        assertEquals("7:5 8:5 10:1* 12:2* 16:5 17:5", keys(target));
        assertEquals("8:0* 16:3*", keys(second));
    }

    @ParameterizedTest
    @EnumSource(BehaviourProfile.class)
    void overwriteRangeUsesTheCurvesOwnRangeStrictly(BehaviourProfile profile) {
        // spec: MIX replaces 10 and 12 and keeps 11; OVER_RANGE deletes 11 only
        setUp(profile, "10:1* 12:2*", "9:5 10:5 11:5 12:5 13:5");
        copyAndPaste(5, 40, "NONE", "OVER_RANGE");
        assertEquals("9:5 10:1* 12:2* 13:5", keys(target));
        setUp(profile, "10:1* 12:2*", "9:5 10:5 11:5 12:5 13:5");
        copyAndPaste(5, 40, "NONE", "MIX");
        assertEquals("9:5 10:1* 11:5 12:2* 13:5", keys(target));
    }

    @ParameterizedTest
    @EnumSource(BehaviourProfile.class)
    void aSingleCopiedKeyHasAnEmptyRangeAndRemovesNothing(BehaviourProfile profile) {
        setUp(profile, "10:1*", "9:5 10:5 11:5");
        copyAndPaste(5, 40, "START", "OVER_RANGE");
        assertEquals("9:5 10:5 11:5 40:1*", keys(target));
        setUp(profile, "10:1*", "39.98:5 40:5 40.5:5");
        copyAndPaste(5, 40, "START", "OVER_RANGE_ALL");
        assertEquals("39.98:5 40:1* 40.5:5", keys(target));
        // insertion compares with the first key before searching (spec 4.4): a first key within
        // 0.01 frames is the one replaced, even when another key sits exactly on the frame
        setUp(profile, "10:1*", "39.995:5 40:5 40.5:5");
        copyAndPaste(5, 40, "START", "MIX");
        assertEquals("40:1* 40:5 40.5:5", keys(target));
    }

    @ParameterizedTest
    @EnumSource(BehaviourProfile.class)
    void relativeWithOverwriteAllOnFractionalKeys(BehaviourProfile profile) {
        setUp(profile, "2.5:1* 4:2*", "3:5 100:5");
        copyAndPaste(3, 10, "RELATIVE", "OVER_ALL");
        assertEquals("9.5:1* 11:2*", keys(target));
    }

    @ParameterizedTest
    @EnumSource(BehaviourProfile.class)
    void pastedKeysGetHandlesRecalculatedAndHandlesMoveWithTheKeys(BehaviourProfile profile) {
        setUp(profile, "10:0* 20:4* 30:0*", "");
        copyAndPaste(10, 100, "START", "MIX");
        FCurve expected = new FCurve("scale", 1);
        setKeys(expected, "100:0* 110:4* 120:0*");
        Handles.recalculate(expected);
        for (int i = 0; i < 3; i++) {
            assertEquals(expected.leftX(i), target.leftX(i), 1e-5);
            assertEquals(expected.leftY(i), target.leftY(i), 1e-5);
            assertEquals(expected.rightX(i), target.rightX(i), 1e-5);
            assertEquals(expected.rightY(i), target.rightY(i), 1e-5);
        }
        // free handles are not recalculated: they move with the key
        setUp(profile, "10:0* 20:4*", "");
        source.setHandleLeft(1, HandleType.FREE);
        source.setHandleRight(1, HandleType.FREE);
        source.setLeft(1, 17, 7);
        source.setRight(1, 21, -3);
        copyAndPaste(10, 100, "START", "MIX");
        assertEquals(107f, target.leftX(1));
        assertEquals(7f, target.leftY(1));
        assertEquals(111f, target.rightX(1));
        assertEquals(-3f, target.rightY(1));
    }

    @ParameterizedTest
    @EnumSource(BehaviourProfile.class)
    void pastingTwiceGivesTheSameKeysTheBufferIsNotChanged(BehaviourProfile profile) {
        setUp(profile, "10:1* 12:2*", "");
        copyAndPaste(5, 40, "START", "MIX");
        OperatorResult r = paste(rt, doc, 60, "START", "MIX", false);
        assertTrue(r.finished());
        assertEquals("40:1 42:2 60:1* 62:2*", keys(target));
        assertEquals("10:1* 12:2*", keys(source));
    }

    @Test
    void theActiveKeyIndexIsClearedWhenTheActiveKeyIsOverwrittenByRange() {
        setUp(BehaviourProfile.BLENDER_3_4, "10:1* 12:2*", "9:5 11:5 13:5");
        target.setActiveKeyframeIndex(1);
        copyAndPaste(5, 40, "NONE", "OVER_RANGE");
        assertEquals(-1, target.activeKeyframeIndex());
    }
}
