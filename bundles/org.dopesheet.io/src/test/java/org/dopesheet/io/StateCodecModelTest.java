package org.dopesheet.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dopesheet.model.Action;
import org.dopesheet.model.ActionSlot;
import org.dopesheet.model.AnimData;
import org.dopesheet.model.BehaviourProfile;
import org.dopesheet.model.CyclesMode;
import org.dopesheet.model.CyclesModifier;
import org.dopesheet.model.Document;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.GenericModifier;
import org.dopesheet.model.NlaStrip;
import org.dopesheet.model.SceneObject;
import org.junit.jupiter.api.Test;

/** The STATE mapping of the parts the vectors do not exercise, checked on the model itself. */
class StateCodecModelTest {

    @Test
    void richDocument_writeReadWrite_isLossless() throws Exception {
        Document original = Fixtures.rich();
        Map<String, Object> first = StateCodec.write(original);
        Document read = StateCodec.read(first, "copy");
        Trees.assertSameTree(first, StateCodec.write(read), "rich document");
    }

    @Test
    void extras_areWrittenOnlyWhenUsed() {
        Map<String, Object> rich = StateCodec.write(Fixtures.rich());
        assertEquals("BLENDER_3_4", rich.get("profile"));
        assertEquals(List.of("profile", "scene", "preferences", "objects", "actions", "editor"),
                new ArrayList<>(rich.keySet()));

        Document plain = new Document("plain");
        Map<String, Object> legacy = StateCodec.write(plain);
        assertEquals(List.of("scene", "preferences", "objects", "actions", "editor"), new ArrayList<>(legacy.keySet()));

        Map<String, Object> layered = actionNamed(rich, Fixtures.LAYERED);
        assertEquals(List.of("name", "users", "use_fake_user", "id_root", "use_frame_range", "slots", "pose_markers",
                "pose_markers_active_index"), new ArrayList<>(layered.keySet()));
        assertEquals(List.of("handle", "identifier", "select", "active", "groups", "fcurves"),
                new ArrayList<>(Trees.object(layered, "slots[1]").keySet()));
        assertEquals(3L, Trees.at(layered, "slots[1].handle"));

        Map<String, Object> cube = actionNamed(rich, Fixtures.CUBE_ACTION);
        assertEquals(List.of("name", "users", "use_fake_user", "id_root", "use_frame_range", "frame_start", "frame_end",
                "use_cyclic", "groups", "fcurves", "pose_markers", "pose_markers_active_index"),
                new ArrayList<>(cube.keySet()));

        Map<String, Object> rigData = Trees.object(rich, "objects[1].animation_data");
        assertEquals(List.of("action", "slot_handle", "last_slot_identifier", "action_extrapolation"),
                new ArrayList<>(rigData.keySet()).subList(0, 4));
        assertFalse(Trees.object(rich, "objects[0].animation_data").containsKey("slot_handle"));
        assertFalse(Trees.object(rich, "objects[0]").containsKey("bones"), "bones only for armatures");
        assertTrue(Trees.object(rich, "objects[1]").containsKey("bones"));
        assertEquals(List.of(1L, 1L), Trees.at(rich, "objects[0].animation_data.tweak_strip_index"));
        assertEquals(1L, Trees.at(rich, "objects[0].animation_data.tweak_track_index"));
        assertEquals(Map.of("start", 1L, "end", 20L), Trees.at(rich, "scene.preview_range"));
        assertNull(Trees.at(rich, "objects[2].animation_data"));
        assertEquals(List.of("type", "mute", "active", "use_restricted_range", "frame_start", "frame_end", "blend_in",
                "blend_out", "use_influence", "influence", "blend_type", "scale", "strength", "phase", "offset",
                "depth"), new ArrayList<>(Trees.object(cube, "fcurves[1].modifiers[0]").keySet()));
    }

    private static Map<String, Object> actionNamed(Map<String, Object> state, String name) {
        for (Object a : Trees.list(state, "actions")) {
            if (name.equals(Trees.object(a, "").get("name"))) {
                return Trees.object(a, "");
            }
        }
        throw new AssertionError(name);
    }

