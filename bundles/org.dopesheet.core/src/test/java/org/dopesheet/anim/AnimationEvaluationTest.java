package org.dopesheet.anim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dopesheet.model.Action;
import org.dopesheet.model.AnimData;
import org.dopesheet.model.BlendType;
import org.dopesheet.model.Bone;
import org.dopesheet.model.Document;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.Interpolation;
import org.dopesheet.model.NlaExtrapolation;
import org.dopesheet.model.NlaStrip;
import org.dopesheet.model.NlaTrack;
import org.dopesheet.model.ObjectType;
import org.dopesheet.model.PropertyValue;
import org.dopesheet.model.SceneObject;
import org.dopesheet.model.StripType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Action and NLA evaluation into object properties, NLA time mapping, blending and auto-blends. */
class AnimationEvaluationTest {
    private static final float EPS = 1e-5f;
    private Document doc;
    private SceneObject cube;
    private AnimData adt;

    @BeforeEach
    void setUp() {
        doc = new Document("test");
        cube = doc.addObject(new SceneObject("Cube", ObjectType.EMPTY));
        adt = cube.ensureAnimationData();
    }

    /** An action with one linear curve per (path, index, x0, y0, x1, y1) group. */
    private Action action(String name, Object... spec) {
        Action a = doc.addAction(new Action(name));
        for (int i = 0; i < spec.length; i += 6) {
            FCurve fc = TestCurves.curve(Interpolation.LINEAR, ((Number) spec[i + 2]).floatValue(),
                    ((Number) spec[i + 3]).floatValue(), ((Number) spec[i + 4]).floatValue(),
                    ((Number) spec[i + 5]).floatValue());
            fc.setDataPath((String) spec[i]).setArrayIndex((Integer) spec[i + 1]);
            a.channelbag().addFcurve(fc);
        }
        return a;
    }

    /** A constant action: one single-key curve per (path, index, value) group. */
    private Action constant(String name, Object... spec) {
        Action a = doc.addAction(new Action(name));
        for (int i = 0; i < spec.length; i += 3) {
            FCurve fc = new FCurve((String) spec[i], (Integer) spec[i + 1]);
            fc.addKey(0, ((Number) spec[i + 2]).floatValue());
            a.channelbag().addFcurve(fc);
        }
        return a;
    }

    private NlaStrip strip(NlaTrack track, Action action, float start, float end, float actStart, float actEnd) {
        return track.addStrip(new NlaStrip(action.name()).setAction(action).setFrameStart(start).setFrameEnd(end)
                .setActionFrameStart(actStart).setActionFrameEnd(actEnd));
    }

    private NlaTrack track(String name) {
        return adt.addTrack(-1, new NlaTrack(name));
    }

    private float value(String path, int index, float frame) {
        for (PropertyValue v : AnimationEvaluation.evaluate(cube, frame)) {
            if (v.dataPath().equals(path) && v.arrayIndex() == index) {
                return v.value();
            }
        }
        throw new AssertionError(path + "[" + index + "] not written at " + frame);
    }

    private boolean written(String path, int index, float frame) {
        return AnimationEvaluation.evaluate(cube, frame).stream()
                .anyMatch(v -> v.dataPath().equals(path) && v.arrayIndex() == index);
    }

    /** Track "Base" with action A: location[0] 2 → 12 over action frames 0..10, strip at 20..30. */
    private NlaStrip baseStrip() {
        Action a = action("A", "location", 0, 0, 2, 10, 12);
        return strip(track("Base"), a, 20, 30, 0, 10);
    }

    @Test
    void activeActionWithoutNlaIgnoresInfluence() {
        adt.setAction(constant("X", "location", 0, 100)).setActionInfluence(0.25f);
        assertEquals(100, value("location", 0, 5));
    }

