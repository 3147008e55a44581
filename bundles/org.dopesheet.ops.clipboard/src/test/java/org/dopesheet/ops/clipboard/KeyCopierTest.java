package org.dopesheet.ops.clipboard;

import static org.dopesheet.ops.clipboard.Fixture.bag;
import static org.dopesheet.ops.clipboard.Fixture.copy;
import static org.dopesheet.ops.clipboard.Fixture.curve;
import static org.dopesheet.ops.clipboard.Fixture.keys;
import static org.dopesheet.ops.clipboard.Fixture.paste;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dopesheet.edit.KeyframeClipboard.Content;
import org.dopesheet.edit.KeyframeClipboard.Item;
import org.dopesheet.model.BehaviourProfile;
import org.dopesheet.model.Channelbag;
import org.dopesheet.model.Document;
import org.dopesheet.model.EditorMode;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.Interpolation;
import org.dopesheet.model.ObjectType;
import org.dopesheet.model.SceneObject;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.Registries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What {@code action.copy} puts into the buffer (spec 2.7 and 3.4). */
class KeyCopierTest {
    private final Registries.Standalone rt = Fixture.runtime();

    private Document rigAndCube(BehaviourProfile profile) {
        Document d = Fixture.document("doc", profile, EditorMode.DOPESHEET);
        Channelbag cube = bag(Fixture.object(d, "Cube", ObjectType.EMPTY, "CubeAction"));
        curve(cube, "Object Transforms", "location", 2, "1:0 4:1* 9:2*").setSelect(false);
        curve(cube, null, "pose.bones[\"arm.L\"].location", 0, "3:1*");
        curve(cube, null, "scale", 0, "1:1 2:1");
        SceneObject rig = Fixture.object(d, "Rig", ObjectType.ARMATURE, "RigAction");
        Fixture.bones(rig, "arm.L");
        curve(bag(rig), "arm.L", "pose.bones[\"arm.L\"].rotation_euler", 1, "-2.5:1* 0:0");
        curve(bag(rig), null, "pose.bones[\"gone\"].location", 0, "12.25:4*");
        return d;
    }

    @ParameterizedTest
    @EnumSource(BehaviourProfile.class)
    void itemsInChannelOrderWithOwnerGroupPathIndexAndBoneFlag(BehaviourProfile profile) {
        Document d = rigAndCube(profile);
        OperatorResult r = copy(rt, d, 7);
        assertTrue(r.finished(), r.toString());
        Content c = rt.clipboard().content();
        List<Item> items = c.items();
        assertEquals(4, items.size());
        assertItem(items.get(0), "Cube", "Object Transforms", "location", 2, false, "4:1* 9:2*");
        // a bone path on an object that is no armature is not a bone curve
        assertItem(items.get(1), "Cube", null, "pose.bones[\"arm.L\"].location", 0, false, "3:1*");
        assertItem(items.get(2), "Rig", "arm.L", "pose.bones[\"arm.L\"].rotation_euler", 1, true, "-2.5:1*");
        // the armature has no bone "gone"
        assertItem(items.get(3), "Rig", null, "pose.bones[\"gone\"].location", 0, false, "12.25:4*");
        assertEquals(-2.5f, c.firstFrame());
        assertEquals(12.25f, c.lastFrame());
        assertEquals(7, c.copyFrame());
    }

    private static void assertItem(Item item, String owner, String group, String path, int index, boolean bone,
            String keys) {
        assertEquals(owner, item.owner());
        assertEquals("OB", item.ownerType());
        assertEquals(group, item.group());
        assertEquals(path, item.dataPath());
        assertEquals(index, item.arrayIndex());
        assertEquals(bone, item.isBone());
        assertNull(item.slotIdentifier());
        assertEquals(keys, keys(item.keys()));
        assertEquals(path, item.keys().dataPath());
        assertEquals(index, item.keys().arrayIndex());
    }

