package org.dopesheet.ops.nla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dopesheet.model.Action;
import org.dopesheet.model.AnimData;
import org.dopesheet.model.EditorMode;
import org.dopesheet.model.Marker;
import org.dopesheet.model.NlaTrack;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.ReportType;
import org.junit.jupiter.api.Test;

/** oracle.set_editor_action (the editor's action selector) and action.markers_make_local. */
class SetEditorActionTest {

    private static Map<String, Object> action(String name) {
        Map<String, Object> m = new HashMap<>();
        m.put("action", name);
        return m;
    }

    @Test
    void selectingAnActionAssignsItToTheActiveObject() {
        Fixture f = Fixture.blender34();
        Action a = f.action("A", 1, 10);
        Fixture.assertFinished(f.run("oracle.set_editor_action", action("A")));
        AnimData adt = f.cube.animationData();
        assertSame(a, adt.action(), "the animation data is created");
        assertEquals(1, a.users());
        assertEquals("OBJECT", a.idRoot());
        assertSame(a, f.doc.editor().action());

        Fixture.assertFinished(f.run("oracle.set_editor_action", action(null)));
        assertNull(adt.action());
        assertEquals(0, a.users());
        assertTrue(adt.tracks().isEmpty(), "selecting None never stashes");
    }

    @Test
    void an34ActionWithoutUsersIsStashedWhenAnotherIsSelected() {
        Fixture f = Fixture.blender34();
        Action a = f.action("A", 1, 10);
        Action b = f.action("B", 1, 10);
        AnimData adt = f.assign(a);
        a.setUsers(0);
        Fixture.assertFinished(f.run("oracle.set_editor_action", action("B")));
        assertSame(b, adt.action());
        assertEquals(1, adt.tracks().size());
        assertEquals("[Action Stash]", adt.tracks().get(0).name());
        // the stash strip adds a user, then the un-assignment takes one: Blender's count of an
        // action that had no users stays at 0 even though the strip now uses it
        assertEquals(0, a.users());
        assertSame(a, adt.tracks().get(0).strips().get(0).action());
    }

    @Test
    void an34ActionWithUsersIsNotStashed() {
        Fixture f = Fixture.blender34();
        Action a = f.action("A", 1, 10);
        f.action("B", 1, 10);
        AnimData adt = f.assign(a);
        Fixture.assertFinished(f.run("oracle.set_editor_action", action("B")));
        assertTrue(adt.tracks().isEmpty());
        assertEquals(0, a.users());
    }

    @Test
    void the34EditorRefusesActionsOfOtherIdTypes() {
        Fixture f = Fixture.blender34();
        Action a = f.action("A", 1, 10);
        Action keys = f.action("Keys", 1, 10);
        keys.setIdRoot("KEY");
        AnimData adt = f.assign(a);
        Fixture.assertFinished(f.run("oracle.set_editor_action", action("Keys")));
        assertSame(a, adt.action());
        assertSame(a, f.doc.editor().action());
        assertEquals(0, keys.users());
    }

    @Test
    void selectingIn34LeavesTweakMode() {
        Fixture f = Fixture.blender34();
        Action own = f.action("Own", 1, 5);
        Action other = f.action("Other", 1, 5);
        AnimData adt = f.assign(own);
        NlaTrack t = f.track("T", f.action("Walk", 1, 10), 1, 10);
        NlaTweakMode.enterStrip(f.doc, f.cube, t, t.strips().get(0));
        Fixture.assertFinished(f.run("oracle.set_editor_action", action("Other")));
        assertFalse(adt.useTweakMode());
        assertSame(other, adt.action());
        assertEquals(0, own.users());
        assertEquals(1, f.doc.action("Walk").users());
    }