    @Test
    void stripTimeMapping() {
        NlaStrip s = baseStrip();
        assertEquals(7, value("location", 0, 25), EPS);
        s.setFrameEnd(40).setScale(2);
        assertEquals(7, value("location", 0, 30), EPS);
        s.setScale(1).setRepeat(2);
        assertEquals(7, value("location", 0, 35), EPS);
        assertEquals(12, value("location", 0, 40), EPS, "whole repeats end on the last action frame");
        s.setFrameEnd(30).setRepeat(1).setUseReverse(true);
        assertEquals(10, value("location", 0, 22), EPS);
    }

    @Test
    void stripExtrapolation() {
        NlaStrip s = baseStrip();
        assertEquals(2, value("location", 0, 10), EPS, "HOLD holds the first frame before the strip");
        assertEquals(12, value("location", 0, 40), EPS, "HOLD holds the last frame after it");
        s.setExtrapolation(NlaExtrapolation.HOLD_FORWARD);
        assertEquals(0, value("location", 0, 10), "HOLD_FORWARD: nothing before, channel reset to default");
        assertEquals(12, value("location", 0, 40), EPS);
        s.setExtrapolation(NlaExtrapolation.NOTHING);
        assertEquals(0, value("location", 0, 40), "NOTHING: no effect after the strip");
    }

    @Test
    void holdBetweenStripsUsesThePreviousStrip() {
        NlaStrip first = baseStrip();
        Action b = constant("B", "location", 0, 50);
        NlaTrack base = adt.tracks().get(0);
        strip(base, b, 40, 50, 0, 1);
        assertEquals(12, value("location", 0, 35), EPS, "gap: the earlier strip is held");
        first.setExtrapolation(NlaExtrapolation.NOTHING);
        assertEquals(0, value("location", 0, 35), "gap after a NOTHING strip");
    }

    private void blendOnTop(BlendType mode) {
        baseStrip();
        strip(track("Layer"), constant("B", "location", 0, 3), 20, 30, 0, 1).setBlendType(mode);
    }

    @Test
    void blendTypes() {
        blendOnTop(BlendType.ADD);
        assertEquals(10, value("location", 0, 25), EPS);
        NlaStrip upper = adt.tracks().get(1).strips().get(0);
        upper.setBlendType(BlendType.SUBTRACT);
        assertEquals(4, value("location", 0, 25), EPS);
        upper.setBlendType(BlendType.MULTIPLY);
        assertEquals(21, value("location", 0, 25), EPS);
        upper.setBlendType(BlendType.REPLACE);
        assertEquals(3, value("location", 0, 25), EPS);
        upper.setBlendType(BlendType.COMBINE);
        assertEquals(10, value("location", 0, 25), EPS, "COMBINE adds to location");
    }

    @Test
    void blendInOutRampsTheInfluence() {
        blendOnTop(BlendType.REPLACE);
        NlaStrip upper = adt.tracks().get(1).strips().get(0);
        upper.setBlendIn(10);
        assertEquals(0.5f * 7 + 0.5f * 3, value("location", 0, 25), EPS);
        upper.setBlendIn(0).setBlendOut(4);
        assertEquals(0.25f * 3 + 0.75f * (2 + 9), value("location", 0, 29), EPS);
        upper.setInfluence(1).setBlendOut(0);
        upper.setInfluence(0);
        assertEquals(3, value("location", 0, 25), EPS, "the stored influence only counts when animated");
    }

    @Test
    void combineMultipliesScalesAndQuaternions() {
        strip(track("Base"), constant("S1", "scale", 0, 3), 0, 10, 0, 1);
        strip(track("Layer"), constant("S2", "scale", 0, 2), 0, 10, 0, 1).setBlendType(BlendType.COMBINE);
        assertEquals(6, value("scale", 0, 5), EPS);
        float c = (float) Math.cos(Math.PI / 4);
        float s = (float) Math.sin(Math.PI / 4);
        strip(track("Q1"), constant("Q1", "rotation_quaternion", 0, c, "rotation_quaternion", 3, s), 0, 10, 0, 1);
        strip(track("Q2"), constant("Q2", "rotation_quaternion", 0, c, "rotation_quaternion", 3, s), 0, 10, 0, 1)
                .setBlendType(BlendType.COMBINE);
        assertEquals(0, value("rotation_quaternion", 0, 5), 1e-6f);
        assertEquals(1, value("rotation_quaternion", 3, 5), 1e-6f);
        assertEquals(0, value("rotation_quaternion", 1, 5), "unanimated components take part too");
    }

