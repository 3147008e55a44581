package org.dopesheet.ops.clipboard;

import static org.dopesheet.ops.clipboard.Fixture.copy;
import static org.dopesheet.ops.clipboard.Fixture.curve;
import static org.dopesheet.ops.clipboard.Fixture.keys;
import static org.dopesheet.ops.clipboard.Fixture.paste;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dopesheet.edit.KeyframeClipboard.Item;
import org.dopesheet.model.Action;
import org.dopesheet.model.ActionSlot;
import org.dopesheet.model.BehaviourProfile;
import org.dopesheet.model.Document;
import org.dopesheet.model.EditorMode;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.ObjectType;
import org.dopesheet.model.SceneObject;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.Registries;
import org.junit.jupiter.api.Test;

/**
 * [cur] Copy and paste with slotted actions: Cube and Sphere are animated by the two slots
 * OBCube and OBSphere of one action. Pasting narrows the buffer items a target may take by slot
 * identifier and slot selection as the current Blender does ({@code get_slot_match_method});
 * Blender 3.4 has no slots.
 */
class SlotsTest {
    private final Registries.Standalone rt = Fixture.runtime();
    private Document doc;
    private ActionSlot cubeSlot;
    private ActionSlot sphereSlot;
    private FCurve cubeLoc;
    private FCurve cubeScale;
    private FCurve sphereLoc;

    private void setUp(BehaviourProfile profile, EditorMode mode) {
        doc = Fixture.document("slots", profile, mode);
        Action shared = doc.addAction(new Action("Shared"));
        shared.setIdRoot("OBJECT");
        shared.addUsers(2);
        cubeSlot = shared.addSlot("OBCube");
        sphereSlot = shared.addSlot("OBSphere");
        SceneObject cube = Fixture.object(doc, "Cube", ObjectType.EMPTY, null);
        cube.ensureAnimationData().setAction(shared).setSlotHandle(cubeSlot.handle());
        SceneObject sphere = Fixture.object(doc, "Sphere", ObjectType.EMPTY, null);
        sphere.ensureAnimationData().setAction(shared).setSlotHandle(sphereSlot.handle());
        cubeLoc = curve(cubeSlot.channelbag(), null, "location", 0, "1:1* 3:2*");
        cubeScale = curve(cubeSlot.channelbag(), null, "scale", 1, "");
        sphereLoc = curve(sphereSlot.channelbag(), null, "location", 0, "2:7* 4:8*");
    }

    private static void finished(OperatorResult r) {
        assertTrue(r.finished(), r.toString());
        assertEquals(List.of(), r.reports());
    }

    @Test
    void itemsRecordTheSlotTheyWereCopiedFrom() {
        setUp(BehaviourProfile.CURRENT, EditorMode.DOPESHEET);
        finished(copy(rt, doc, 1));
        List<Item> items = rt.clipboard().content().items();
        assertEquals(List.of("OBCube", "OBSphere"), items.stream().map(Item::slotIdentifier).toList());
        assertEquals(List.of("Cube", "Sphere"), items.stream().map(Item::owner).toList());
    }

    @Test
    void keysCopiedFromSeveralSlotsPasteBackIntoTheSlotWithTheSameIdentifier() {
        setUp(BehaviourProfile.CURRENT, EditorMode.DOPESHEET);
        finished(copy(rt, doc, 1));
        finished(paste(rt, doc, 20, "START", "MIX", false));
        assertEquals("1:1 3:2 20:1* 22:2*", keys(cubeLoc));
        assertEquals("2:7 4:8 21:7* 23:8*", keys(sphereLoc));
    }

    @Test
    void blender34IgnoresSlotsAndTakesTheFirstMatchingItem() {
        setUp(BehaviourProfile.BLENDER_3_4, EditorMode.DOPESHEET);
        finished(copy(rt, doc, 1));
        finished(paste(rt, doc, 20, "START", "MIX", false));
        assertEquals("1:1 3:2 20:1* 22:2*", keys(cubeLoc));
        assertEquals("2:7 4:8 20:1* 22:2*", keys(sphereLoc));
    }

