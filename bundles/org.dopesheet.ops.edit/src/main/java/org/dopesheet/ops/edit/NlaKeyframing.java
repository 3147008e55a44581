package org.dopesheet.ops.edit;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.dopesheet.anim.AnimatableProperties;
import org.dopesheet.anim.AnimatableProperties.MixMode;
import org.dopesheet.anim.AnimationEvaluation;
import org.dopesheet.model.AnimData;
import org.dopesheet.model.BlendType;
import org.dopesheet.model.Bone;
import org.dopesheet.model.NlaExtrapolation;
import org.dopesheet.model.NlaStrip;
import org.dopesheet.model.NlaTrack;
import org.dopesheet.model.PropertyValue;
import org.dopesheet.model.SceneObject;

/**
 * NLA value remapping for keyframing (Blender's {@code BKE_animsys_get_nla_keyframing_context}
 * and {@code BKE_animsys_nla_remap_keyframe_values}, spec 4.5): when the keyed action is blended
 * over NLA tracks, the value keyed is the one that makes the blended result equal the property
 * value. The stack below the keyed action is evaluated, then the action's blend (or, in tweak
 * mode, the tweaked strip's) is inverted element by element (quaternions in COMBINE and
 * REPLACE as a whole, which forces all four elements to be keyed).
 * <p>
 * Core gap: the NLA evaluator of {@code org.dopesheet.anim} keeps its stack evaluation private,
 * so this helper evaluates the lower stack through {@link AnimationEvaluation#evaluate} on a
 * detached copy of the object holding only the tracks below the keyed action. Not modelled
 * (as in the evaluator): animated strip influence and time, "evaluate upper stack" in tweak
 * mode, sync-length bound recalculation of the tweaked strip.
 */
final class NlaKeyframing {
    private static final float FLT_EPSILON = 1.1920929e-7f;
    /** UI names of the object properties ({@code RNA_property_ui_name}). */
    private static final Map<String, String> OBJECT_UI_NAMES = Map.of("location", "Location", "rotation_euler",
            "Euler Rotation", "rotation_quaternion", "Quaternion Rotation", "rotation_axis_angle", "Axis-Angle Rotation",
            "scale", "Scale", "delta_location", "Delta Location", "delta_rotation_euler", "Delta Rotation (Euler)",
            "delta_rotation_quaternion", "Delta Rotation (Quaternion)", "delta_scale", "Delta Scale");
    /** UI names of the pose-bone properties. */
    private static final Map<String, String> BONE_UI_NAMES = Map.of("location", "Location", "rotation_euler",
            "Rotation", "rotation_quaternion", "Quaternion Rotation", "rotation_axis_angle", "Axis-Angle Rotation",
            "scale", "Scale");

    /**
     * The outcome for one property.
     *
     * @param remapped per element: whether it was meant to be keyed and remapped successfully
     * @param intended per element: whether it was meant to be keyed (the keyed index, or all)
     * @param forceAll all elements must be keyed (quaternions in COMBINE / REPLACE)
     */
    record Remap(boolean[] remapped, boolean[] intended, boolean forceAll) {
        /** Number of intended elements that could not be remapped. */
        int failures() {
            int n = 0;
            for (int i = 0; i < intended.length; i++) {
                if (intended[i] && !remapped[i]) {
                    n++;
                }
            }
            return n;
        }
    }

    private final SceneObject object;
    private final BlendType blend;
    private final float influence;
    private final boolean evaluated;
    private final List<PropertyValue> lower;

    private NlaKeyframing(SceneObject object, BlendType blend, float influence, boolean evaluated,
            List<PropertyValue> lower) {
        this.object = object;
        this.blend = blend;
        this.influence = influence;
        this.evaluated = evaluated;
        this.lower = lower;
    }

