package org.dopesheet.ops.nla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dopesheet.model.Action;
import org.dopesheet.model.ActionSlot;
import org.dopesheet.model.AnimData;
import org.dopesheet.model.NlaStrip;
import org.dopesheet.model.NlaTrack;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.ReportType;
import org.junit.jupiter.api.Test;

/**
 * Layered (slotted) actions with the current-Blender profile: slot auto-assignment when an action
 * is selected, the slot kept in mind when an action is stashed, pushed down or replaced, strip
 * ranges per slot, and tweak mode on a strip of a layered action.
 */
class ActionSlotsTest {

    private static Map<String, Object> select(String name) {
        Map<String, Object> m = new HashMap<>();
        m.put("action", name);
        return m;
    }

    /** "Walk" with slots OBCube (keys 1..10) and OBSphere (keys 50..60). */
    private static Action walk(Fixture f) {
        Map<String, float[]> slots = new LinkedHashMap<>();
        slots.put("OBCube", new float[] {1, 10});
        slots.put("OBSphere", new float[] {50, 60});
        return f.layered("Walk", slots);
    }

    private static ActionSlot slot(Action a, String identifier) {
        return ActionAssignment.slotByIdentifier(a, identifier);
    }

    @Test
    void selectingALayeredActionAssignsTheSlotNamedAfterTheObject() {
        Fixture f = Fixture.current();
        Action walk = walk(f);
        Fixture.assertFinished(f.run("oracle.set_editor_action", select("Walk")));
        AnimData adt = f.cube.animationData();
        assertSame(walk, adt.action());
        assertEquals(slot(walk, "OBCube").handle(), adt.slotHandle());
        assertEquals("OBCube", adt.lastSlotIdentifier());
        assertNull(walk.idRoot(), "layered actions are not rooted on an ID type");
    }

    @Test
    void theLastUsedSlotIdentifierWins() {
        Fixture f = Fixture.current();
        Action walk = walk(f);
        f.cube.ensureAnimationData().setLastSlotIdentifier("OBSphere");
        Fixture.assertFinished(f.run("oracle.set_editor_action", select("Walk")));
        assertEquals(slot(walk, "OBSphere").handle(), f.cube.animationData().slotHandle());
    }

    @Test
    void aSingleUntypedSlotIsAssignedAndBoundToObjects() {
        Fixture f = Fixture.current();
        Action a = f.layered("Generic", Map.of("XXSlot", new float[] {1, 5}));
        Fixture.assertFinished(f.run("oracle.set_editor_action", select("Generic")));
        ActionSlot s = a.slots().get(0);
        assertEquals("OBSlot", s.identifier());
        assertEquals(s.handle(), f.cube.animationData().slotHandle());
        assertEquals("OBSlot", f.cube.animationData().lastSlotIdentifier());
    }

    @Test
    void withoutASuitableSlotTheActionIsAssignedWithoutSlot() {
        Fixture f = Fixture.current();
        Action a = f.layered("Other", Map.of("OBSphere", new float[] {1, 5}));
        Fixture.assertFinished(f.run("oracle.set_editor_action", select("Other")));
        AnimData adt = f.cube.animationData();
        assertSame(a, adt.action());
        assertEquals(0, adt.slotHandle());
        assertNull(adt.channelbag(), "no slot, no curves animate the cube");
    }

    @Test
    void stashTakesTheRangeOfTheAssignedSlotAndRemembersItsIdentifier() {
        Fixture f = Fixture.current();
        Action walk = walk(f);
        f.run("oracle.set_editor_action", select("Walk"));
        AnimData adt = f.cube.animationData();
        Fixture.assertFinished(f.run("action.stash"));
        NlaStrip strip = adt.tracks().get(0).strips().get(0);
        assertEquals(1f, strip.frameStart());
        assertEquals(10f, strip.frameEnd(), "only the OBCube slot's keys count");
        assertNull(adt.action());
        assertEquals(0, adt.slotHandle());
        assertEquals("OBCube", adt.lastSlotIdentifier());

        Fixture.assertFinished(f.run("oracle.set_editor_action", select("Walk")));
        assertEquals(slot(walk, "OBCube").handle(), adt.slotHandle(), "re-assignment finds the slot again");
        OperatorResult again = f.run("action.stash");
        assertEquals(List.of("Action+Slot has already been stashed"), Fixture.messages(again, ReportType.ERROR));
        assertEquals(1, adt.tracks().size());
    }

