package org.dopesheet.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dopesheet.model.Action;
import org.dopesheet.model.ActionGroup;
import org.dopesheet.model.ActionSlot;
import org.dopesheet.model.AnimData;
import org.dopesheet.model.AutoSmoothing;
import org.dopesheet.model.BehaviourProfile;
import org.dopesheet.model.BlendType;
import org.dopesheet.model.Bone;
import org.dopesheet.model.Channelbag;
import org.dopesheet.model.CyclesMode;
import org.dopesheet.model.CyclesModifier;
import org.dopesheet.model.Document;
import org.dopesheet.model.Easing;
import org.dopesheet.model.EditorMode;
import org.dopesheet.model.Extrapolation;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.GenericModifier;
import org.dopesheet.model.HandleType;
import org.dopesheet.model.Interpolation;
import org.dopesheet.model.KeyframeType;
import org.dopesheet.model.Marker;
import org.dopesheet.model.NlaExtrapolation;
import org.dopesheet.model.NlaStrip;
import org.dopesheet.model.NlaTrack;
import org.dopesheet.model.ObjectType;
import org.dopesheet.model.PropertyValue;
import org.dopesheet.model.SceneObject;

/**
 * Documents built in code that use every part of the format: groups, ungrouped curves, every
 * key field, Cycles and generic modifiers, pose markers, a manual frame range, NLA tracks in
 * tweak mode, an armature with bones, a layered action with slots (handles 1 and 3) assigned
 * through a slot handle, and a non-default profile.
 */
final class Fixtures {
    /** Names with umlauts, CJK, a supplementary-plane emoji and an escaped quote. */
    static final String CUBE = "Würfel 立方体";
    static final String RIG = "Rig 🦊 \"ß\"";
    static final String CUBE_ACTION = "WürfelAction";
    static final String STASH = "[Action Stash] é";
    static final String LAYERED = "Ζώνη layered";
    static final String GROUP = "Öbject Tränsforms";
    static final String BONE = "Arm.Ł";

    private Fixtures() {
    }