    /**
     * The keyframing context of {@code object} at {@code frame}, or null when no remapping applies:
     * no action, no NLA track, NLA evaluation off, or (outside tweak mode) a REPLACE action at
     * full influence.
     */
    static NlaKeyframing of(SceneObject object, float frame) {
        AnimData adt = object.animationData();
        if (adt == null || adt.action() == null || adt.tracks().isEmpty() || !adt.useNla()) {
            return null;
        }
        boolean tweaking = adt.useTweakMode() && adt.activeStrip() != null;
        if (!tweaking && adt.actionBlendType() == BlendType.REPLACE && adt.actionInfluence() == 1.0f) {
            return null;
        }
        SceneObject stackBelow = lowerStackCopy(object, adt, tweaking);
        List<PropertyValue> lower = AnimationEvaluation.evaluate(stackBelow, frame);
        if (tweaking) {
            NlaStrip strip = adt.activeStrip();
            return new NlaKeyframing(object, strip.blendType(), stripInfluence(strip, frame),
                    tweakStripEvaluated(strip, frame), lower);
        }
        // The action track strip is muted while a track is soloed; keyframing holds it otherwise.
        return new NlaKeyframing(object, adt.actionBlendType(), adt.actionInfluence(), !adt.nlaSolo(), lower);
    }

    /**
     * Remaps {@code values} (every element of the property, as read) in place so that blending
     * them gives the read values, for element {@code index}, or all elements when forced.
     */
    Remap remap(AnimatableProperties.Property property, String path, float[] values, int index) {
        int n = values.length;
        boolean[] intended = new boolean[n];
        boolean[] remapped = new boolean[n];
        if (!evaluated) {
            if (index >= 0 && index < n) {
                intended[index] = true;
            }
            return new Remap(remapped, intended, false);
        }
        MixMode mix = property.mixMode();
        boolean forceAll = mix == MixMode.QUATERNION && (blend == BlendType.COMBINE || blend == BlendType.REPLACE);
        for (int i = 0; i < n; i++) {
            intended[i] = forceAll || i == index;
        }
        float[] low = new float[n];
        for (int i = 0; i < n; i++) {
            low[i] = lowerValue(property, path, i);
        }
        if (isEqF(influence, 0.0f)) {
            return new Remap(remapped, intended, forceAll);
        }
        if (blend == BlendType.COMBINE && mix == MixMode.QUATERNION) {
            float[] strip = invertCombinedQuaternion(low, values, influence);
            System.arraycopy(strip, 0, values, 0, n);
            Arrays.fill(remapped, true);
            return new Remap(remapped, intended, true);
        }
        for (int i = 0; i < n; i++) {
            if (!intended[i]) {
                continue;
            }
            float[] out = new float[1];
            boolean ok = blend == BlendType.COMBINE
                    ? invertCombine(mix, property.nlaDefault(i), low[i], values[i], influence, out)
                    : invertBlend(blend, low[i], values[i], influence, out);
            if (ok) {
                values[i] = out[0];
                remapped[i] = true;
            }
        }
        return new Remap(remapped, intended, forceAll);
    }

    /**
     * Blender 3.4's warning for elements that could not be remapped ({@code
     * get_keyframe_values_create_reports}).
     */
    String failureMessage(String path, Remap remap) {
        StringBuilder indices = new StringBuilder();
        for (int i = 0; i < remap.intended().length; i++) {
            if (remap.intended()[i] && !remap.remapped()[i]) {
                indices.append(i).append(", ");
            }
        }
        return "Could not insert " + remap.failures() + " keyframe(s) due to zero NLA influence, base value, or value"
                + " remapping failed: " + Keyframer.idName(object) + "." + uiName(path) + " for indices [" + indices
                + "]";
    }

    private String uiName(String path) {
        AnimatableProperties.Property p = AnimatableProperties.lookup(object, path);
        String name = p == null ? path : p.name();
        Map<String, String> names = AnimatableProperties.boneName(path) != null ? BONE_UI_NAMES : OBJECT_UI_NAMES;
        return names.getOrDefault(name, name);
    }

