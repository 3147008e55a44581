package org.dopesheet.ops.nla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dopesheet.model.Action;
import org.dopesheet.model.AnimData;
import org.dopesheet.model.BlendType;
import org.dopesheet.model.EditorMode;
import org.dopesheet.model.NlaExtrapolation;
import org.dopesheet.model.NlaStrip;
import org.dopesheet.model.NlaTrack;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.ReportType;
import org.junit.jupiter.api.Test;

/** action.stash, action.stash_and_create and action.push_down beyond the recorded vectors. */
class StashAndPushDownTest {

    private static List<String> trackNames(AnimData adt) {
        return adt.tracks().stream().map(NlaTrack::name).toList();
    }

    @Test
    void stashGoesToTheBottomThenAboveTheTopmostStashTrack() {
        Fixture f = Fixture.blender34();
        Action a = f.action("A", 1, 10);
        Action b = f.action("B", 5, 20);
        Action other = f.action("Other", 1, 4);
        AnimData adt = f.assign(a);
        f.track("Base", other, 1, 4);
        f.track("Top", other, 30, 40);

        Fixture.assertFinished(f.run("action.stash"));
        assertEquals(List.of("[Action Stash]", "Base", "Top"), trackNames(adt));
        f.assign(b);
        Fixture.assertFinished(f.run("action.stash"));
        assertEquals(List.of("[Action Stash]", "[Action Stash].001", "Base", "Top"), trackNames(adt));

        NlaTrack second = adt.tracks().get(1);
        assertTrue(second.mute() && second.lock() && second.select() && second.active());
        assertFalse(adt.tracks().get(0).active(), "only the newest stash track is active");
        NlaStrip strip = second.strips().get(0);
        assertSame(b, strip.action());
        assertEquals("B", strip.name());
        assertFalse(strip.select() || strip.active());
        assertTrue(strip.useSyncLength());
        assertEquals(5f, strip.frameStart());
        assertEquals(20f, strip.frameEnd());
        assertEquals(0f, strip.influence(), "Blender leaves a new strip's influence zeroed");
        assertNull(adt.action());
        assertEquals(1, b.users(), "the stash strip holds the only user");
    }

    @Test
    void stashStripOfActionWithManualRangeKeepsSyncLengthAndUsesTheRange() {
        Fixture f = Fixture.blender34();
        Action a = f.action("A", 1, 10);
        a.setUseFrameRange(true).setFrameStart(3).setFrameEnd(3);
        AnimData adt = f.assign(a);
        Fixture.assertFinished(f.run("action.stash"));
        NlaStrip strip = adt.tracks().get(0).strips().get(0);
        assertEquals(3f, strip.actionFrameStart());
        assertEquals(4f, strip.actionFrameEnd(), "a zero-length range gets one frame");
        assertTrue(strip.useSyncLength(), "stash turns syncing on even for a manual range");
    }

    @Test
    void stashNamesTheStripUniquelyAcrossTheStack() {
        Fixture f = Fixture.blender34();
        Action a = f.action("A", 1, 10);
        AnimData adt = f.assign(a);
        NlaTrack t = f.track("Base", f.action("Other", 1, 2), 1, 2);
        t.strips().get(0).setName("A");
        Fixture.assertFinished(f.run("action.stash"));
        assertEquals("A.001", adt.tracks().get(0).strips().get(0).name());
    }

    @Test
    void alreadyStashedReportsTheProfilesMessageAndStillUnassigns() {
        for (Fixture f : List.of(Fixture.blender34(), Fixture.current())) {
            Action a = f.action("A", 1, 10);
            AnimData adt = f.assign(a);
            Fixture.assertFinished(f.run("action.new"));
            assertSame(a, adt.action(), "action.new from Python stashes but does not assign");
            OperatorResult r = f.run("action.stash");
            assertTrue(r.finished());
            String expected = f.doc.profile() == org.dopesheet.model.BehaviourProfile.BLENDER_3_4
                    ? "Action has already been stashed" : "Action+Slot has already been stashed";
            assertEquals(List.of(expected), Fixture.messages(r, ReportType.ERROR));
            assertTrue(r.hasOwnError());
            assertNull(adt.action());
            assertEquals(1, adt.tracks().size());
        }
    }

    @Test
    void emptyActionIsRefusedIn34ButStashedInCurrentBlender() {
        Fixture old = Fixture.blender34();
        old.assign(old.action("Empty"));
        OperatorResult r = old.run("action.stash");
        assertTrue(r.cancelled());
        assertEquals(List.of("Action must have at least one keyframe or F-Modifier"),
                Fixture.messages(r, ReportType.WARNING));

        Fixture cur = Fixture.current();
        Action empty = cur.action("Empty");
        AnimData adt = cur.assign(empty);
        Fixture.assertFinished(cur.run("action.stash"));
        NlaStrip strip = adt.tracks().get(0).strips().get(0);
        assertEquals(0f, strip.frameStart());
        assertEquals(1f, strip.frameEnd(), "an action without keys spans frames 0 to 1");
        assertNull(adt.action());
    }

    @Test
    void pushDownAddsToTheTopTrackWhenThereIsRoom() {
        Fixture f = Fixture.blender34();
        Action a = f.action("A", 30, 40);
        AnimData adt = f.assign(a);
        adt.setActionBlendType(BlendType.ADD).setActionExtrapolation(NlaExtrapolation.HOLD_FORWARD)
                .setActionInfluence(0.5f);
        NlaTrack top = f.track("Top", f.action("Other", 1, 10), 1, 10);
        top.strips().get(0).setActive(true);
        Fixture.assertFinished(f.run("action.push_down"));
        assertEquals(1, adt.tracks().size());
        NlaStrip strip = top.strips().get(1);
        assertSame(a, strip.action());
        assertTrue(strip.active() && strip.select());
        assertFalse(top.strips().get(0).active(), "the pushed strip becomes the only active strip");
        assertEquals(BlendType.ADD, strip.blendType());
        assertEquals(NlaExtrapolation.HOLD_FORWARD, strip.extrapolation());
        assertEquals(0.5f, strip.influence());
        assertNull(adt.action());
        assertNull(f.doc.editor().action(), "3.4 clears the editor's action");
        assertEquals(1, a.users());
    }

