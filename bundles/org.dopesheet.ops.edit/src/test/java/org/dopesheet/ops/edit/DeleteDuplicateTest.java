package org.dopesheet.ops.edit;

import static org.dopesheet.ops.edit.Fixture.frames;
import static org.dopesheet.ops.edit.Fixture.keys;
import static org.dopesheet.ops.edit.Fixture.select;
import static org.dopesheet.ops.edit.Fixture.selection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dopesheet.model.BehaviourProfile;
import org.dopesheet.model.NlaStrip;
import org.dopesheet.model.NlaTrack;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.OperatorStatus;
import org.junit.jupiter.api.Test;

class DeleteDuplicateTest {

    @Test
    void deleteRemovesKeysWithSelectedControlPointOnly() {
        Fixture f = new Fixture(BehaviourProfile.CURRENT);
        keys(f.locX, 1, 0, 2, 1, 3, 2, 4, 3);
        select(f.locX, "0100");
        f.locX.setSelection(2, true, false, true); // handles only: not deleted
        OperatorResult r = f.run("action.delete");
        assertEquals(java.util.Set.of(OperatorStatus.FINISHED), r.status());
        assertEquals("1 3 4", frames(f.locX));
    }

    @Test
    void deleteClearsTheActiveKeyWhenItIsDeleted() {
        Fixture f = new Fixture(BehaviourProfile.CURRENT);
        keys(f.locX, 1, 0, 2, 1, 3, 2);
        select(f.locX, "010");
        f.locX.setActiveKeyframeIndex(1);
        f.run("action.delete");
        assertEquals(-1, f.locX.activeKeyframeIndex());
    }

    @Test
    void currentDeleteKeepsEmptyCurvesItDeletedNothingFrom() {
        Fixture f = new Fixture(BehaviourProfile.CURRENT);
        keys(f.locX, 1, 0, 2, 1);
        select(f.locX, "00");
        OperatorResult r = f.run("action.delete");
        assertEquals(java.util.Set.of(OperatorStatus.CANCELLED), r.status());
        assertEquals(4, f.action.fcurves().size());
    }

    @Test
    void blender34DeleteRemovesEveryEmptyVisibleCurveEvenWhenCancelled() {
        Fixture f = new Fixture(BehaviourProfile.BLENDER_3_4);
        keys(f.locX, 1, 0, 2, 1);
        keys(f.rotZ, 1, 0);
        select(f.locX, "00");
        select(f.rotZ, "0");
        OperatorResult r = f.run("action.delete");
        assertEquals(java.util.Set.of(OperatorStatus.CANCELLED), r.status());
        assertEquals(List.of(f.locX, f.rotZ), f.action.fcurves());
        assertEquals(List.of(f.group), f.action.groups());
    }

    @Test
    void deletingAGroupsLastCurveRemovesTheGroup() {
        Fixture f = new Fixture(BehaviourProfile.CURRENT);
        keys(f.locX, 1, 0);
        keys(f.locY, 1, 0);
        keys(f.locZ, 1, 0);
        keys(f.rotZ, 1, 0);
        select(f.rotZ, "0");
        f.run("action.delete");
        assertEquals(List.of(f.rotZ), f.action.fcurves());
        assertEquals(List.of(), f.action.groups());
        assertSame(f.action, f.cube.animationData().action());
    }

    @Test
    void deletingEveryCurveUnassignsTheAction() {
        Fixture f = new Fixture(BehaviourProfile.CURRENT);
        for (var c : List.of(f.locX, f.locY, f.locZ, f.rotZ)) {
            keys(c, 1, 0, 5, 1);
        }
        f.run("action.delete");
        assertEquals(List.of(), f.action.fcurves());
        assertNull(f.cube.animationData().action());
        assertEquals(0, f.action.users());
        assertSame(f.action, f.doc.action("CubeAction"));
        assertSame(f.action, f.doc.editor().action(), "the editor keeps showing the action until its next sync");
    }

    @Test
    void anEmptiedActionKeepsItsFakeUser() {
        Fixture f = new Fixture(BehaviourProfile.CURRENT);
        f.action.setUseFakeUser(true);
        for (var c : List.of(f.locX, f.locY, f.locZ, f.rotZ)) {
            keys(c, 1, 0);
        }
        f.run("action.delete");
        assertNull(f.cube.animationData().action());
        assertEquals(1, f.action.users());
    }

    @Test
    void anEmptiedActionStaysAssignedInTweakMode() {
        Fixture f = new Fixture(BehaviourProfile.CURRENT);
        NlaTrack track = f.cube.animationData().addTrack(-1, new NlaTrack("NlaTrack"));
        NlaStrip strip = track.addStrip(new NlaStrip("CubeAction").setAction(f.action).setFrameStart(1)
                .setFrameEnd(10).setActionFrameStart(1).setActionFrameEnd(10));
        f.cube.animationData().setUseTweakMode(true).setActiveTrack(track).setActiveStrip(strip);
        for (var c : List.of(f.locX, f.locY, f.locZ, f.rotZ)) {
            keys(c, 1, 0);
        }
        f.run("action.delete");
        assertEquals(List.of(), f.action.fcurves());
        assertSame(f.action, f.cube.animationData().action());
        assertEquals(1, f.action.users());
    }

    @Test
    void lockedCurvesAreNotTouched() {
        Fixture f = new Fixture(BehaviourProfile.BLENDER_3_4);
        keys(f.locX, 1, 0, 2, 1);
        f.locX.setLock(true);
        assertEquals(java.util.Set.of(OperatorStatus.CANCELLED), f.run("action.delete").status());
        assertEquals("1 2", frames(f.locX));
        assertEquals(List.of(f.locX), f.action.fcurves(), "3.4 removes the empty editable curves only");
    }

    @Test
    void duplicatePlacesTheSelectedCopyAfterTheOriginal() {
        Fixture f = new Fixture(BehaviourProfile.CURRENT);
        keys(f.locX, 1, 0, 2, 5, 3, 2);
        select(f.locX, "010");
        f.locX.setInterpolation(1, org.dopesheet.model.Interpolation.LINEAR);
        OperatorResult r = f.run("action.duplicate");
        assertEquals(java.util.Set.of(OperatorStatus.FINISHED), r.status());
        assertEquals("1 2 2 3", frames(f.locX));
        assertEquals("0010", selection(f.locX));
        assertEquals(5f, f.locX.y(1));
        assertEquals(5f, f.locX.y(2));
        assertEquals(org.dopesheet.model.Interpolation.LINEAR, f.locX.interpolation(1));
        assertEquals(org.dopesheet.model.Interpolation.LINEAR, f.locX.interpolation(2));
        assertTrue(!f.locX.leftSelected(1) && !f.locX.rightSelected(1) && f.locX.leftSelected(2));
    }

    @Test
    void duplicateWithNothingSelectedIsCancelled() {
        Fixture f = new Fixture(BehaviourProfile.CURRENT);
        keys(f.locX, 1, 0, 2, 5);
        select(f.locX, "00");
        assertEquals(java.util.Set.of(OperatorStatus.CANCELLED), f.run("action.duplicate").status());
        assertEquals("1 2", frames(f.locX));
    }
}