    @Test
    void mutedAndSoloTracksAndMutedStrips() {
        blendOnTop(BlendType.ADD);
        NlaTrack layer = adt.tracks().get(1);
        layer.setMute(true);
        assertEquals(7, value("location", 0, 25), EPS);
        layer.setMute(false).setIsSolo(true);
        adt.setNlaSolo(true);
        assertEquals(3, value("location", 0, 25), EPS, "only the solo track: ADD onto the default");
        adt.setNlaSolo(false);
        layer.setIsSolo(false);
        layer.strips().get(0).setMute(true);
        assertEquals(7, value("location", 0, 25), EPS);
    }

    @Test
    void activeActionIsTheTopStrip() {
        baseStrip();
        Action x = constant("X", "location", 0, 100);
        adt.setAction(x).setActionInfluence(0.25f);
        assertEquals(0.75f * 7 + 0.25f * 100, value("location", 0, 25), 1e-4f);
        adt.setActionBlendType(BlendType.ADD).setActionInfluence(1);
        assertEquals(107, value("location", 0, 25), 1e-4f);
        adt.setUseNla(false);
        assertEquals(100, value("location", 0, 25), "NLA off: the action alone");
        adt.setUseNla(true).setActionBlendType(BlendType.REPLACE).setActionExtrapolation(NlaExtrapolation.NOTHING);
        assertEquals(7, value("location", 0, 25), EPS, "NOTHING: the action acts on its own range only");
    }

    @Test
    void tweakModeEvaluatesTheTweakedStripInPlaceAndSkipsUpperTracks() {
        baseStrip();
        Action b = constant("B", "location", 0, 3);
        NlaTrack layer = track("Layer");
        NlaStrip tweaked = strip(layer, b, 20, 30, 0, 1).setBlendType(BlendType.ADD);
        NlaTrack top = track("Top");
        strip(top, constant("C", "location", 0, 50), 0, 100, 0, 1);
        Action x = constant("X", "location", 0, 100);
        adt.setAction(x);
        assertEquals(100, value("location", 0, 25), EPS, "not tweaking: the active action replaces");
        layer.setDisabled(true);
        top.setDisabled(true);
        adt.setTweakStoredAction(x).setAction(b).setUseTweakMode(true).setActiveTrack(layer).setActiveStrip(tweaked);
        assertEquals(10, value("location", 0, 25), EPS);
    }

    @Test
    void transitionBlendsTheNeighbouringStrips() {
        NlaTrack t = track("Base");
        strip(t, constant("P", "location", 0, 0), 0, 10, 0, 1);
        t.addStrip(new NlaStrip("Transition").setType(StripType.TRANSITION).setFrameStart(10).setFrameEnd(20));
        strip(t, constant("Q", "location", 0, 10), 20, 30, 0, 1);
        assertEquals(5, value("location", 0, 15), EPS);
        assertEquals(2, value("location", 0, 12), EPS);
    }

    @Test
    void mutedCurvesAreNotWritten() {
        Action x = action("X", "location", 0, 0, 0, 10, 10, "location", 1, 0, 0, 10, 10);
        x.fcurves().get(1).setMute(true);
        adt.setAction(x);
        assertEquals(5, value("location", 0, 5), EPS);
        assertFalse(written("location", 1, 5));
    }