    @Test
    void pushDownUsesTheSlotRangeAndUnassignsTheSlot() {
        Fixture f = Fixture.current();
        walk(f);
        f.run("oracle.set_editor_action", select("Walk"));
        AnimData adt = f.cube.animationData();
        adt.setLastSlotIdentifier("OBCube");
        Fixture.assertFinished(f.run("action.push_down"));
        NlaTrack track = adt.tracks().get(0);
        assertEquals("Walk", track.name());
        assertEquals(10f, track.strips().get(0).frameEnd());
        assertEquals(0, adt.slotHandle());
        assertEquals("OBCube", adt.lastSlotIdentifier());
    }

    @Test
    void stashAndCreateAssignsTheNewActionWithoutSlotKeepingTheIdentifier() {
        Fixture f = Fixture.current();
        Action walk = walk(f);
        f.run("oracle.set_editor_action", select("Walk"));
        AnimData adt = f.cube.animationData();
        Fixture.assertFinished(f.run("action.stash_and_create"));
        Action created = f.doc.action("Action");
        assertSame(created, adt.action());
        assertEquals(0, adt.slotHandle());
        assertEquals("OBCube", adt.lastSlotIdentifier(), "keys inserted later get a slot of that name");
        assertEquals(1, walk.users(), "the stash strip");
    }

    @Test
    void tweakingAStripOfALayeredActionUsesItsSlotAndGivesTheOwnSlotBack() {
        Fixture f = Fixture.current();
        Action own = f.layered("Own", Map.of("OBCube", new float[] {1, 3}));
        Action walk = walk(f);
        AnimData adt = f.assign(own);
        NlaTrack t = f.track("T", walk, 1, 10);
        assertTrue(NlaTweakMode.enterStrip(f.doc, f.cube, t, t.strips().get(0)));
        assertSame(walk, adt.action());
        assertEquals(slot(walk, "OBCube").handle(), adt.slotHandle());
        assertSame(slot(walk, "OBCube").channelbag(), adt.channelbag(), "the editor shows the strip slot's curves");

        NlaTweakMode.exitInScene(f.doc, f.cube);
        assertSame(own, adt.action());
        assertEquals(slot(own, "OBCube").handle(), adt.slotHandle());
        assertEquals("OBCube", adt.lastSlotIdentifier());
    }

    @Test
    void tweakingALayeredStripFromALegacyActionRestoresNoSlot() {
        Fixture f = Fixture.current();
        Action own = f.action("Own", 1, 3);
        Action walk = walk(f);
        AnimData adt = f.assign(own);
        NlaTrack t = f.track("T", walk, 1, 10);
        NlaTweakMode.enterStrip(f.doc, f.cube, t, t.strips().get(0));
        assertEquals(slot(walk, "OBCube").handle(), adt.slotHandle());
        NlaTweakMode.exit(f.cube);
        assertSame(own, adt.action());
        assertEquals(0, adt.slotHandle());
    }

    @Test
    void legacyActionsIgnoreSlots() {
        Fixture f = Fixture.current();
        Action a = f.action("A", 1, 10);
        Fixture.assertFinished(f.run("oracle.set_editor_action", select("A")));
        AnimData adt = f.cube.animationData();
        assertEquals(0, adt.slotHandle());
        assertEquals("", adt.lastSlotIdentifier());
        assertEquals("OBJECT", a.idRoot());
        Fixture.assertFinished(f.run("action.stash"));
        assertEquals(0, adt.slotHandle());
        assertEquals("", adt.lastSlotIdentifier());
    }
}