    @ParameterizedTest
    @EnumSource(BehaviourProfile.class)
    void copiedKeysAreWholeCopiesAndTheSourceIsNotChanged(BehaviourProfile profile) {
        Document d = Fixture.document("doc", profile, EditorMode.ACTION);
        Channelbag bag = bag(Fixture.object(d, "Cube", ObjectType.EMPTY, "CubeAction"));
        FCurve src = curve(bag, null, "location", 0, "1:0* 4:1* 9:2");
        src.setInterpolation(1, Interpolation.ELASTIC);
        src.setAmplitude(1, 3.5f);
        src.setLeft(1, 3.25f, 0.5f);
        assertTrue(copy(rt, d, 1).finished());
        FCurve k = rt.clipboard().content().items().get(0).keys();
        assertEquals(Interpolation.ELASTIC, k.interpolation(1));
        assertEquals(3.5f, k.amplitude(1));
        assertEquals(3.25f, k.leftX(1));
        assertEquals(0.5f, k.leftY(1));
        assertEquals("1:0* 4:1* 9:2", keys(src));
        // the buffer is detached from the document: editing the source later does not reach it
        src.setY(1, 100f);
        assertEquals(1f, k.y(1));
    }

    @ParameterizedTest
    @EnumSource(BehaviourProfile.class)
    void everyCopyReplacesTheBufferAndACopyOfNothingEmptiesIt(BehaviourProfile profile) {
        Document d = Fixture.document("doc", profile, EditorMode.ACTION);
        Channelbag bag = bag(Fixture.object(d, "Cube", ObjectType.EMPTY, "CubeAction"));
        FCurve a = curve(bag, null, "location", 0, "1:0* 4:1*");
        FCurve b = curve(bag, null, "location", 1, "2:0");
        assertTrue(copy(rt, d, 1).finished());
        Content first = rt.clipboard().content();
        Fixture.select(a, "1:0 4:1");
        Fixture.select(b, "2:0*");
        assertTrue(copy(rt, d, 3).finished());
        Content second = rt.clipboard().content();
        assertEquals(1, second.items().size());
        assertEquals("location", second.items().get(0).dataPath());
        assertEquals(1, second.items().get(0).arrayIndex());
        assertEquals(2f, second.firstFrame());
        assertEquals(3, second.copyFrame());
        assertFalse(first == second);

        Fixture.select(b, "2:0");
        OperatorResult r = copy(rt, d, 3);
        assertTrue(r.cancelled());
        assertTrue(r.hasOwnError());
        assertSame(Content.EMPTY, rt.clipboard().content());
        OperatorResult p = paste(rt, d, 3, "START", "MIX", false);
        assertTrue(p.cancelled());
    }

    @Test
    void theNothingCopiedReportOf34() {
        Document d = Fixture.document("doc", BehaviourProfile.BLENDER_3_4, EditorMode.ACTION);
        curve(bag(Fixture.object(d, "Cube", ObjectType.EMPTY, "CubeAction")), null, "location", 0, "1:0");
        assertEquals(List.of("ERROR: No keyframes copied to keyframes copy/paste buffer"),
                Fixture.reports(copy(rt, d, 1)));
    }

    @Test
    void theNothingCopiedReportOfTheCurrentBlender() {
        Document d = Fixture.document("doc", BehaviourProfile.CURRENT, EditorMode.ACTION);
        curve(bag(Fixture.object(d, "Cube", ObjectType.EMPTY, "CubeAction")), null, "location", 0, "1:0");
        assertEquals(List.of("ERROR: No keyframes copied to the internal clipboard"), Fixture.reports(copy(rt, d, 1)));
    }

    @ParameterizedTest
    @EnumSource(BehaviourProfile.class)
    void withoutAnActionThereIsNothingToCopy(BehaviourProfile profile) {
        Document d = Fixture.document("doc", profile, EditorMode.ACTION);
        Fixture.object(d, "Cube", ObjectType.EMPTY, null);
        OperatorResult r = copy(rt, d, 1);
        assertTrue(r.cancelled());
        assertTrue(r.hasOwnError());
    }
}
