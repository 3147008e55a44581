package org.dopesheet.ops.edit;

import static org.dopesheet.ops.edit.Fixture.frames;
import static org.dopesheet.ops.edit.Fixture.keys;
import static org.dopesheet.ops.edit.Fixture.select;
import static org.dopesheet.ops.edit.Fixture.selection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dopesheet.anim.FCurveEvaluation;
import org.dopesheet.model.BehaviourProfile;
import org.dopesheet.model.EditorMode;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.KeyframeType;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.OperatorStatus;
import org.dopesheet.operator.ReportType;
import org.junit.jupiter.api.Test;

class CleanBakeTest {

    private static Map<String, Object> clean(double threshold, boolean channels) {
        return Map.of("threshold", threshold, "channels", channels);
    }

    @Test
    void cleanComparesWithTheLastKeptKeyAndMayDropTheLastKey() {
        for (BehaviourProfile profile : BehaviourProfile.values()) {
            Fixture f = new Fixture(profile);
            keys(f.locX, 1, 0, 2, 0.0005f, 3, 0, 4, 1, 5, 1, 6, 1);
            assertEquals(Set.of(OperatorStatus.FINISHED), f.run("action.clean", clean(0.001, false)).status());
            assertEquals("1 3 4", frames(f.locX), profile.name());
        }
    }

    @Test
    void cleanKeepsTheFirstKeyAndUsesTheThresholdInclusively() {
        Fixture f = new Fixture(BehaviourProfile.CURRENT);
        keys(f.locX, 1, 0, 2, 0.5f, 3, 1.0f, 4, 1.6f);
        f.run("action.clean", clean(0.5, false));
        // 2 is within 0.5 of 1 (kept: 0) and of 3; 3 differs from 0 by more than 0.5; 4 within 0.6 > 0.5.
        assertEquals("1 3 4", frames(f.locX));
    }

    @Test
    void cleanReplacesTheValueOfAKeptKeyWithinAHundredthOfAFrame() {
        Fixture f = new Fixture(BehaviourProfile.CURRENT);
        keys(f.locX, 1, 0, 2, 1, 2.005f, 3, 5, 0);
        f.run("action.clean", clean(0.001, false));
        assertEquals("1 2 5", frames(f.locX));
        assertEquals(3f, f.locX.y(1));
    }

    @Test
    void blender34CleansOnlySelectedChannelsAndKeepsUnselectedKeys() {
        Fixture f = new Fixture(BehaviourProfile.BLENDER_3_4);
        keys(f.locX, 1, 0, 2, 0, 3, 0, 4, 1);
        keys(f.locY, 1, 0, 2, 0, 3, 0, 4, 1);
        f.locY.setSelect(false);
        select(f.locX, "0101");
        f.run("action.clean", clean(0.001, true));
        assertEquals("1 3 4", frames(f.locX), "the selected key 2 goes, the unselected key 3 stays");
        assertEquals("001", selection(f.locX));
        assertEquals("1 2 3 4", frames(f.locY), "unselected channel untouched");
        assertEquals("1111", selection(f.locY));
    }

    @Test
    void currentCleanWithoutChannelsCleansSelectedKeysOfAllVisibleChannels() {
        Fixture f = new Fixture(BehaviourProfile.CURRENT);
        keys(f.locY, 1, 0, 2, 0, 3, 0, 4, 0);
        f.locY.setSelect(false);
        select(f.locY, "1011");
        f.run("action.clean", clean(0.001, false));
        assertEquals("1 2", frames(f.locY), "unselected key 2 stays, selected keys 3 and 4 go");
        assertEquals("10", selection(f.locY));
    }

    @Test
    void currentCleanWithChannelsCleansAllKeysOfSelectedChannelsOnly() {
        Fixture f = new Fixture(BehaviourProfile.CURRENT);
        keys(f.locX, 1, 2, 2, 2, 3, 2, 4, 2);
        select(f.locX, "0000");
        keys(f.locY, 1, 2, 2, 2, 3, 2, 4, 2);
        f.locY.setSelect(false);
        f.run("action.clean", clean(0.001, true));
        assertEquals("1", frames(f.locX), "selection of keys ignored");
        assertEquals("1 2 3 4", frames(f.locY), "unselected channel untouched");
    }