    @Test
    void pushDownMakesANewTopTrackNamedAfterTheActionWhenTheTopTrackIsFullOrLocked() {
        Fixture f = Fixture.blender34();
        Action a = f.action("A", 5, 15);
        AnimData adt = f.assign(a);
        f.track("Top", f.action("Other", 1, 10), 1, 10);
        Fixture.assertFinished(f.run("action.push_down"));
        assertEquals(List.of("Top", "A"), trackNames(adt));
        assertTrue(adt.tracks().get(1).active() && adt.tracks().get(1).select());

        Action b = f.action("B", 100, 110);
        f.assign(b);
        adt.tracks().get(1).setLock(true);
        Fixture.assertFinished(f.run("action.push_down"));
        assertEquals(List.of("Top", "A", "B"), trackNames(adt));
    }

    @Test
    void pushDownTrackNameIsTheActionNameEvenWhenTaken() {
        Fixture f = Fixture.blender34();
        AnimData adt = f.assign(f.action("A", 1, 10));
        f.track("A", f.action("Other", 1, 10), 1, 10);
        Fixture.assertFinished(f.run("action.push_down"));
        assertEquals(List.of("A", "A"), trackNames(adt), "BKE_nlastack_add_strip does not make it unique");
        assertEquals("A", adt.tracks().get(1).strips().get(0).name());
    }

    @Test
    void pushDownPollNeedsAnActionAndNoTweakMode() {
        Fixture f = Fixture.blender34();
        f.cube.ensureAnimationData();
        assertFalse(f.run("action.push_down").poll());
        AnimData adt = f.assign(f.action("A", 1, 10));
        adt.setUseTweakMode(true);
        assertFalse(f.run("action.push_down").poll());
        adt.setUseTweakMode(false);
        f.doc.editor().setMode(EditorMode.DOPESHEET);
        assertFalse(f.run("action.push_down").poll());
    }

    @Test
    void pollsLookAtTheEditorsActionIn34AndAtTheObjectsActionInCurrentBlender() {
        Fixture old = Fixture.blender34();
        AnimData adt = old.assign(old.action("A", 1, 10));
        old.doc.editor().setAction(null);
        assertFalse(old.run("action.push_down").poll(), "3.4: the editor shows no action");
        assertFalse(old.run("action.unlink").poll());

        assertSame(old.doc.action("A"), adt.action(), "nothing ran");

        Fixture cur = Fixture.current();
        AnimData adt2 = cur.assign(cur.action("A", 1, 10));
        cur.doc.editor().setAction(null);
        Fixture.assertFinished(cur.run("action.push_down"));
        assertNull(adt2.action(), "current: the object's action counts");

        Fixture cur2 = Fixture.current();
        AnimData adt3 = cur2.assign(cur2.action("A", 1, 10));
        cur2.doc.editor().setAction(null);
        Fixture.assertFinished(cur2.run("action.unlink"));
        assertNull(adt3.action());
    }

    @Test
    void stashAndCreateWithoutAnimationDataCreatesAndAssigns() {
        Fixture f = Fixture.blender34();
        Fixture.assertFinished(f.run("action.stash_and_create"));
        Action created = f.doc.action("Action");
        AnimData adt = f.cube.animationData();
        assertSame(created, adt.action(), "the editor's selector created the animation data");
        assertEquals(1, created.users());
        assertEquals("OBJECT", created.idRoot());
        assertSame(created, f.doc.editor().action());
    }

    @Test
    void stashAndCreatePollOutsideTheActionEditors() {
        Fixture f = Fixture.blender34();
        f.doc.editor().setMode(EditorMode.DOPESHEET);
        assertFalse(f.run("action.stash_and_create").poll());
        f.doc.editor().setMode(EditorMode.ACTION);
        f.doc.scene().setNlaTweakmode(true);
        assertFalse(f.run("action.stash_and_create").poll(), "no animation data: the scene flag decides");
    }

    @Test
    void stashAndCreateOfAnAlreadyStashedActionSelectsNone() {
        for (Fixture f : List.of(Fixture.blender34(), Fixture.current())) {
            Action a = f.action("A", 1, 10);
            AnimData adt = f.assign(a);
            Fixture.assertFinished(f.run("action.new"));
            OperatorResult r = f.run("action.stash_and_create");
            assertTrue(r.finished());
            assertEquals(1, Fixture.messages(r, ReportType.ERROR).size());
            assertNull(adt.action());
            assertNull(f.doc.action("Action"), "no new empty action");
            assertEquals(1, a.users());
        }
    }

    @Test
    void stashAndCreateInCurrentBlenderLeavesTheNewActionUnrooted() {
        Fixture f = Fixture.current();
        Action a = f.action("A", 1, 10);
        a.setIdRoot("OBJECT");
        AnimData adt = f.assign(a);
        Fixture.assertFinished(f.run("action.stash_and_create"));
        Action created = f.doc.action("Action");
        assertSame(created, adt.action());
        assertEquals("OBJECT", created.idRoot(), "assignment roots a legacy action on objects");
        assertEquals(1, created.users());
        assertEquals(1, a.users());
        assertSame(a, f.doc.editor().action(), "current Blender leaves the editor's cached action alone");
    }
}
