package org.dopesheet.ops.edit;

import static org.dopesheet.ops.edit.Fixture.frames;
import static org.dopesheet.ops.edit.Fixture.keys;
import static org.dopesheet.ops.edit.Fixture.select;
import static org.dopesheet.ops.edit.Fixture.selection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dopesheet.model.BehaviourProfile;
import org.dopesheet.model.EditorMode;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.GenericModifier;
import org.dopesheet.model.HandleType;
import org.dopesheet.model.Interpolation;
import org.dopesheet.model.KeyframeType;
import org.dopesheet.model.NlaStrip;
import org.dopesheet.model.NlaTrack;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.OperatorStatus;
import org.dopesheet.operator.Report;
import org.dopesheet.operator.ReportType;
import org.junit.jupiter.api.Test;

class KeyframeInsertTest {

    private static Map<String, Object> type(String t) {
        return Map.of("type", t);
    }

    private static Fixture keyed(BehaviourProfile profile) {
        Fixture f = new Fixture(profile);
        for (FCurve c : List.of(f.locX, f.locY, f.locZ, f.rotZ)) {
            keys(c, 1, 0, 20, 4);
            select(c, "01");
        }
        f.cube.setProperty("location", 0, 5f).setProperty("location", 1, 6f).setProperty("location", 2, 7f)
                .setProperty("rotation_euler", 2, 8f);
        f.doc.scene().setFrameCurrent(10);
        return f;
    }

    @Test
    void blender34KeysCurrentValuesAndKeepsTheExistingSelection() {
        Fixture f = keyed(BehaviourProfile.BLENDER_3_4);
        f.doc.scene().setKeyframeType(KeyframeType.JITTER);
        f.doc.preferences().setKeyframeNewInterpolationType(Interpolation.LINEAR)
                .setKeyframeNewHandleType(HandleType.VECTOR);
        OperatorResult r = f.run("action.keyframe_insert", type("ALL"));
        assertEquals(Set.of(OperatorStatus.FINISHED), r.status());
        assertEquals(List.of(), r.reports());
        assertEquals("1 10 20", frames(f.locX));
        assertEquals(5f, f.locX.y(1));
        assertEquals(8f, f.rotZ.y(1));
        assertEquals("011", selection(f.locX));
        assertEquals(KeyframeType.JITTER, f.locX.keyType(1));
        assertEquals(HandleType.VECTOR, f.locX.handleLeft(1));
        assertEquals(Interpolation.BEZIER, f.locX.interpolation(1), "interpolation copied from the previous key");
        assertEquals(1, f.locX.activeKeyframeIndex());
    }

    @Test
    void currentDeselectsEveryKeyOfTheShownActionsFirst() {
        Fixture f = keyed(BehaviourProfile.CURRENT);
        f.locY.setSelect(false);
        f.locZ.setSelect(false);
        f.rotZ.setSelect(false);
        f.run("action.keyframe_insert", type("SEL"));
        assertEquals("010", selection(f.locX));
        assertEquals("00", selection(f.locY), "not keyed, but deselected");
        assertEquals("1 20", frames(f.locY));
    }

    @Test
    void blender34SelOnlyKeysSelectedChannels() {
        Fixture f = keyed(BehaviourProfile.BLENDER_3_4);
        f.locY.setSelect(false);
        f.run("action.keyframe_insert", type("SEL"));
        assertEquals("1 10 20", frames(f.locX));
        assertEquals("1 20", frames(f.locY));
        assertEquals("01", selection(f.locY));
    }

    @Test
    void groupNeedsAnActiveGroupNotJustASelectedOne() {
        Fixture f = keyed(BehaviourProfile.BLENDER_3_4);
        f.group.setSelect(true);
        f.run("action.keyframe_insert", type("GROUP"));
        assertEquals("1 20", frames(f.locX));
        f.group.setActive(true);
        f.run("action.keyframe_insert", type("GROUP"));
        assertEquals("1 10 20", frames(f.locX));
        assertEquals("1 20", frames(f.rotZ), "ungrouped curves are not in the active group");
    }