    @Test
    void read_resolvesReferencesToTheDocumentsOwnNodes() throws Exception {
        Document d = StateCodec.read(StateCodec.write(Fixtures.rich()), "resolved");
        assertEquals("resolved", d.name());
        assertEquals(BehaviourProfile.BLENDER_3_4, d.profile());
        SceneObject cube = d.object(Fixtures.CUBE);
        assertSame(cube, d.activeObject());
        AnimData ad = cube.animationData();
        Action cubeAction = d.action(Fixtures.CUBE_ACTION);
        assertSame(cubeAction, ad.action());
        assertSame(d.action(Fixtures.STASH), ad.tweakStoredAction());
        assertSame(ad.tracks().get(1), ad.activeTrack());
        NlaStrip tweaked = ad.tracks().get(1).strips().get(1);
        assertSame(tweaked, ad.activeStrip());
        assertSame(tweaked, ad.tweakMappingStrip());
        assertSame(cubeAction, tweaked.action());
        assertSame(cubeAction, d.editor().action());

        FCurve first = cubeAction.fcurves().get(0);
        assertSame(cubeAction.groups().get(0), first.group());
        assertEquals(1, first.activeKeyframeIndex());
        CyclesModifier cycles = assertInstanceOf(CyclesModifier.class, first.modifiers().get(0));
        assertEquals(CyclesMode.MIRROR, cycles.modeBefore());
        assertEquals(0.75f, cycles.influence());
        GenericModifier noise = assertInstanceOf(GenericModifier.class, cubeAction.fcurves().get(1).modifiers().get(0));
        assertEquals("NOISE", noise.type());
        assertEquals(0.1f, noise.properties().get("strength"));
        assertEquals(0L, noise.properties().get("depth"));
        assertTrue(noise.mute());

        assertTrue(first.selected(1) && first.leftSelected(1) && !first.rightSelected(1));
        assertEquals(-2.561646f + 11f, first.leftX(1));
        assertEquals(1.70158f, first.back(1));

        SceneObject rig = d.object(Fixtures.RIG);
        assertEquals("spine", rig.bone(Fixtures.BONE).parent());
        assertEquals(3, rig.animationData().slotHandle());
        assertEquals("pose.bones[\"" + Fixtures.BONE + "\"].rotation_quaternion",
                rig.animationData().channelbag().fcurves().get(0).dataPath());
    }

    @Test
    void layeredAction_keepsSlotHandles_andNewSlotsGetUnusedHandles() throws Exception {
        Document d = StateCodec.read(StateCodec.write(Fixtures.rich()), "slots");
        Action layered = d.action(Fixtures.LAYERED);
        assertTrue(layered.layered());
        assertEquals(List.of(1, 3), List.of(layered.slots().get(0).handle(), layered.slots().get(1).handle()));
        ActionSlot added = layered.addSlot("OBNew");
        assertEquals(4, added.handle(), "a new slot must not reuse a loaded handle");

        Document empty = new Document("e");
        Action noSlots = empty.addAction(new Action("Layered without slots"));
        noSlots.removeSlot(noSlots.addSlot("OBx"));
        Map<String, Object> state = StateCodec.write(empty);
        assertEquals(List.of(), Trees.at(state, "actions[0].slots"));
        Action back = StateCodec.read(state, "e").action("Layered without slots");
        assertTrue(back.layered());
        assertTrue(back.slots().isEmpty());
    }

    @Test
    void write_refusesInconsistentDocuments_namingThePath() {
        Document d = Fixtures.rich();
        d.object(Fixtures.CUBE).animationData().tracks().get(0).strips().get(0).setAction(new Action("Detached"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> StateCodec.write(d));
        assertEquals("objects[0].animation_data.nla_tracks[0].strips[0].action: action 'Detached' is not part of the"
                + " document", e.getMessage());

        Document d2 = Fixtures.rich();
        AnimData ad = d2.object(Fixtures.CUBE).animationData();
        ad.setActiveStrip(new NlaStrip("floating"));
        assertTrue(assertThrows(IllegalStateException.class, () -> StateCodec.write(d2)).getMessage()
                .startsWith("objects[0].animation_data.tweak_strip_index: "));
    }

    @Test
    void unsortedActions_areAccepted_andComeOutSortedAsTheDocumentKeepsThem() throws Exception {
        Map<String, Object> state = StateCodec.write(Fixtures.rich());
        List<Object> actions = Trees.list(state, "actions");
        Object firstAction = actions.remove(0);
        actions.add(firstAction);
        Document d = StateCodec.read(state, "unsorted");
        List<String> names = new ArrayList<>();
        for (Action a : d.actions()) {
            names.add(a.name());
        }
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(null);
        assertEquals(sorted, names);
    }

    @Test
    void expectedStates_mayCarryOpResults_whichAreIgnored() throws Exception {
        Map<String, Object> state = StateCodec.write(Fixtures.rich());
        state.put("op_results", List.of(Map.of("id", "action.select_all", "poll", true)));
        Trees.object(state, "editor").put("channels", Map.of("rows", List.of()));
        Document d = StateCodec.read(state, "expected");
        assertFalse(StateCodec.write(d).containsKey("op_results"));
    }
}
