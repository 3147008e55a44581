package org.dopesheet.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every inconsistency of a STATE tree is a {@link DocumentFormatException} naming the JSON path
 * (and the source, when there is one) and saying what is wrong.
 */
class StateCodecErrorsTest {
    private Map<String, Object> state;

    @BeforeEach
    void freshState() {
        state = StateCodec.write(Fixtures.rich());
    }

    private DocumentFormatException readFails() {
        return assertThrows(DocumentFormatException.class, () -> StateCodec.read(state, "broken"));
    }

    private void assertError(String expectedMessage) {
        DocumentFormatException e = readFails();
        assertEquals(expectedMessage, e.getMessage());
    }

    /** The actions are sorted by name: index of the action with this name. */
    private int action(String name) {
        List<Object> actions = Trees.list(state, "actions");
        for (int i = 0; i < actions.size(); i++) {
            if (name.equals(Trees.object(actions.get(i), "").get("name"))) {
                return i;
            }
        }
        throw new AssertionError(name);
    }

    @Test
    void theFixtureItselfReads() throws Exception {
        StateCodec.read(state, "ok");
    }

    @Test
    void unknownEnumIdentifier_namesThePath_andListsTheAllowedValues() {
        int a = action(Fixtures.CUBE_ACTION);
        Trees.object(state, "actions[" + a + "].fcurves[0].keyframes[2]").put("interpolation", "FOO");
        DocumentFormatException e = readFails();
        assertEquals("actions[" + a + "].fcurves[0].keyframes[2].interpolation", e.path());
        assertEquals("actions[" + a + "].fcurves[0].keyframes[2].interpolation: unknown value 'FOO'; expected one of "
                + "CONSTANT, LINEAR, BEZIER, BACK, BOUNCE, CIRC, CUBIC, ELASTIC, EXPO, QUAD, QUART, QUINT, SINE",
                e.getMessage());
    }

    @Test
    void integerKeyframeEnum_fromTheQuirkVectors_isRefusedClearly() {
        int a = action(Fixtures.CUBE_ACTION);
        Trees.object(state, "actions[" + a + "].fcurves[1].keyframes[0]").put("type", 16L);
        DocumentFormatException e = readFails();
        assertEquals("actions[" + a + "].fcurves[1].keyframes[0].type", e.path());
        assertTrue(e.getMessage().contains("integer value 16 is not a KeyframeType identifier"), e.getMessage());
        assertTrue(e.getMessage().contains("quirk:insert_args_swapped"), e.getMessage());
        assertTrue(e.getMessage().endsWith("expected one of KEYFRAME, EXTREME, BREAKDOWN, JITTER, MOVING_HOLD, GENERATED"),
                e.getMessage());
    }

    @Test
    void wrongJsonTypes_nameThePathAndWhatWasFound() {
        int a = action(Fixtures.CUBE_ACTION);
        Trees.object(state, "actions[" + a + "]").put("users", "2");
        assertError("actions[" + a + "].users: expected an integer, found the string '2'");

        freshState();
        Trees.object(state, "scene").put("fps", 24.0);
        assertError("scene.fps: expected an integer, found the number 24.0");

        freshState();
        Trees.object(state, "objects[0]").put("select", 1L);
        assertError("objects[0].select: expected true or false, found the number 1");

        freshState();
        Trees.list(state, "actions[" + a + "].fcurves[0].keyframes[0].co").set(1, "0.5");
        assertError("actions[" + a + "].fcurves[0].keyframes[0].co[1]: expected a number, found the string '0.5'");

        freshState();
        Trees.list(state, "actions[" + a + "].fcurves[0].keyframes[0].co").remove(1);
        assertError("actions[" + a + "].fcurves[0].keyframes[0].co: expected [frame, value] (2 numbers), found 1 elements");

        freshState();
        state.put("objects", Map.of());
        assertError("objects: expected an array, found an object");

        freshState();
        Trees.object(state, "editor.view2d").put("mask", List.of());
        assertError("editor.view2d.mask: expected an object, found an array");

        freshState();
        Trees.object(state, "scene").put("frame_end", 3_000_000_000L);
        assertError("scene.frame_end: integer 3000000000 is out of range (-2147483648 to 2147483647)");

        freshState();
        Trees.object(state, "scene").put("subframe", 1e39);
        assertError("scene.subframe: number 1.0E39 is out of the 32-bit float range");
    }