    @Test
    void cleanChannelsRemovesASingleKeyAtTheExactDefault() {
        Fixture f = new Fixture(BehaviourProfile.BLENDER_3_4);
        FCurve scale = f.action.channelbag().addFCurveToGroup(new FCurve("scale", 0).setSelect(true), null);
        keys(scale, 1, 1, 5, 1);
        keys(f.locX, 1, 0, 9, 0);
        keys(f.locY, 1, 0.0001f);
        f.run("action.clean", clean(0.001, true));
        assertTrue(!f.action.fcurves().contains(scale), "scale[0] at its default 1.0 removed");
        assertTrue(!f.action.fcurves().contains(f.locX), "location[0] at 0 removed");
        assertEquals("1", frames(f.locY), "0.0001 is not the default 0 (exact comparison)");
    }

    @Test
    void cleanChannelsUsesZeroForPathsThatDoNotResolve() {
        Fixture f = new Fixture(BehaviourProfile.CURRENT);
        FCurve bogus = f.action.channelbag().addFCurveToGroup(new FCurve("not_a_property", 0).setSelect(true), null);
        keys(bogus, 1, 0, 2, 0);
        FCurve other = f.action.channelbag().addFCurveToGroup(new FCurve("other", 0).setSelect(true), null);
        keys(other, 1, 1);
        f.run("action.clean", clean(0.001, true));
        assertTrue(!f.action.fcurves().contains(bogus));
        assertTrue(f.action.fcurves().contains(other));
    }

    @Test
    void cleaningTheLastCurveAwayUnassignsTheAction() {
        Fixture f = new Fixture(BehaviourProfile.CURRENT);
        for (FCurve c : List.of(f.locX, f.locY, f.locZ, f.rotZ)) {
            f.action.channelbag().removeFcurve(c);
        }
        f.action.channelbag().removeGroup(f.group);
        FCurve only = f.action.channelbag().addFCurveToGroup(new FCurve("location", 0).setSelect(true), null);
        keys(only, 1, 0, 2, 0);
        f.run("action.clean", clean(0.001, true));
        assertNull(f.cube.animationData().action());
        assertEquals(0, f.action.users());
    }

    @Test
    void cleanIsNotImplementedForGreasePencilAndMasks() {
        for (EditorMode mode : List.of(EditorMode.GPENCIL, EditorMode.MASK)) {
            Fixture f = new Fixture(BehaviourProfile.CURRENT);
            f.doc.editor().setMode(mode);
            for (String id : List.of("action.clean", "action.bake_keys", "action.handle_type",
                    "action.interpolation_type", "action.extrapolation_type")) {
                OperatorResult r = f.run(id);
                assertEquals(Set.of(OperatorStatus.PASS_THROUGH), r.status(), id);
                assertEquals(ReportType.ERROR, r.reports().get(0).type());
                assertEquals("Not implemented", r.reports().get(0).message());
            }
        }
    }

    @Test
    void bakeInsertsBreakdownsOnWholeFramesBetweenSelectedKeys() {
        Fixture f = new Fixture(BehaviourProfile.BLENDER_3_4);
        keys(f.locX, 1, 0, 4.5f, 3, 6, 1, 9, 0);
        select(f.locX, "1101");
        FCurve before = f.locX.copy(false);
        assertEquals(Set.of(OperatorStatus.FINISHED), f.run("action.bake_keys").status());
        assertEquals("1 2 3 4 4.5 6 9", frames(f.locX));
        for (int i : new int[] {1, 2, 3}) {
            assertEquals(KeyframeType.BREAKDOWN, f.locX.keyType(i));
            assertTrue(f.locX.selected(i));
            assertEquals(FCurveEvaluation.evaluate(before, f.locX.x(i)), f.locX.y(i), 1e-6f, "sampled before insertion");
        }
        assertEquals("1111101", selection(f.locX));
    }

    @Test
    void bakeReplacesTheValueOfAnExistingKeyOnASampledFrame() {
        Fixture f = new Fixture(BehaviourProfile.CURRENT);
        keys(f.locX, 1, 0, 3, 7, 5, 4);
        select(f.locX, "101");
        f.locX.setKeyType(1, KeyframeType.EXTREME);
        FCurve before = f.locX.copy(false);
        f.run("action.bake_keys");
        assertEquals("1 2 3 4 5", frames(f.locX));
        assertEquals(KeyframeType.EXTREME, f.locX.keyType(2), "key type kept");
        assertTrue(f.locX.selected(2), "the replaced key becomes selected");
        assertEquals(FCurveEvaluation.evaluate(before, 3), f.locX.y(2), 1e-6f);
    }

    @Test
    void bakeWithoutSelectedPairsChangesNothing() {
        Fixture f = new Fixture(BehaviourProfile.CURRENT);
        keys(f.locX, 1, 0, 5, 1);
        select(f.locX, "10");
        f.run("action.bake_keys");
        assertEquals("1 5", frames(f.locX));
    }
}