    @Test
    void refreshListsAnimatedPropertiesAndKeepsUnwrittenValues() {
        Action x = action("X", "rotation_euler", 2, 0, 0, 10, 1, "location", 0, 0, 0, 10, 10,
                "not_a_property", 0, 0, 0, 1, 1, "scale", 7, 0, 0, 1, 1);
        adt.setAction(x);
        Action a = action("A", "location", 0, 0, 5, 1, 5, "location", 1, 0, 3, 1, 3, "delta_scale", 2, 0, 2, 1, 2);
        NlaTrack muted = track("Muted").setMute(true);
        strip(muted, a, 0, 10, 0, 1);
        cube.setProperty("location", 1, 7).setProperty("location", 0, 99);
        doc.scene().setFrameCurrent(5);
        AnimationEvaluation.refresh(doc);
        List<PropertyValue> props = cube.properties();
        assertEquals(4, props.size(), props.toString());
        assertEquals(new PropertyValue("rotation_euler", 2, 0.5f), props.get(0));
        assertEquals(new PropertyValue("location", 0, 5), props.get(1));
        assertEquals(new PropertyValue("location", 1, 7), props.get(2), "user value kept: not evaluated");
        assertEquals(new PropertyValue("delta_scale", 2, 1), props.get(3), "RNA default when never set");
        doc.scene().setSubframe(0.5f);
        AnimationEvaluation.refresh(doc);
        assertEquals(0.55f, cube.properties().get(0).value(), EPS);
    }

    @Test
    void objectsWithoutAnimationHaveNoAnimatedProperties() {
        SceneObject plain = doc.addObject(new SceneObject("Plain", ObjectType.EMPTY));
        AnimationEvaluation.refresh(doc);
        assertTrue(plain.properties().isEmpty());
    }

    @Test
    void poseBonePathsResolveOnlyForExistingBones() {
        SceneObject rig = doc.addObject(new SceneObject("Rig", ObjectType.ARMATURE));
        rig.addBone(new Bone("arm.L"));
        Action r = action("R", AnimatableProperties.bonePath("arm.L", "location"), 1, 0, 0, 10, 10,
                "pose.bones[\"missing\"].location", 0, 0, 0, 10, 10);
        rig.ensureAnimationData().setAction(r);
        doc.scene().setFrameCurrent(4);
        AnimationEvaluation.refresh(doc);
        assertEquals(List.of(new PropertyValue("pose.bones[\"arm.L\"].location", 1, 4)), rig.properties());
    }

    @Test
    void propertyTable() {
        SceneObject rig = new SceneObject("Rig", ObjectType.ARMATURE);
        rig.addBone(new Bone("a\"b"));
        assertTrue(AnimatableProperties.resolve(cube, "location", 2));
        assertFalse(AnimatableProperties.resolve(cube, "location", 3));
        assertTrue(AnimatableProperties.resolve(cube, "delta_rotation_quaternion", 3));
        assertFalse(AnimatableProperties.resolve(cube, "pose.bones[\"a\"].location", 0), "not an armature");
        String path = AnimatableProperties.bonePath("a\"b", "rotation_axis_angle");
        assertEquals("pose.bones[\"a\\\"b\"].rotation_axis_angle", path);
        assertTrue(AnimatableProperties.resolve(rig, path, 3));
        assertFalse(AnimatableProperties.resolve(rig, "pose.bones[\"a\\\"b\"].delta_scale", 0));
        assertEquals(1, AnimatableProperties.defaultValue(cube, "scale", 1));
        assertEquals(1, AnimatableProperties.defaultValue(cube, "rotation_quaternion", 0));
        assertEquals(0, AnimatableProperties.defaultValue(cube, "rotation_quaternion", 1));
        assertEquals(1, AnimatableProperties.defaultValue(rig, path, 2), "axis-angle RNA default (0, 0, 1, 0)");
        assertEquals(0, AnimatableProperties.lookup(rig, path).nlaDefault(2), "NLA starts axis-angle at zero");
        assertEquals(0, AnimatableProperties.defaultValue(cube, "delta_location", 0));
        assertEquals(1, AnimatableProperties.defaultValue(cube, "delta_scale", 0));
        assertNull(AnimatableProperties.lookup(cube, "color"));
        assertThrows(IllegalArgumentException.class, () -> AnimatableProperties.defaultValue(cube, "color", 0));
    }

