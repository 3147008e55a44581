package org.dopesheet.ops.nla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.dopesheet.model.Action;
import org.dopesheet.model.AnimData;
import org.dopesheet.model.NlaStrip;
import org.dopesheet.model.NlaTrack;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.ReportType;
import org.junit.jupiter.api.Test;

/** action.unlink and action.new. */
class UnlinkAndNewTest {

    @Test
    void forceDeleteRemovesTheActionsStashStripsAndEmptiedStashTracks() {
        Fixture f = Fixture.blender34();
        Action a = f.action("A", 1, 10);
        Action b = f.action("B", 20, 30);
        AnimData adt = f.assign(a);
        NlaTrack stash1 = f.track("[Action Stash]", a, 1, 10);
        NlaTrack stash2 = f.track("[Action Stash].001", b, 20, 30);
        NlaStrip bStrip = new NlaStrip("A.001");
        bStrip.setAction(a);
        bStrip.setFrameStart(40);
        bStrip.setFrameEnd(49);
        stash2.addStrip(bStrip);
        a.setUsers(a.users() + 1);
        NlaTrack plain = f.track("Layer", a, 1, 10);
        a.setUseFakeUser(true);
        assertEquals(5, a.users(), "object, three strips, fake user");

        OperatorResult r = f.run("action.unlink", Map.of("force_delete", true));
        Fixture.assertFinished(r);
        assertTrue(Fixture.messages(r, ReportType.WARNING).isEmpty());
        assertEquals(List.of(stash2, plain), adt.tracks(), "the emptied stash track is gone");
        assertEquals(1, stash2.strips().size());
        assertSame(b, stash2.strips().get(0).action());
        assertEquals(1, plain.strips().size(), "only stash tracks are cleaned");
        assertFalse(a.useFakeUser());
        assertNull(adt.action());
        assertEquals(1, a.users(), "the plain track's strip");
        assertTrue(stash1.strips().isEmpty());
    }

    @Test
    void unlinkWarnsOnlyForTheLastUser() {
        Fixture f = Fixture.blender34();
        Action a = f.action("A", 1, 10);
        f.assign(a);
        a.setUsers(2);
        OperatorResult r = f.run("action.unlink");
        Fixture.assertFinished(r);
        assertTrue(r.reports().isEmpty());
        assertEquals(1, a.users());
    }

    @Test
    void unlinkInTweakModeOnlyLeavesTweakMode() {
        for (Fixture f : List.of(Fixture.blender34(), Fixture.current())) {
            Action own = f.action("Own", 1, 5);
            AnimData adt = f.assign(own);
            NlaTrack t = f.track("T", f.action("Walk", 1, 10), 1, 10);
            assertTrue(NlaTweakMode.enterStrip(f.doc, f.cube, t, t.strips().get(0)));
            f.doc.editor().setAction(adt.action());
            Fixture.assertFinished(f.run("action.unlink"));
            assertFalse(adt.useTweakMode());
            assertFalse(f.doc.scene().nlaTweakmode());
            assertSame(own, adt.action(), "the object's own action stays assigned");
            assertEquals(1, f.doc.action("Walk").users());
        }
    }

    @Test
    void forceDeleteOfTheTweakedStashStripStillLeavesTweakMode() {
        for (Fixture f : List.of(Fixture.blender34(), Fixture.current())) {
            Action own = f.action("Own", 1, 5);
            AnimData adt = f.assign(own);
            Action stashed = f.action("Stashed", 1, 10);
            NlaTrack stash = f.track("[Action Stash]", stashed, 1, 10);
            assertTrue(NlaTweakMode.enterStrip(f.doc, f.cube, stash, stash.strips().get(0)));
            f.doc.editor().setAction(adt.action());
            int stashedUsers = stashed.users();

            Fixture.assertFinished(f.run("action.unlink", Map.of("force_delete", true)));
            assertTrue(adt.tracks().isEmpty(), "the tweaked strip's stash track is deleted");
            assertFalse(adt.useTweakMode(), "tweak mode is left although no track remains");
            assertFalse(f.doc.scene().nlaTweakmode());
            assertNull(adt.activeStrip());
            assertNull(adt.activeTrack());
            assertNull(adt.tweakStoredAction());
            assertSame(own, adt.action(), "the parked action is given back");
            assertEquals(stashedUsers - 2, stashed.users(), "the strip's and the tweak's users are released");
        }
    }

    @Test
    void newCopiesTheActionWithANumberedNameAndNoUsers() {
        Fixture f = Fixture.blender34();
        Action a = f.action("Walk", 1, 10);
        a.setIdRoot(null);
        AnimData adt = f.assign(a);
        Fixture.assertFinished(f.run("action.new"));
        Fixture.assertFinished(f.run("action.new"));
        Action copy1 = f.doc.action("Walk.001");
        Action copy2 = f.doc.action("Walk.002");
        assertNotNull(copy1);
        assertNotNull(copy2);
        assertEquals(0, copy1.users());
        assertEquals(2, copy1.fcurves().get(0).size());
        assertEquals("OBJECT", copy1.idRoot(), "3.4 roots the new action on objects in the Action editor");
        assertSame(a, adt.action());
        assertEquals(1, adt.tracks().size(), "stashed once");
        assertEquals(2, a.users());
    }

    @Test
    void newInCurrentBlenderKeepsTheCopiedRoot() {
        Fixture f = Fixture.current();
        Action a = f.action("Walk", 1, 10);
        f.assign(a);
        Fixture.assertFinished(f.run("action.new"));
        assertNull(f.doc.action("Walk.001").idRoot());
        f.cube.animationData().setAction(null);
        a.setUsers(1);
        Fixture.assertFinished(f.run("action.new"));
        assertNull(f.doc.action("Action").idRoot(), "a new empty action is not rooted until assigned");
    }

    @Test
    void newWithoutAnimationDataCreatesAnEmptyAction() {
        Fixture f = Fixture.blender34();
        Fixture.assertFinished(f.run("action.new"));
        Action created = f.doc.action("Action");
        assertNotNull(created);
        assertTrue(created.fcurves().isEmpty());
        assertEquals(0, created.poseMarkersActiveIndex());
        assertNull(f.cube.animationData());
        Fixture.assertFinished(f.run("action.new"));
        assertNotNull(f.doc.action("Action.001"));
    }

    @Test
    void newPoll() {
        Fixture f = Fixture.blender34();
        f.doc.setActiveObject(null);
        assertFalse(f.run("action.new").poll(), "no active object");
        f.doc.setActiveObject(f.cube);
        f.cube.ensureAnimationData().setUseTweakMode(true);
        assertFalse(f.run("action.new").poll(), "tweak mode");
        f.cube.animationData().setUseTweakMode(false);
        f.doc.editor().setMode(org.dopesheet.model.EditorMode.SHAPEKEY);
        assertFalse(f.run("action.new").poll(), "no shape keys");
    }
}