    /** The lower stack's value of an element, the NLA default when no lower strip writes it. */
    private float lowerValue(AnimatableProperties.Property property, String path, int index) {
        String bone = AnimatableProperties.boneName(path);
        for (PropertyValue v : lower) {
            if (v.arrayIndex() != index || AnimatableProperties.lookup(object, v.dataPath()) != property) {
                continue;
            }
            String vBone = AnimatableProperties.boneName(v.dataPath());
            if (bone == null ? vBone == null : bone.equals(vBone)) {
                return v.value();
            }
        }
        return property.nlaDefault(index);
    }

    /** Blender's {@code nla_blend_get_inverted_strip_value}. */
    static boolean invertBlend(BlendType mode, float lowerValue, float blended, float influence, float[] out) {
        if (isEqF(influence, 0.0f)) {
            return false;
        }
        switch (mode) {
            case ADD:
                out[0] = (blended - lowerValue) / influence;
                return true;
            case SUBTRACT:
                out[0] = (lowerValue - blended) / influence;
                return true;
            case MULTIPLY:
                if (isEqF(lowerValue, 0.0f)) {
                    if (isEqF(blended, 0.0f)) {
                        out[0] = 1.0f;
                        return true;
                    }
                    return false;
                }
                out[0] = ((blended - lowerValue) / (influence * lowerValue)) + 1.0f;
                return true;
            default:
                out[0] = (blended - lowerValue * (1.0f - influence)) / influence;
                return true;
        }
    }

    /** Blender's {@code nla_combine_get_inverted_strip_value} for additive and proportional channels. */
    static boolean invertCombine(MixMode mix, float base, float lowerValue, float blended, float influence,
            float[] out) {
        if (isEqF(influence, 0.0f)) {
            return false;
        }
        if (mix == MixMode.MULTIPLY) {
            if (isEqF(base, 0.0f)) {
                base = 1.0f;
            }
            if (isEqF(lowerValue, 0.0f)) {
                if (isEqF(blended, 0.0f)) {
                    out[0] = base;
                    return true;
                }
                return false;
            }
            out[0] = base * (float) Math.pow(blended / lowerValue, 1.0f / influence);
            return true;
        }
        out[0] = base + (blended - lowerValue) / influence;
        return true;
    }

    /**
     * Blender's {@code nla_combine_quaternion_get_inverted_strip_values}:
     * {@code (normalize(blended) · normalize(lower)⁻¹)^(1/influence)}.
     */
    static float[] invertCombinedQuaternion(float[] lowerValues, float[] blended, float influence) {
        float[] low = normalized(lowerValues);
        float[] bl = normalized(blended);
        low[1] = -low[1];
        low[2] = -low[2];
        low[3] = -low[3];
        float[] r = multiply(bl, low);
        powNormalized(r, 1.0f / influence);
        return r;
    }

    private static float[] normalized(float[] q) {
        float len = (float) Math.sqrt(q[0] * q[0] + q[1] * q[1] + q[2] * q[2] + q[3] * q[3]);
        float[] r = new float[4];
        if (len != 0.0f) {
            for (int i = 0; i < 4; i++) {
                r[i] = q[i] / len;
            }
        } else {
            r[1] = 1.0f;
        }
        return r;
    }

    private static float[] multiply(float[] a, float[] b) {
        return new float[] {a[0] * b[0] - a[1] * b[1] - a[2] * b[2] - a[3] * b[3],
            a[0] * b[1] + a[1] * b[0] + a[2] * b[3] - a[3] * b[2],
            a[0] * b[2] + a[2] * b[0] + a[3] * b[1] - a[1] * b[3],
            a[0] * b[3] + a[3] * b[0] + a[1] * b[2] - a[2] * b[1]};
    }

