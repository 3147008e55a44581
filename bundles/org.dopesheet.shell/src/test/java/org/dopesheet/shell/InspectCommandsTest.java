package org.dopesheet.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dopesheet.context.ChannelType;
import org.dopesheet.model.Action;
import org.dopesheet.model.ActionSlot;
import org.dopesheet.model.Document;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.KeyframeType;
import org.dopesheet.model.ObjectType;
import org.dopesheet.model.SceneObject;
import org.junit.jupiter.api.Test;

/** {@code ds:objects}, {@code ds:actions}, {@code ds:slots}, {@code ds:channels}. */
class InspectCommandsTest {

    @Test
    void channels__tiny_listsRowsInBlenderOrderAsATable() {
        Fixture f = new Fixture();
        f.open(Fixture.tiny());

        ChannelList channels = f.inspect.channels(null);

        String expected = String.join("\n",
                "tiny: 4 channels (Action Editor)",
                "#  TYPE     SELECTED  KEYS  CHANNEL         PATH",
                "0  SUMMARY  no           4  Summary",
                "1  GROUP    yes          2    G",
                "2  FCURVE   no           2      X Location  location[0]",
                "3  FCURVE   no           2    Z Scale       scale[2]");
        assertEquals(expected, channels.toString());
    }

    @Test
    void channels__collapsedGroupHidesItsCurvesButCountsTheirKeys() {
        Fixture f = new Fixture();
        Document doc = f.open(Fixture.tiny());
        doc.action("Act").channelbag().group("G").setShowExpanded(false);

        List<ChannelList.Row> rows = f.inspect.channels(null).rows();

        assertEquals(List.of("Summary", "G", "Z Scale"), rows.stream().map(ChannelList.Row::name).toList());
        assertEquals(2, rows.get(1).keys());
    }

    @Test
    void channels__demo_rigRowsFollowTheCubeWithBoneNames() {
        Fixture f = new Fixture();
        f.openDemo();

        List<ChannelList.Row> rows = f.inspect.channels(null).rows();

        assertEquals(35, rows.size());
        assertEquals(List.of("Summary", "Cube", "CubeAction", "Object Transforms", "X Location"),
                rows.subList(0, 5).stream().map(ChannelList.Row::name).toList());
        ChannelList.Row rig = rows.get(13);
        assertEquals(ChannelType.OBJECT, rig.type());
        assertEquals("Rig", rig.name());
        assertEquals("W Quaternion Rotation (arm.L)", rows.get(19).name());
        assertEquals("pose.bones[\"arm.L\"].rotation_quaternion[0]", rows.get(19).path());
        assertEquals(4, rows.get(19).depth());
        long curveKeys = rows.stream().filter(r -> r.type() == ChannelType.FCURVE).mapToLong(ChannelList.Row::keys)
                .sum();
        assertEquals(curveKeys, rows.get(0).keys(), "the summary covers every visible curve");
    }

    @Test
    void objects__demo_listsTypesBonesAndActions() {
        Fixture f = new Fixture();
        f.openDemo();

        ObjectList objects = f.inspect.objects(null);

        assertEquals(2, objects.objects().size());
        ObjectList.Item cube = objects.objects().get(0);
        assertEquals("Cube", cube.name());
        assertEquals(ObjectType.EMPTY, cube.type());
        assertEquals("CubeAction", cube.action());
        assertFalse(cube.active());
        ObjectList.Item rig = objects.objects().get(1);
        assertEquals(ObjectType.ARMATURE, rig.type());
        assertTrue(rig.active());
        assertEquals(List.of("spine", "arm.L", "arm.R"), rig.bones());
        String text = objects.toString();
        assertTrue(text.startsWith("demo: 2 objects\nNAME  TYPE      SELECTED  ACTIVE  ACTION      KEYS  BONES\n"), text);
        assertTrue(text.contains("\nRig   ARMATURE  yes       yes     RigAction"), text);
    }

    @Test
    void actions__tiny_countsKeysFrameRangeAndUsers() {
        Fixture f = new Fixture();
        Document doc = f.open(Fixture.tiny());
        doc.addAction(new Action("Unused").setUseFakeUser(true));

        ActionList actions = f.inspect.actions(null);

        ActionList.Item act = actions.actions().get(0);
        assertEquals("Act", act.name());
        assertEquals(4, act.keys());
        assertEquals(2, act.curves());
        assertEquals(1, act.groups());
        assertEquals(1f, act.firstFrame());
        assertEquals(3f, act.lastFrame());
        assertEquals(List.of("Cube"), act.usedBy());
        assertTrue(act.shown(), "the Action editor shows the active object's action");
        ActionList.Item unused = actions.actions().get(1);
        assertNull(unused.firstFrame());
        assertFalse(unused.shown());
        assertEquals(String.join("\n",
                "tiny: 2 actions",
                "NAME    USERS  FAKE  ROOT    SLOTS  GROUPS  CURVES  KEYS  FRAMES  SHOWN  USED BY",
                "Act         1  no    OBJECT      -       1       2     4  1..3    yes    Cube",
                "Unused      1  yes   -           -       0       0     0  -       no"), actions.toString());
    }

    @Test
    void slots__legacyActionHasNone() {
        Fixture f = new Fixture();
        f.open(Fixture.tiny());

        SlotList slots = f.inspect.slots(null);

        assertFalse(slots.layered());
        assertEquals("Act is a legacy action: it has no slots (one channel bag for every user)", slots.toString());
    }

    @Test
    void slots__layeredAction_listsSlotsWithTheirUsers() {
        Fixture f = new Fixture();
        Document doc = f.open(new Document("layers"));
        Action act = doc.addAction(new Action("Shared").setUsers(2));
        ActionSlot a = act.addSlot("OBCube");
        ActionSlot b = act.addSlot("OBLamp");
        FCurve c = b.channelbag().addFcurve(new FCurve("location", 0));
        Fixture.key(c, 1, 0, KeyframeType.KEYFRAME, false);
        SceneObject lamp = doc.addObject(new SceneObject("Lamp", ObjectType.EMPTY));
        lamp.ensureAnimationData().setAction(act).setSlotHandle(b.handle());

        SlotList slots = f.inspect.slots(null, "Shared");

        assertTrue(slots.layered());
        assertEquals(List.of(a.handle(), b.handle()), slots.slots().stream().map(SlotList.Item::handle).toList());
        assertEquals(List.of(), slots.slots().get(0).usedBy());
        assertEquals(List.of("Lamp"), slots.slots().get(1).usedBy());
        assertEquals(1, slots.slots().get(1).keys());
        assertEquals(String.join("\n",
                "Shared: 2 slots",
                "HANDLE  IDENTIFIER  SELECTED  ACTIVE  GROUPS  CURVES  KEYS  USED BY",
                "     1  OBCube      no        no           0       0     0",
                "     2  OBLamp      no        no           0       1     1  Lamp"), slots.toString());
    }

    @Test
    void slots__unknownActionOrNoneShown_isAClearError() {
        Fixture f = new Fixture();
        f.open(Fixture.tiny());

        ShellException unknown = assertThrows(ShellException.class, () -> f.inspect.slots(null, "Nope"));
        assertEquals("document 'tiny' has no action named 'Nope'; actions: Act", unknown.getMessage());

        f.open(new Document("empty"));
        ShellException none = assertThrows(ShellException.class, () -> f.inspect.slots(null));
        assertTrue(none.getMessage().startsWith("the editor shows no action"), none.getMessage());
    }
}
