package org.dopesheet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChangeTrackerTest {

    private static Document document() {
        Document d = new Document("d");
        SceneObject ob = d.addObject(new SceneObject("Cube", ObjectType.EMPTY));
        Action a = d.addAction(new Action("Act"));
        ob.ensureAnimationData().setAction(a);
        Channelbag bag = a.channelbag();
        ActionGroup g = bag.ensureGroup("Object Transforms");
        for (int k = 0; k < 3; k++) {
            FCurve c = bag.addFCurveToGroup(new FCurve("location", k), g);
            for (int i = 0; i < 4; i++) {
                c.addKey(i * 10, i + k);
            }
        }
        return d;
    }

    @Test
    void rollbackRestoresExactlyTheTouchedNodes() {
        Document d = document();
        FCurve c0 = d.actions().get(0).fcurves().get(0);
        FCurve c1 = d.actions().get(0).fcurves().get(1);
        ChangeTracker t = d.changes();
        t.begin();
        c0.setCo(1, 11, 42);
        c0.removeKey(0);
        c0.setSelected(0, false);
        d.scene().setFrameCurrent(50);
        d.actions().get(0).channelbag().ensureGroup("New");
        d.addAction(new Action("Act"));
        assertEquals(4, t.touchedCount()); // curve, scene, channel bag, document
        t.rollback();
        assertEquals(4, c0.size());
        assertEquals(10f, c0.x(1));
        assertEquals(1f, c0.y(1));
        assertTrue(c0.selected(0));
        assertEquals(1, d.scene().frameCurrent());
        assertEquals(1, d.actions().size());
        assertEquals(1, d.actions().get(0).groups().size());
        assertEquals(4, c1.size());
        assertFalse(t.inTransaction());
    }

    @Test
    void untouchedCurvesAreNotCopied() {
        Document d = document();
        ChangeTracker t = d.changes();
        t.begin();
        d.actions().get(0).fcurves().get(2).setY(0, 3);
        ChangeTracker.ChangeSet cs = t.commit();
        assertEquals(1, cs.size());
    }

    @Test
    void changeSetUndoesAndRedoes() {
        Document d = document();
        FCurve c = d.actions().get(0).fcurves().get(0);
        SceneObject ob = d.objects().get(0);
        ChangeTracker t = d.changes();
        t.begin();
        c.insertKey(1, 5, 7);
        ob.animationData().setAction(null);
        ChangeTracker.ChangeSet cs = t.commit();
        assertEquals(5, c.size());
        cs.undo();
        assertEquals(4, c.size());
        assertSame(d.actions().get(0), ob.animationData().action());
        cs.redo();
        assertEquals(5, c.size());
        assertEquals(7f, c.y(1));
        assertNull(ob.animationData().action());
    }

    @Test
    void nodesAddedDuringTransactionAreTrackedAfterwards() {
        Document d = document();
        ChangeTracker t = d.changes();
        t.begin();
        Action b = d.addAction(new Action("Other"));
        t.commit();
        t.begin();
        b.channelbag().addFcurve(new FCurve("scale", 0));
        t.rollback();
        assertTrue(b.fcurves().isEmpty());
    }

    @Test
    void editorStateRollsBackEveryField() {
        Document d = document();
        EditorState e = d.editor();
        e.setUseMarkerSync(false).setShowPoseMarkers(false).setCur(1, 2, -3, 0).setMask(0, 10, 0, 20).setUi(20, 1f, 23f);
        ChangeTracker t = d.changes();
        t.begin();
        e.setUseMarkerSync(true).setShowPoseMarkers(true).setShowHidden(true).setCur(5, 6, -7, -1).setMask(1, 2, 3, 4)
                .setUi(10, 0.5f, 11f).setMode(EditorMode.DOPESHEET);
        t.rollback();
        assertFalse(e.useMarkerSync());
        assertFalse(e.showPoseMarkers());
        assertFalse(e.showHidden());
        assertEquals(2f, e.curXmax());
        assertEquals(20, e.maskYmax());
        assertEquals(20, e.widgetUnit());
        assertEquals(23f, e.timeScrubMarginY());
        assertEquals(EditorMode.ACTION, e.mode());
    }
}