    private static void powNormalized(float[] q, float fac) {
        float w = q[0];
        float angle = fac * (w <= -1.0f ? (float) Math.PI : w >= 1.0f ? 0.0f : (float) Math.acos(w));
        float si = (float) Math.sin(angle);
        q[0] = (float) Math.cos(angle);
        float d = q[1] * q[1] + q[2] * q[2] + q[3] * q[3];
        if (d > 1.0e-35f) {
            float f = si / (float) Math.sqrt(d);
            q[1] *= f;
            q[2] *= f;
            q[3] *= f;
        } else {
            q[1] = q[2] = q[3] = 0.0f;
        }
    }

    /** Blender's {@code nlastrip_get_influence}: blend-in / blend-out ramps, else 1. */
    static float stripInfluence(NlaStrip strip, float frame) {
        float blendIn = Math.abs(strip.blendIn());
        float blendOut = Math.abs(strip.blendOut());
        if (!isEqF(blendIn, 0.0f) && frame <= strip.frameStart() + blendIn) {
            return Math.abs(frame - strip.frameStart()) / blendIn;
        }
        if (!isEqF(blendOut, 0.0f) && frame >= strip.frameEnd() - blendOut) {
            return Math.abs(strip.frameEnd() - frame) / blendOut;
        }
        return 1.0f;
    }

    /**
     * Whether the tweaked strip is evaluated at {@code frame} for keyframing: an in-place tweak
     * keys only inside the strip (extrapolation NOTHING) unless the strip syncs its length
     * (HOLD); muted strips are never evaluated.
     */
    private static boolean tweakStripEvaluated(NlaStrip strip, float frame) {
        if (strip.mute()) {
            return false;
        }
        NlaExtrapolation extend = strip.useSyncLength() ? NlaExtrapolation.HOLD : NlaExtrapolation.NOTHING;
        return extend == NlaExtrapolation.HOLD || (frame >= strip.frameStart() && frame <= strip.frameEnd());
    }

    /**
     * A detached object with the same bones and the tracks evaluated below the keyed action:
     * every track outside tweak mode, the tracks under the tweaked one in tweak mode; no action.
     */
    private static SceneObject lowerStackCopy(SceneObject object, AnimData adt, boolean tweaking) {
        SceneObject copy = new SceneObject(object.name(), object.type());
        for (Bone b : object.bones()) {
            copy.addBone(new Bone(b.name()).setParent(b.parent()).setSelect(b.select()).setHide(b.hide())
                    .setRotationMode(b.rotationMode()));
        }
        AnimData lowerAdt = copy.ensureAnimationData();
        lowerAdt.setUseNla(true).setNlaSolo(adt.nlaSolo());
        for (NlaTrack track : adt.tracks()) {
            if (tweaking && track == adt.activeTrack()) {
                break;
            }
            NlaTrack t = lowerAdt.addTrack(-1, new NlaTrack(track.name()).setMute(track.mute())
                    .setIsSolo(track.isSolo()).setDisabled(track.disabled()).setLock(track.lock()));
            for (NlaStrip s : track.strips()) {
                t.addStrip(copyStrip(s));
            }
        }
        return copy;
    }

    private static NlaStrip copyStrip(NlaStrip s) {
        return new NlaStrip(s.name()).setType(s.type()).setAction(s.action()).setFrameStart(s.frameStart())
                .setFrameEnd(s.frameEnd()).setActionFrameStart(s.actionFrameStart())
                .setActionFrameEnd(s.actionFrameEnd()).setScale(s.scale()).setRepeat(s.repeat())
                .setBlendType(s.blendType()).setExtrapolation(s.extrapolation()).setBlendIn(s.blendIn())
                .setBlendOut(s.blendOut()).setUseAutoBlend(s.useAutoBlend()).setUseReverse(s.useReverse())
                .setUseSyncLength(s.useSyncLength()).setInfluence(s.influence()).setMute(s.mute());
    }

    private static boolean isEqF(float a, float b) {
        return Math.abs(a - b) < FLT_EPSILON;
    }
}