    @Test
    void anExistingKeyIsReplacedInValueOnly() {
        Fixture f = keyed(BehaviourProfile.BLENDER_3_4);
        f.doc.scene().setFrameCurrent(20);
        f.locX.setKeyType(1, KeyframeType.EXTREME);
        f.run("action.keyframe_insert", type("ALL"));
        assertEquals("1 20", frames(f.locX));
        assertEquals(5f, f.locX.y(1));
        assertEquals(KeyframeType.EXTREME, f.locX.keyType(1));
        assertTrue(f.locX.selected(1));
        assertEquals(5f, f.locX.leftY(1), "auto-clamped end key: handles follow the new value");
    }

    @Test
    void invalidPathsAreReportedGloballyWithTheProfilesMessage() {
        Fixture f3 = keyed(BehaviourProfile.BLENDER_3_4);
        f3.locX.setDataPath("not_a_property");
        OperatorResult r3 = f3.run("action.keyframe_insert", type("ALL"));
        assertEquals(Set.of(OperatorStatus.FINISHED), r3.status());
        assertEquals(List.of(new Report(ReportType.ERROR, "Could not insert keyframe, as RNA path is invalid for the"
                + " given ID (ID = OBCube, path = not_a_property)", true)), r3.reports());
        assertEquals("1 20", frames(f3.locX));
        assertEquals("1 10 20", frames(f3.locY));

        Fixture fc = keyed(BehaviourProfile.CURRENT);
        fc.locX.setDataPath("not_a_property");
        OperatorResult rc = fc.run("action.keyframe_insert", type("ALL"));
        assertEquals(List.of(new Report(ReportType.ERROR, "Inserting keys on 1 data-block(s) has been skipped because"
                + " the RNA path wasn't valid for them.", true)), rc.reports());
    }

    @Test
    void curvesWithModifiersThatOverrideKeysCannotBeKeyframed() {
        Fixture f3 = keyed(BehaviourProfile.BLENDER_3_4);
        f3.locX.addModifier(new GenericModifier("ENVELOPE", Map.of()));
        OperatorResult r3 = f3.run("action.keyframe_insert", type("ALL"));
        assertEquals(List.of(new Report(ReportType.ERROR, "F-Curve with path 'location[0]' cannot be keyframed, ensure"
                + " that it is not locked or sampled, and try removing F-Modifiers", true)), r3.reports());
        assertEquals("1 20", frames(f3.locX));

        Fixture fc = keyed(BehaviourProfile.CURRENT);
        fc.locX.addModifier(new GenericModifier("ENVELOPE", Map.of()));
        fc.locY.addModifier(new GenericModifier("NOISE", Map.of()));
        OperatorResult rc = fc.run("action.keyframe_insert", type("ALL"));
        assertEquals(List.of(new Report(ReportType.ERROR, "Inserting keyframes failed:\n- 1 F-Curve(s) are not"
                + " keyframeable. They might be locked or sampled.\n- Due to the NLA stack setup, 2 keyframe(s) have"
                + " not been inserted.", true)), rc.reports());
        assertEquals("1 10 20", frames(fc.locY), "a Noise modifier does not prevent keying");
    }

    @Test
    void blender34OnlyInsertNeededDeletesRedundantNeighbours() {
        Fixture f = new Fixture(BehaviourProfile.BLENDER_3_4);
        f.doc.preferences().setUseKeyframeInsertNeeded(true);
        keys(f.locX, 1, 3, 5, 3);
        keys(f.locY, 10, 2, 20, 2);
        keys(f.locZ, 1, 0, 20, 4);
        f.cube.setProperty("location", 0, 3f).setProperty("location", 1, 2f).setProperty("location", 2, 2f);
        f.doc.scene().setFrameCurrent(8);
        f.run("action.keyframe_insert", type("ALL"));
        assertEquals("1 8", frames(f.locX), "after the last key: the previous last key is deleted (DELPREV)");
        assertEquals("8 20", frames(f.locY), "before the first keys: the key after the new one is deleted (DELNEXT)");
        assertEquals("1 8 20", frames(f.locZ), "inside: added when the curve differs");
        f.doc.scene().setFrameCurrent(15);
        f.cube.setProperty("location", 1, 2f);
        f.run("action.keyframe_insert", type("ALL"));
        assertEquals("8 20", frames(f.locY), "inside a flat segment: not needed");
    }