    @Test
    void keysOfOneSlotPasteIntoEverySelectedSlotWhenNoCurveIsSelected() {
        setUp(BehaviourProfile.CURRENT, EditorMode.DOPESHEET);
        Fixture.select(sphereLoc, "2:7 4:8");
        finished(copy(rt, doc, 1));
        for (FCurve c : List.of(cubeLoc, cubeScale, sphereLoc)) {
            c.setSelect(false);
        }
        sphereSlot.setSelect(true);
        finished(paste(rt, doc, 20, "START", "MIX", false));
        // SELECTION: only curves of selected slots take keys, whatever the slot's identifier
        assertEquals("2:7 4:8 20:1* 22:2*", keys(sphereLoc));
        assertEquals("1:1* 3:2*", keys(cubeLoc));
    }

    @Test
    void keysOfSeveralSlotsPasteOnlyIntoSelectedSlotsWithTheirIdentifier() {
        setUp(BehaviourProfile.CURRENT, EditorMode.DOPESHEET);
        finished(copy(rt, doc, 1));
        for (FCurve c : List.of(cubeLoc, cubeScale, sphereLoc)) {
            c.setSelect(false);
        }
        sphereSlot.setSelect(true);
        finished(paste(rt, doc, 20, "START", "MIX", false));
        // SELECTION_AND_IDENTIFIER: Sphere (selected slot) takes its own keys, Cube nothing
        assertEquals("2:7 4:8 21:7* 23:8*", keys(sphereLoc));
        assertEquals("1:1* 3:2*", keys(cubeLoc));
    }

    @Test
    void withNothingSelectedKeysOfOneSlotOnlyPasteIntoThatSlot() {
        setUp(BehaviourProfile.CURRENT, EditorMode.DOPESHEET);
        Fixture.select(sphereLoc, "2:7 4:8");
        finished(copy(rt, doc, 1));
        for (FCurve c : List.of(cubeLoc, cubeScale, sphereLoc)) {
            c.setSelect(false);
        }
        finished(paste(rt, doc, 20, "START", "MIX", false));
        // IDENTIFIER: no copied slot is named OBSphere, so Sphere takes nothing
        assertEquals("1:1 3:2 20:1* 22:2*", keys(cubeLoc));
        assertEquals("2:7 4:8", keys(sphereLoc));
    }

    @Test
    void oneTargetCurveIgnoresSlots() {
        setUp(BehaviourProfile.CURRENT, EditorMode.DOPESHEET);
        finished(copy(rt, doc, 1));
        cubeLoc.setSelect(false);
        cubeScale.setSelect(false);
        finished(paste(rt, doc, 20, "START", "MIX", false));
        // one target, two items from two slots: the first item with the target's index
        assertEquals("2:7 4:8 20:1* 22:2*", keys(sphereLoc));
    }

    @Test
    void keysCopiedFromOneSlotPasteIntoAnotherSlotInTheActionEditor() {
        setUp(BehaviourProfile.CURRENT, EditorMode.ACTION);
        Fixture.select(sphereLoc, "2:7 4:8");
        finished(copy(rt, doc, 1));
        doc.setActiveObject(doc.object("Sphere"));
        finished(paste(rt, doc, 10, "START", "OVER_ALL", false));
        assertEquals("10:1* 12:2*", keys(sphereLoc));
        assertEquals("1:1* 3:2*", keys(cubeLoc));
    }

    @Test
    void legacyActionsCountAsOneUnnamedSlotEach() {
        // the current Blender gives every converted legacy action the same slot identifier: keys
        // copied from two legacy actions paste by identifier, i.e. from the first action's slot
        Document d = Fixture.document("legacy", BehaviourProfile.CURRENT, EditorMode.DOPESHEET);
        FCurve a = curve(Fixture.bag(Fixture.object(d, "Cube", ObjectType.EMPTY, "CubeAction")), null, "location", 0,
                "1:1* 3:2*");
        FCurve b = curve(Fixture.bag(Fixture.object(d, "Sphere", ObjectType.EMPTY, "SphereAction")), null,
                "location", 0, "2:7* 4:8*");
        FCurve s = curve(Fixture.bag(d.object("Sphere")), null, "scale", 1, "5:5*");
        finished(copy(rt, d, 1));
        assertEquals(3, rt.clipboard().content().items().size());
        finished(paste(rt, d, 20, "START", "MIX", false));
        assertEquals("1:1 3:2 20:1* 22:2*", keys(a));
        assertEquals("2:7 4:8 20:1* 22:2*", keys(b));
        // Cube's slot has no scale[1]: Sphere's scale takes nothing
        assertEquals("5:5*", keys(s));
    }
}