    @Test
    void nlaTimeMapAndUnmapAreInverse() {
        NlaStrip s = new NlaStrip("s").setFrameStart(20).setFrameEnd(40).setActionFrameStart(3).setActionFrameEnd(13)
                .setScale(2);
        assertEquals(30, NlaTime.map(s, 8), EPS);
        assertEquals(8, NlaTime.unmap(s, 30), EPS);
        s.setUseReverse(true);
        assertEquals(30, NlaTime.map(s, 8), EPS);
        assertEquals(8, NlaTime.unmap(s, NlaTime.map(s, 8)), EPS);
        assertEquals(7, NlaTime.unmap(s, NlaTime.map(s, 7)), EPS);
        assertEquals(13 - 2.5f, NlaTime.eval(s, 25), EPS);
        adt.setUseTweakMode(true).setActiveStrip(s.setUseReverse(false));
        assertEquals(30, NlaTime.tweakRemap(adt, 8, true), EPS);
        adt.setUseTweakMode(false);
        assertEquals(8, NlaTime.tweakRemap(adt, 8, true));
    }

    @Test
    void nlaBlendFunctions() {
        assertEquals(5, NlaBlend.blendValue(BlendType.REPLACE, 1, 9, 0.5f), EPS);
        assertEquals(1, NlaBlend.blendValue(BlendType.ADD, 1, 9, 0), "no influence: lower value");
        assertEquals(1 + 4.5f, NlaBlend.blendValue(BlendType.ADD, 1, 9, 0.5f), EPS);
        assertEquals(1 - 4.5f, NlaBlend.blendValue(BlendType.SUBTRACT, 1, 9, 0.5f), EPS);
        assertEquals(0.5f * 2 * 9 + 0.5f * 2, NlaBlend.blendValue(BlendType.MULTIPLY, 2, 9, 0.5f), EPS);
        assertEquals(2 + (9 - 1) * 0.5f,
                NlaBlend.combineValue(AnimatableProperties.MixMode.ADD, 1, 2, 9, 0.5f), EPS);
        assertEquals(2 * 3, NlaBlend.combineValue(AnimatableProperties.MixMode.MULTIPLY, 1, 2, 9, 0.5f), 1e-5f);
        float[] half = new float[4];
        NlaBlend.combineQuaternion(new float[] {1, 0, 0, 0}, new float[] {0, 0, 0, 1}, 0.5f, half);
        assertEquals((float) Math.cos(Math.PI / 4), half[0], 1e-6f);
        assertEquals((float) Math.sin(Math.PI / 4), half[3], 1e-6f);
    }

    @Test
    void autoBlendsFollowOverlapsWithNeighbourTracks() {
        NlaTrack lower = track("Lower");
        strip(lower, constant("L", "location", 0, 1), 0, 20, 0, 1);
        NlaTrack upper = track("Upper");
        NlaStrip s = strip(upper, constant("U", "location", 0, 2), 10, 30, 0, 1).setUseAutoBlend(true);
        NlaStrips.validateAutoBlends(adt);
        assertEquals(10, s.blendIn(), EPS);
        assertEquals(0, s.blendOut());
        NlaStrip manual = strip(upper, constant("M", "location", 0, 2), 40, 50, 0, 1).setBlendIn(3);
        NlaStrips.validateAutoBlends(adt);
        assertEquals(3, manual.blendIn(), "strips without auto blending keep their values");
        assertEquals(0.5f * 1 + 0.5f * 2, value("location", 0, 15), EPS, "evaluation uses the blend-in");
    }
}