    @Test
    void currentOnlyInsertNeededSkipsWithoutDeletingAndReports() {
        Fixture f = new Fixture(BehaviourProfile.CURRENT);
        f.doc.preferences().setUseKeyframeInsertNeeded(true);
        keys(f.locX, 1, 3, 5, 3);
        keys(f.locY, 10, 2, 20, 2);
        f.cube.setProperty("location", 0, 3f).setProperty("location", 1, 5f);
        f.doc.scene().setFrameCurrent(8);
        OperatorResult r = f.run("action.keyframe_insert", type("SEL"));
        assertEquals("1 5", frames(f.locX), "constant extrapolation already gives 3: not needed");
        assertEquals("8 10 20", frames(f.locY), "needed, and nothing deleted");
        assertEquals(List.of(new Report(ReportType.ERROR, "Inserting keyframes failed:\n- Due to the setting 'Only"
                + " Insert Needed', 1 keyframe(s) have not been inserted.\n- Due to the NLA stack setup, 2 keyframe(s)"
                + " have not been inserted.", true)), r.reports());
    }

    @Test
    void currentOnlyInsertNeededReplacesAnExistingKeyOnlyWhenTheValueDiffers() {
        Fixture f = new Fixture(BehaviourProfile.CURRENT);
        f.doc.preferences().setUseKeyframeInsertNeeded(true);
        keys(f.locX, 1, 3, 5, 3);
        select(f.locX, "00");
        f.cube.setProperty("location", 0, 3f);
        f.doc.scene().setFrameCurrent(5);
        f.run("action.keyframe_insert", type("ALL"));
        assertEquals("00", selection(f.locX), "same value: untouched");
        f.cube.setProperty("location", 0, 3.5f);
        f.run("action.keyframe_insert", type("ALL"));
        assertEquals(3.5f, f.locX.y(1));
        assertEquals("01", selection(f.locX));
    }

    @Test
    void keysGoToActionTimeInNlaTweakMode() {
        Fixture f = keyed(BehaviourProfile.BLENDER_3_4);
        NlaTrack track = f.cube.animationData().addTrack(-1, new NlaTrack("NlaTrack"));
        NlaStrip strip = track.addStrip(new NlaStrip("CubeAction").setAction(f.action).setFrameStart(10)
                .setFrameEnd(48).setActionFrameStart(1).setActionFrameEnd(20).setScale(2));
        f.cube.animationData().setUseTweakMode(true).setActiveTrack(track).setActiveStrip(strip);
        f.doc.scene().setFrameCurrent(20);
        f.run("action.keyframe_insert", type("SEL"));
        assertEquals("1 6 20", frames(f.locX));
    }

    @Test
    void propertyValuesListWhatTheOperatorRead() {
        Fixture f = keyed(BehaviourProfile.BLENDER_3_4);
        OperatorResult r = f.run("action.keyframe_insert", type("ALL"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> read = (List<Map<String, Object>>) r.values().get("property_values");
        assertEquals(4, read.size());
        assertEquals(Map.of("object", "Cube", "data_path", "location", "array_index", 0, "value", 5f), read.get(0));
    }

    @Test
    void maskModeIsNotSupported() {
        Fixture f = keyed(BehaviourProfile.CURRENT);
        f.doc.editor().setMode(EditorMode.MASK);
        OperatorResult r = f.run("action.keyframe_insert", type("ALL"));
        assertEquals(Set.of(OperatorStatus.CANCELLED), r.status());
        assertEquals(List.of(new Report(ReportType.ERROR, "Insert Keyframes is not yet implemented for this mode",
                false)), r.reports());
        assertTrue(r.hasOwnError());
    }
}
