package org.dopesheet.anim;

import org.dopesheet.anim.AnimatableProperties.MixMode;
import org.dopesheet.model.BlendType;

/**
 * How an NLA strip's values are blended onto the result of the strips below it (Blender's
 * {@code nla_blend_value}, {@code nla_combine_value} and {@code nla_combine_quaternion} in
 * {@code anim_sys.c}), in 32-bit floats.
 */
public final class NlaBlend {
    private static final float FLT_EPSILON = 1.1920929e-7f;

    private NlaBlend() {
    }

    private static boolean isEqF(float a, float b) {
        return Math.abs(a - b) < FLT_EPSILON;
    }

    /**
     * Blender's {@code nla_blend_value} for REPLACE (linear interpolation by influence), ADD,
     * SUBTRACT and MULTIPLY; zero influence keeps the lower value.
     */
    public static float blendValue(BlendType mode, float lower, float strip, float influence) {
        if (isEqF(influence, 0.0f)) {
            return lower;
        }
        switch (mode) {
            case ADD:
                return lower + (strip * influence);
            case SUBTRACT:
                return lower - (strip * influence);
            case MULTIPLY:
                return influence * (lower * strip) + (1 - influence) * lower;
            default:
                return lower * (1.0f - influence) + (strip * influence);
        }
    }

    /**
     * Blender's {@code nla_combine_value} (COMBINE for non-quaternion channels): additive
     * channels add the strip's offset from the default {@code base}, proportional ones multiply
     * by {@code (strip / base)^influence}.
     */
    public static float combineValue(MixMode mix, float base, float lower, float strip, float influence) {
        if (isEqF(influence, 0.0f)) {
            return lower;
        }
        switch (mix) {
            case MULTIPLY:
                if (isEqF(base, 0.0f)) {
                    base = 1.0f;
                }
                return lower * (float) Math.pow(strip / base, influence);
            default:
                return lower + (strip - base) * influence;
        }
    }

    /**
     * Blender's {@code nla_combine_quaternion}: {@code result = normalize(lower) ·
     * normalize(strip)^influence}.
     */
    public static void combineQuaternion(float[] lower, float[] strip, float influence, float[] result) {
        float[] l = normalized(lower);
        float[] s = normalized(strip);
        powNormalized(s, influence);
        multiply(l, s, result);
    }

    /** {@code normalize_qt_qt}: unit quaternion, or (0, 1, 0, 0) for a zero one. */
    static float[] normalized(float[] q) {
        float len = (float) Math.sqrt(q[0] * q[0] + q[1] * q[1] + q[2] * q[2] + q[3] * q[3]);
        float[] r = new float[4];
        if (len != 0.0f) {
            float f = 1.0f / len;
            for (int i = 0; i < 4; i++) {
                r[i] = q[i] * f;
            }
        } else {
            r[1] = 1.0f;
        }
        return r;
    }

    /** {@code pow_qt_fl_normalized}: raises a unit quaternion to a power. */
    static void powNormalized(float[] q, float fac) {
        float w = q[0];
        float acos = w <= -1.0f ? (float) Math.PI : w >= 1.0f ? 0.0f : (float) Math.acos(w);
        float angle = fac * acos;
        float co = (float) Math.cos(angle);
        float si = (float) Math.sin(angle);
        q[0] = co;
        float d = q[1] * q[1] + q[2] * q[2] + q[3] * q[3];
        if (d > 1.0e-35f) {
            d = (float) Math.sqrt(d);
            float f = si / d;
            q[1] *= f;
            q[2] *= f;
            q[3] *= f;
        } else {
            q[1] = q[2] = q[3] = 0.0f;
        }
    }

    /** {@code mul_qt_qtqt}: {@code r = a · b} (r may alias neither input safely; a copy is made). */
    static void multiply(float[] a, float[] b, float[] r) {
        float t0 = a[0] * b[0] - a[1] * b[1] - a[2] * b[2] - a[3] * b[3];
        float t1 = a[0] * b[1] + a[1] * b[0] + a[2] * b[3] - a[3] * b[2];
        float t2 = a[0] * b[2] + a[2] * b[0] + a[3] * b[1] - a[1] * b[3];
        float t3 = a[0] * b[3] + a[3] * b[0] + a[1] * b[2] - a[2] * b[1];
        r[0] = t0;
        r[1] = t1;
        r[2] = t2;
        r[3] = t3;
    }

    /**
     * Blender's {@code nlaevalchan_blendOrcombine} for one channel: blends the {@code upper}
     * values whose {@code upperBlend} bit is set onto {@code lower} (other elements keep the
     * lower value) into {@code result}; without upper values or influence the lower values are
     * copied.
     */
    static void blendOrCombine(MixMode mix, float[] base, float[] lower, float[] upper, boolean[] upperBlend,
            BlendType mode, float influence, float[] result) {
        if (upper == null || isEqF(influence, 0.0f)) {
            System.arraycopy(lower, 0, result, 0, lower.length);
            return;
        }
        if (mode == BlendType.COMBINE) {
            if (mix == MixMode.QUATERNION) {
                if (!upperBlend[0]) {
                    System.arraycopy(lower, 0, result, 0, lower.length);
                } else {
                    combineQuaternion(lower, upper, influence, result);
                }
                return;
            }
            for (int j = 0; j < lower.length; j++) {
                result[j] = upperBlend[j] ? combineValue(mix, base[j], lower[j], upper[j], influence) : lower[j];
            }
            return;
        }
        for (int j = 0; j < lower.length; j++) {
            result[j] = upperBlend[j] ? blendValue(mode, lower[j], upper[j], influence) : lower[j];
        }
    }
}
