package org.dopesheet.ops.edit;

import static org.dopesheet.ops.edit.Fixture.frames;
import static org.dopesheet.ops.edit.Fixture.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.dopesheet.anim.AnimatableProperties.MixMode;
import org.dopesheet.model.Action;
import org.dopesheet.model.BehaviourProfile;
import org.dopesheet.model.BlendType;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.NlaStrip;
import org.dopesheet.model.NlaTrack;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.Report;
import org.dopesheet.operator.ReportType;
import org.junit.jupiter.api.Test;

/** Keyframing over NLA tracks keys the value that makes the blended result equal the property value. */
class NlaKeyframingTest {

    /** The fixture with a "Base" action holding location[0] = 2 on a track below the action. */
    private static Fixture withBaseTrack(BehaviourProfile profile) {
        Fixture f = new Fixture(profile);
        Action base = f.doc.addAction(new Action("Base"));
        base.addUsers(1);
        keys(base.channelbag().addFcurve(new FCurve("location", 0)), 1, 2, 20, 2);
        NlaTrack track = f.cube.animationData().addTrack(-1, new NlaTrack("NlaTrack"));
        track.addStrip(new NlaStrip("Base").setAction(base).setFrameStart(1).setFrameEnd(20).setActionFrameStart(1)
                .setActionFrameEnd(20));
        f.cube.setProperty("location", 0, 5f);
        f.doc.scene().setFrameCurrent(10);
        for (FCurve c : List.of(f.locY, f.locZ, f.rotZ)) {
            c.setSelect(false);
        }
        return f;
    }

    @Test
    void addBlendedActionsKeyTheDifferenceToTheStackBelowOverTheInfluence() {
        for (BehaviourProfile profile : BehaviourProfile.values()) {
            Fixture f = withBaseTrack(profile);
            f.cube.animationData().setActionBlendType(BlendType.ADD).setActionInfluence(0.5f);
            OperatorResult r = f.run("action.keyframe_insert", Map.of("type", "SEL"));
            assertEquals(List.of(), r.reports(), profile.name());
            assertEquals("10", frames(f.locX));
            assertEquals(6f, f.locX.y(0), 1e-6f, profile.name());
        }
    }

    @Test
    void aReplaceActionAtFullInfluenceIsNotRemapped() {
        Fixture f = withBaseTrack(BehaviourProfile.BLENDER_3_4);
        f.run("action.keyframe_insert", Map.of("type", "SEL"));
        assertEquals(5f, f.locX.y(0));
    }

    @Test
    void zeroInfluenceCannotBeRemapped() {
        Fixture f3 = withBaseTrack(BehaviourProfile.BLENDER_3_4);
        f3.cube.animationData().setActionInfluence(0f);
        OperatorResult r3 = f3.run("action.keyframe_insert", Map.of("type", "SEL"));
        assertEquals(List.of(new Report(ReportType.WARNING, "Could not insert 1 keyframe(s) due to zero NLA influence,"
                + " base value, or value remapping failed: OBCube.Location for indices [0, ]", true)), r3.reports());
        assertEquals(0, f3.locX.size());

        Fixture fc = withBaseTrack(BehaviourProfile.CURRENT);
        fc.cube.animationData().setActionInfluence(0f);
        OperatorResult rc = fc.run("action.keyframe_insert", Map.of("type", "SEL"));
        assertEquals(List.of(new Report(ReportType.ERROR, "Due to the NLA stack setup, 3 keyframe(s) have not been"
                + " inserted.", true)), rc.reports());
        assertEquals(0, fc.locX.size());
    }

    @Test
    void combinedQuaternionsKeyAllFourElements() {
        Fixture f = withBaseTrack(BehaviourProfile.BLENDER_3_4);
        f.locX.setSelect(false);
        FCurve w = f.action.channelbag().addFCurveToGroup(new FCurve("rotation_quaternion", 0).setSelect(true), f.group);
        f.cube.animationData().setActionBlendType(BlendType.COMBINE);
        f.cube.setProperty("rotation_quaternion", 0, 1f).setProperty("rotation_quaternion", 1, 1f)
                .setProperty("rotation_quaternion", 2, 1f).setProperty("rotation_quaternion", 3, 1f);
        f.run("action.keyframe_insert", Map.of("type", "SEL"));
        List<FCurve> quaternion = f.action.fcurves().stream().filter(c -> c.dataPath().equals("rotation_quaternion"))
                .toList();
        assertEquals(4, quaternion.size());
        assertEquals(w, quaternion.get(0));
        for (FCurve c : quaternion) {
            assertEquals(f.group, c.group(), "created in the channel's group");
            assertEquals("10", frames(c));
            assertEquals(0.5f, c.y(0), 1e-6f, "the normalized quaternion over the identity below");
        }
    }

    @Test
    void inversions() {
        float[] out = new float[1];
        assertTrue(NlaKeyframing.invertBlend(BlendType.REPLACE, 2, 3, 0.5f, out));
        assertEquals(4f, out[0]);
        assertTrue(NlaKeyframing.invertBlend(BlendType.SUBTRACT, 2, 1, 0.5f, out));
        assertEquals(2f, out[0]);
        assertTrue(NlaKeyframing.invertBlend(BlendType.MULTIPLY, 2, 3, 0.5f, out));
        assertEquals(2f, out[0]);
        assertTrue(NlaKeyframing.invertBlend(BlendType.MULTIPLY, 0, 0, 0.5f, out));
        assertEquals(1f, out[0]);
        assertTrue(!NlaKeyframing.invertBlend(BlendType.MULTIPLY, 0, 1, 0.5f, out));
        assertTrue(NlaKeyframing.invertCombine(MixMode.ADD, 0, 2, 3, 0.5f, out));
        assertEquals(2f, out[0]);
        assertTrue(NlaKeyframing.invertCombine(MixMode.MULTIPLY, 1, 2, 8, 0.5f, out));
        assertEquals(16f, out[0], 1e-5f);
        float[] q = NlaKeyframing.invertCombinedQuaternion(new float[] {0, 0, 0, 1}, new float[] {0, 0, 0, 1}, 1f);
        assertEquals(1f, q[0], 1e-6f);
        assertEquals(0f, q[3], 1e-6f);
        assertEquals(0.5f, NlaKeyframing.stripInfluence(new NlaStrip("s").setFrameStart(0).setFrameEnd(20)
                .setBlendIn(4), 2), 1e-6f);
    }
}