    @Test
    void missingAndUnknownFields_areErrors() {
        Trees.object(state, "scene").remove("fps");
        assertError("scene.fps: missing required field");

        freshState();
        Trees.object(state, "objects[0].animation_data").put("colour", "red");
        DocumentFormatException e = readFails();
        assertEquals("objects[0].animation_data.colour", e.path());
        assertTrue(e.getMessage().startsWith("objects[0].animation_data.colour: unknown field; expected one of action, "),
                e.getMessage());

        freshState();
        state.remove("editor");
        assertError("editor: missing required field");
    }

    @Test
    void unknownActionReferences_areErrors_wherever_they_are() {
        Trees.object(state, "objects[0].animation_data").put("action", "Nope");
        DocumentFormatException e = readFails();
        assertEquals("objects[0].animation_data.action", e.path());
        assertTrue(e.getMessage().startsWith("objects[0].animation_data.action: unknown action 'Nope'; the actions are: "),
                e.getMessage());

        freshState();
        Trees.object(state, "objects[0].animation_data.nla_tracks[1].strips[0]").put("action", "Gone");
        assertEquals("objects[0].animation_data.nla_tracks[1].strips[0].action", readFails().path());

        freshState();
        Trees.object(state, "objects[0].animation_data").put("tweak_mode_stored_action", "Gone");
        assertEquals("objects[0].animation_data.tweak_mode_stored_action", readFails().path());

        freshState();
        Trees.object(state, "editor").put("action", "Gone");
        assertEquals("editor.action", readFails().path());
    }

    @Test
    void duplicateCurveInOneChannelBag_isAnError() {
        int a = action(Fixtures.CUBE_ACTION);
        Map<String, Object> second = Trees.object(state, "actions[" + a + "].fcurves[1]");
        second.put("array_index", 0L);
        assertError("actions[" + a + "].fcurves[1]: duplicate F-Curve for location index 0 in one channel bag"
                + " (also actions[" + a + "].fcurves[0])");
    }

    @Test
    void groupReferences_mustExist_andGroupedCurvesMustKeepBlendersOrder() {
        int a = action(Fixtures.CUBE_ACTION);
        Trees.object(state, "actions[" + a + "].fcurves[0]").put("group", "Nope");
        assertError("actions[" + a + "].fcurves[0].group: unknown group 'Nope'; the groups are: "
                + Fixtures.GROUP + ", Empty group");

        freshState();
        Trees.object(state, "actions[" + a + "].fcurves[4]").put("group", Fixtures.GROUP);
        DocumentFormatException e = readFails();
        assertEquals("actions[" + a + "].fcurves[4].group", e.path());
        assertTrue(e.getMessage().contains("after an ungrouped F-Curve"), e.getMessage());
        assertTrue(e.getMessage().contains("must be contiguous"), e.getMessage());
    }

    @Test
    void boneParents_mustExist_andNotFormACycle() {
        Trees.object(state, "objects[1].bones[1]").put("parent", "nobody");
        assertError("objects[1].bones[1].parent: unknown bone 'nobody'");

        freshState();
        Trees.object(state, "objects[1].bones[0]").put("parent", "Arm.R");
        DocumentFormatException e = readFails();
        assertEquals("objects[1].bones[0].parent", e.path());
        assertTrue(e.getMessage().contains("cycle"), e.getMessage());

        freshState();
        Trees.object(state, "objects[1].bones[0]").put("rotation_mode", "XXY");
        assertError("objects[1].bones[0].rotation_mode: unknown value 'XXY'; expected one of "
                + "QUATERNION, XYZ, XZY, YXZ, YZX, ZXY, ZYX, AXIS_ANGLE");

        freshState();
        Trees.object(state, "objects[1]").remove("bones");
        assertError("objects[1].bones: missing required field");
    }