    static Document rich() {
        Document d = new Document("Rich ñ");
        d.setProfile(BehaviourProfile.BLENDER_3_4);
        d.scene().setFps(30).setFpsBase(1.001f).setFrameStart(-5).setFrameEnd(120).setFrameCurrent(17)
                .setSubframe(0.25f).setUsePreviewRange(true).setPreviewStart(1).setPreviewEnd(20)
                .setKeyframeType(KeyframeType.BREAKDOWN).setNlaTweakmode(true);
        d.scene().addMarker(new Marker("début", 3).setSelect(true));
        d.scene().addMarker(new Marker("end", 100));
        d.preferences().setKeyframeNewInterpolationType(Interpolation.LINEAR)
                .setKeyframeNewHandleType(HandleType.VECTOR).setViewFrameSeconds(0.5f).setViewFrameKeyframes(3);

        Action cube = d.addAction(new Action(CUBE_ACTION).setUsers(2).setIdRoot("OBJECT"));
        cube.setUseFrameRange(true).setFrameStart(1f).setFrameEnd(48.5f).setUseCyclic(true);
        Channelbag bag = cube.channelbag();
        ActionGroup group = bag.addGroup(new ActionGroup(GROUP).setSelect(true).setShowExpanded(true).setUsePin(true));
        bag.addGroup(new ActionGroup("Empty group").setLock(true));
        for (int axis = 0; axis < 3; axis++) {
            FCurve c = new FCurve("location", axis);
            keys(c, axis);
            bag.addFCurveToGroup(c, group);
        }
        FCurve first = bag.fcurves().get(0);
        first.setSelect(true).setActive(true).setActiveKeyframeIndex(1).setExtrapolation(Extrapolation.LINEAR);
        first.addModifier(new CyclesModifier().setModeBefore(CyclesMode.MIRROR).setCyclesBefore(2)
                .setModeAfter(CyclesMode.REPEAT_OFFSET).setActive(true).setUseRestrictedRange(true)
                .setFrameStart(2f).setFrameEnd(30f).setBlendIn(1.5f).setInfluence(0.75f).setUseInfluence(true));
        Map<String, Object> noise = new LinkedHashMap<>();
        noise.put("blend_type", "REPLACE");
        noise.put("scale", 1.0f);
        noise.put("strength", 0.1f);
        noise.put("phase", 1.0f);
        noise.put("offset", 0.0f);
        noise.put("depth", 0L);
        bag.fcurves().get(1).addModifier(new GenericModifier("NOISE", noise).setMute(true));
        FCurve rot = new FCurve("rotation_euler", 2).setHide(true).setLock(true).setMute(true)
                .setAutoSmoothing(AutoSmoothing.CONT_ACCEL);
        keys(rot, 3);
        bag.addFCurveToGroup(rot, null);
        FCurve bone = new FCurve("pose.bones[\"" + BONE + "\"].location", 0);
        bag.addFCurveToGroup(bone, null);
        cube.addPoseMarker(new Marker("pose ü", 12).setSelect(true));
        cube.setPoseMarkersActiveIndex(0);

        Action stash = d.addAction(new Action(STASH).setUsers(1).setIdRoot("OBJECT"));
        FCurve stashCurve = new FCurve("scale", 1);
        keys(stashCurve, 1);
        stash.channelbag().addFCurveToGroup(stashCurve, null);

        d.addAction(new Action("Unused").setUseFakeUserFlag(true).setUsers(1));

        Action layered = d.addAction(new Action(LAYERED).setUsers(1).setIdRoot("OBJECT"));
        ActionSlot s1 = layered.addSlot("OBRig");
        ActionSlot s2 = layered.addSlot("OBOther");
        ActionSlot s3 = layered.addSlot("OBThird");
        layered.removeSlot(s2);
        s3.setSelect(true).setActive(true);
        ActionGroup boneGroup = s3.channelbag().addGroup(new ActionGroup(BONE).setShowExpanded(true));
        FCurve slotCurve = new FCurve("pose.bones[\"" + BONE + "\"].rotation_quaternion", 0);
        keys(slotCurve, 2);
        s3.channelbag().addFCurveToGroup(slotCurve, boneGroup);
        FCurve s1Curve = new FCurve("location", 2);
        keys(s1Curve, 0);
        s1.channelbag().addFCurveToGroup(s1Curve, null);

        SceneObject o = d.addObject(new SceneObject(CUBE, ObjectType.EMPTY).setSelect(true));
        o.setProperties(List.of(new PropertyValue("location", 0, 1.5f), new PropertyValue("location", 1, -0.1f),
                new PropertyValue("scale", 1, 1f)));
        AnimData ad = o.ensureAnimationData();
        ad.setAction(cube).setActionExtrapolation(NlaExtrapolation.HOLD_FORWARD).setActionBlendType(BlendType.COMBINE)
                .setActionInfluence(0.8f).setUseTweakMode(true).setTweakStoredAction(stash).setUiSelected(true);
        NlaTrack t0 = ad.addTrack(-1, new NlaTrack("[Action Stash]").setMute(true));
        t0.addStrip(new NlaStrip(STASH).setAction(stash).setFrameStart(1f).setFrameEnd(10f)
                .setActionFrameStart(1f).setActionFrameEnd(10f));
        NlaTrack t1 = ad.addTrack(-1, new NlaTrack("NlaTrack").setSelect(true).setActive(true));
        t1.addStrip(new NlaStrip("before").setAction(stash).setFrameStart(-20f).setFrameEnd(-10f)
                .setActionFrameStart(1f).setActionFrameEnd(10f).setExtrapolation(NlaExtrapolation.NOTHING));
        NlaStrip tweaked = t1.addStrip(new NlaStrip(CUBE_ACTION).setAction(cube).setFrameStart(11f).setFrameEnd(59f)
                .setActionFrameStart(1f).setActionFrameEnd(25f).setScale(2f).setRepeat(1f).setBlendIn(2f)
                .setBlendOut(3f).setUseAutoBlend(true).setUseReverse(true).setUseSyncLength(true)
                .setInfluence(0.5f).setSelect(true).setActive(true).setTweakUser(true).setBlendType(BlendType.ADD));
        ad.addTrack(-1, new NlaTrack("above").setDisabled(true).setLock(true).setIsSolo(true));
        ad.setActiveTrack(t1).setActiveStrip(tweaked);

        SceneObject rig = d.addObject(new SceneObject(RIG, ObjectType.ARMATURE));
        rig.addBone(new Bone("spine").setSelect(true));
        rig.addBone(new Bone(BONE).setParent("spine").setRotationMode("XYZ"));
        rig.addBone(new Bone("Arm.R").setParent("spine").setHide(true));
        rig.ensureAnimationData().setAction(layered).setSlotHandle(3).setLastSlotIdentifier("OBThird").setUseNla(false);
        d.setActiveObject(o);

        d.addObject(new SceneObject("Lamp", ObjectType.LIGHT));

        d.editor().setMode(EditorMode.DOPESHEET).setAction(cube).setShowPoseMarkers(true).setShowMarkers(false)
                .setShowOnlySelected(false).setShowHidden(true).setShowSummary(true).setShowExpandedSummary(false)
                .setUseDatablockSort(false);
        d.editor().setRegion(500, 600).setCur(-2.5f, 28.25f, -599f, 0.5f).setMask(0, 499, 0, 598)
                .setUi(40, 2f, 46f);
        return d;
    }

    /** Three keys with distinct values in every field. */
    static void keys(FCurve c, int seed) {
        for (int i = 0; i < 3; i++) {
            float x = 1 + 10 * i + seed;
            float y = 0.1f * (i + 1) - seed;
            int k = c.addKey(x, y);
            c.setLeft(k, x - 2.561646f, y - 0.33333334f);
            c.setRight(k, x + 3.4383543f, y + 1e-7f);
            c.setHandleLeft(k, HandleType.values()[(i + seed) % HandleType.values().length]);
            c.setHandleRight(k, HandleType.values()[(i + seed + 1) % HandleType.values().length]);
            c.setInterpolation(k, Interpolation.values()[(3 * i + seed) % Interpolation.values().length]);
            c.setEasing(k, Easing.values()[(i + seed) % Easing.values().length]);
            c.setKeyType(k, KeyframeType.values()[(i + 2 * seed) % KeyframeType.values().length]);
            c.setBack(k, i == 0 ? 0f : 1.70158f);
            c.setAmplitude(k, 0.8f + i);
            c.setPeriod(k, 4.1f * i);
            c.setSelection(k, i == 1, i != 0, i == 2);
        }
    }
}