    @Test
    void currentBlenderRefusesToChangeTheActionInTweakMode() {
        Fixture f = Fixture.current();
        Action own = f.action("Own", 1, 5);
        f.action("Other", 1, 5);
        AnimData adt = f.assign(own);
        NlaTrack t = f.track("T", f.action("Walk", 1, 10), 1, 10);
        NlaTweakMode.enterStrip(f.doc, f.cube, t, t.strips().get(0));
        OperatorResult r = f.run("oracle.set_editor_action", action("Other"));
        assertTrue(r.cancelled());
        assertEquals(List.of("Could not change action"), Fixture.messages(r, ReportType.ERROR));
        assertTrue(adt.useTweakMode());
        assertSame(f.doc.action("Walk"), adt.action());
    }

    @Test
    void currentBlenderDoesNotStashOnSelection() {
        Fixture f = Fixture.current();
        Action a = f.action("A", 1, 10);
        Action b = f.action("B", 1, 10);
        AnimData adt = f.assign(a);
        a.setUsers(0);
        Fixture.assertFinished(f.run("oracle.set_editor_action", action("B")));
        assertSame(b, adt.action());
        assertTrue(adt.tracks().isEmpty());
        assertSame(a, f.doc.editor().action(), "the editor's cached action is synced by the next editor operator");
    }

    @Test
    void unknownActionNameIsReportedAndChangesNothing() {
        Fixture f = Fixture.blender34();
        Action before = f.doc.editor().action();
        org.dopesheet.operator.OperatorResult r = f.run("oracle.set_editor_action", action("Missing"));
        assertTrue(r.cancelled());
        assertTrue(r.hasOwnError());
        assertEquals("no action named 'Missing'", r.reports().get(0).message());
        assertSame(before, f.doc.editor().action());
    }

    @Test
    void markersMakeLocalMovesSelectedSceneMarkersInOrder() {
        Fixture f = Fixture.blender34();
        Action a = f.action("A", 1, 10);
        f.assign(a);
        Marker m1 = f.doc.scene().addMarker(new Marker("m1", 4).setSelect(true));
        Marker m2 = f.doc.scene().addMarker(new Marker("m2", 2));
        Marker m3 = f.doc.scene().addMarker(new Marker("m3", 9).setSelect(true));
        Fixture.assertFinished(f.run("action.markers_make_local"));
        assertEquals(List.of(m2), f.doc.scene().markers());
        assertEquals(List.of(m1, m3), a.poseMarkers());
        assertTrue(f.doc.editor().showPoseMarkers());
        assertFalse(f.run("action.markers_make_local").poll(), "pose markers are shown now");
    }

    @Test
    void markersMakeLocalPoll() {
        Fixture f = Fixture.blender34();
        f.doc.scene().addMarker(new Marker("m", 4).setSelect(true));
        assertFalse(f.run("action.markers_make_local").poll(), "no action");
        Action a = f.action("A", 1, 10);
        f.assign(a);
        f.doc.editor().setMode(EditorMode.DOPESHEET);
        assertFalse(f.run("action.markers_make_local").poll(), "Dope Sheet mode");
        f.doc.editor().setMode(EditorMode.ACTION);
        f.doc.scene().markers().get(0).setSelect(false);
        assertFalse(f.run("action.markers_make_local").poll(), "no selected marker");
    }

    @Test
    void markersGoToTheEditorsActionIn34AndToTheObjectsActionInCurrentBlender() {
        for (Fixture f : List.of(Fixture.blender34(), Fixture.current())) {
            Action own = f.action("Own", 1, 10);
            Action shown = f.action("Shown", 1, 10);
            f.assign(own);
            f.doc.editor().setAction(shown);
            f.doc.scene().addMarker(new Marker("m", 4).setSelect(true));
            Fixture.assertFinished(f.run("action.markers_make_local"));
            Action target = f.doc.profile() == org.dopesheet.model.BehaviourProfile.BLENDER_3_4 ? shown : own;
            assertEquals(1, target.poseMarkers().size(), f.doc.profile().toString());
        }
    }
}