    @Test
    void tweakIndicesOutOfRange_areErrors() {
        Trees.object(state, "objects[0].animation_data").put("tweak_track_index", 3L);
        assertError("objects[0].animation_data.tweak_track_index: track index 3 is out of range (3 NLA tracks)");

        freshState();
        Trees.object(state, "objects[0].animation_data").put("tweak_strip_index", new ArrayList<>(List.of(1L, 2L)));
        assertError("objects[0].animation_data.tweak_strip_index[1]: strip index 2 is out of range"
                + " (track 1 has 2 strips)");

        freshState();
        Trees.object(state, "objects[0].animation_data").put("tweak_strip_index", new ArrayList<>(List.of(1L)));
        assertError("objects[0].animation_data.tweak_strip_index: expected null or [track index, strip index],"
                + " found an array");
    }

    @Test
    void documentLevelInconsistencies_areErrors() {
        Trees.object(state, "objects[1]").put("active", true);
        assertError("objects[1].active: more than one active object (objects[0] is active too)");

        freshState();
        Trees.object(state, "objects[1]").put("name", Fixtures.CUBE);
        assertError("objects[1].name: duplicate object name '" + Fixtures.CUBE + "' (also objects[0])");

        freshState();
        Trees.object(state, "actions[1]").put("name", Trees.object(state, "actions[0]").get("name"));
        assertTrue(readFails().getMessage().startsWith("actions[1].name: duplicate action name"));

        freshState();
        int a = action(Fixtures.LAYERED);
        Trees.object(state, "objects[1].animation_data").put("slot_handle", 2L);
        assertError("objects[1].animation_data.slot_handle: action '" + Fixtures.LAYERED + "' has no slot with handle 2");

        freshState();
        Trees.object(state, "actions[" + a + "].slots[1]").put("handle", 1L);
        assertError("actions[" + a + "].slots[1].handle: duplicate slot handle 1 (also actions[" + a + "].slots[0])");

        freshState();
        Trees.object(state, "actions[" + a + "]").put("fcurves", new ArrayList<>());
        assertTrue(readFails().getMessage().startsWith("actions[" + a + "].fcurves: a layered action"));

        freshState();
        int u = action("Unused");
        Trees.object(state, "actions[" + u + "]").put("frame_start", 1.0f);
        assertError("actions[" + u + "].frame_start: only allowed when use_frame_range is true");

        freshState();
        state.put("profile", "BLENDER_2_79");
        assertError("profile: unknown value 'BLENDER_2_79'; expected one of CURRENT, BLENDER_3_4");
    }

    @Test
    void errorsOfTextInput_nameTheSource() throws Exception {
        Trees.object(state, "objects[0].animation_data").put("action_blend_type", "MIX");
        String text = Json.toText(state);
        DocumentFormatException e = assertThrows(DocumentFormatException.class,
                () -> DocumentFiles.read(new StringReader(text), "scenes/broken.json"));
        assertEquals("scenes/broken.json", e.source());
        assertEquals("scenes/broken.json: objects[0].animation_data.action_blend_type: unknown value 'MIX';"
                + " expected one of REPLACE, COMBINE, ADD, SUBTRACT, MULTIPLY", e.getMessage());
    }

    @Test
    void errorsInsideAVector_arePrefixedWithInput() throws Exception {
        Trees.object(state, "scene").put("keyframe_type", "KEY");
        state.remove("profile");
        Map<String, Object> vector = new LinkedHashMap<>();
        vector.put("name", "v");
        vector.put("blender_version", "3.4.1");
        vector.put("input", state);
        vector.put("ops", List.of());
        vector.put("expected", Map.of());
        DocumentFormatException e = assertThrows(DocumentFormatException.class,
                () -> DocumentFiles.fromTree(vector, "v.json"));
        assertEquals("input.scene.keyframe_type", e.path());
    }
}
