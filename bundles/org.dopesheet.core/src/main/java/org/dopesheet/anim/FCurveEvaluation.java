package org.dopesheet.anim;

import java.util.List;
import org.dopesheet.model.CyclesMode;
import org.dopesheet.model.CyclesModifier;
import org.dopesheet.model.Extrapolation;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.FModifier;
import org.dopesheet.model.Interpolation;

/**
 * Evaluation of an F-Curve at a (fractional) frame, as Blender's {@code evaluate_fcurve}
 * ({@code blenkernel/intern/fcurve.c}, spec 4.11) computes it, in 32-bit floats with the cubic
 * solve in double precision.
 * <p>
 * Modifiers: the Cycles modifier is evaluated (spec 4.9: modes, counts, offset, mirror,
 * influence and restricted range); it only works as the first modifier of the stack, and muted
 * modifiers are ignored. Other modifier types carry no evaluable data in the model and are
 * skipped.
 */
public final class FCurveEvaluation {
    /** {@code BEZT_BINARYSEARCH_THRESH}: frames closer than this are the same key when editing. */
    public static final float BINARYSEARCH_THRESH = 0.01f;
    /** The finer threshold {@code fcurve_eval_keyframes_interpolate} searches keys with. */
    static final float EVAL_THRESH = 0.0001f;
    private static final float FLT_EPSILON = 1.1920929e-7f;
    /** {@code SMALL} of fcurve.c: lower bound of accepted cubic roots. */
    private static final float SMALL = (float) -1.0e-10;

    private FCurveEvaluation() {
    }

    /**
     * Blender's {@code evaluate_fcurve}: the value of {@code fcu} at {@code evaltime}: time
     * modifiers (last to first), keyframes (or 0 without keys), value modifiers (first to last),
     * rounding for integer-valued curves.
     */
    public static float evaluate(FCurve fcu, float evaltime) {
        return evaluate(fcu, activeCycles(fcu.modifiers()), evaltime);
    }

    /**
     * Evaluates {@code fcu} at every frame of {@code frames} into {@code out} (same length or
     * longer). Allocates nothing per sample.
     */
    public static void evaluate(FCurve fcu, float[] frames, float[] out) {
        evaluate(fcu, frames, 0, out, 0, frames.length);
    }

    /**
     * Evaluates {@code fcu} at {@code frames[from .. from+count)} into
     * {@code out[outFrom .. outFrom+count)}. Allocates nothing per sample.
     */
    public static void evaluate(FCurve fcu, float[] frames, int from, float[] out, int outFrom, int count) {
        if (from < 0 || outFrom < 0 || count < 0 || from + count > frames.length || outFrom + count > out.length) {
            throw new IndexOutOfBoundsException("frames/out range");
        }
        CyclesModifier cycles = activeCycles(fcu.modifiers());
        if (cycles == null && count >= 16 && walkable(fcu, frames, from, count)) {
            evaluateAscending(fcu, frames, from, out, outFrom, count);
            return;
        }
        for (int i = 0; i < count; i++) {
            out[outFrom + i] = evaluate(fcu, cycles, frames[from + i]);
        }
    }

    /**
     * Whether the frames ascend and the keys are more than twice {@link #EVAL_THRESH} apart, in
     * order: then the key search of every frame has one answer (the one key within the threshold,
     * or else the first key after the frame), which a cursor walking along the keys finds as the
     * binary search does.
     */
    private static boolean walkable(FCurve fcu, float[] frames, int from, int count) {
        for (int i = from + 1; i < from + count; i++) {
            if (!(frames[i - 1] <= frames[i])) {
                return false;
            }
        }
        int n = fcu.size();
        if (n == 0) {
            return true;
        }
        FCurve.Columns c = fcu.columns();
        float[] x = c.x;
        for (int i = 1; i < n; i++) {
            if (!(x[i] - x[i - 1] > 2 * EVAL_THRESH)) {
                return false;
            }
        }
        return true;
    }

    /** {@link #evaluate(FCurve, CyclesModifier, float)} without a Cycles modifier, along ascending frames. */
    private static void evaluateAscending(FCurve fcu, float[] frames, int from, float[] out, int outFrom, int count) {
        int n = fcu.size();
        boolean round = fcu.intValues();
        FCurve.Columns keys = fcu.columns();
        float[] x = keys.x;
        int cursor = 0;
        for (int i = 0; i < count; i++) {
            float evaltime = frames[from + i];
            float cvalue;
            if (n == 0) {
                cvalue = 0.0f;
            } else if (evaltime <= x[0]) {
                cvalue = extrapolate(fcu, evaltime, 0, +1);
            } else if (x[n - 1] <= evaltime) {
                cvalue = extrapolate(fcu, evaltime, n - 1, -1);
            } else {
                // the first key not below the frame by more than the threshold
                while (cursor < n && x[cursor] < evaltime && !isEqT(evaltime, x[cursor], EVAL_THRESH)) {
                    cursor++;
                }
                int packed = cursor < n && isEqT(evaltime, x[cursor], EVAL_THRESH) ? (cursor << 1) | 1 : cursor << 1;
                cvalue = interpolate(fcu, keys, evaltime, packed);
            }
            if (round) {
                cvalue = (float) Math.floor(cvalue + 0.5f);
            }
            out[outFrom + i] = cvalue;
        }
    }

    /**
     * The Cycles modifier that takes part in evaluation: the first modifier when it is a Cycles
     * modifier and not muted (a Cycles modifier anywhere else disables itself), else null.
     */
    static CyclesModifier activeCycles(List<FModifier> mods) {
        if (mods.isEmpty()) {
            return null;
        }
        FModifier first = mods.get(0);
        if (first instanceof CyclesModifier && !first.mute()) {
            return (CyclesModifier) first;
        }
        return null;
    }

    private static float evaluate(FCurve fcu, CyclesModifier cycles, float evaltime) {
        float devaltime = evaltime;
        float cycyofs = 0f;
        // evaluate_time_fmodifiers: only the Cycles modifier (first in the stack) maps time.
        if (cycles != null && (!cycles.useRestrictedRange()
                || (cycles.frameStart() <= evaltime && cycles.frameEnd() >= evaltime))) {
            long packed = cyclesTime(fcu, cycles, evaltime);
            float nval = Float.intBitsToFloat((int) (packed >>> 32));
            cycyofs = Float.intBitsToFloat((int) packed);
            float influence = modifierInfluence(cycles, evaltime);
            devaltime = interpf(nval, evaltime, influence);
        }
        float cvalue = fcu.size() > 0 ? evaluateKeyframes(fcu, devaltime) : 0.0f;
        // evaluate_value_fmodifiers: the Cycles offset, tested against the mapped time.
        if (cycles != null && (!cycles.useRestrictedRange()
                || (cycles.frameStart() <= devaltime && cycles.frameEnd() >= devaltime))) {
            float nval = cvalue + cycyofs;
            cvalue = interpf(nval, cvalue, modifierInfluence(cycles, devaltime));
        }
        if (fcu.intValues()) {
            cvalue = (float) Math.floor(cvalue + 0.5f);
        }
        return cvalue;
    }

    /** Blender's {@code interpf(target, origin, fac)}. */
    static float interpf(float target, float origin, float fac) {
        return (fac * target) + (1.0f - fac) * origin;
    }

    /** Blender's {@code eval_fmodifier_influence}: influence with restricted range and blending. */
    static float modifierInfluence(FModifier fcm, float evaltime) {
        float influence = fcm.useInfluence() ? fcm.influence() : 1.0f;
        if (fcm.useRestrictedRange()) {
            float sfra = fcm.frameStart();
            float efra = fcm.frameEnd();
            if (evaltime < sfra || evaltime > efra) {
                return 0.0f;
            }
            if (fcm.blendIn() != 0.0f && evaltime >= sfra && evaltime <= sfra + fcm.blendIn()) {
                float a = sfra;
                float b = sfra + fcm.blendIn();
                return influence * (evaltime - a) / (b - a);
            }
            if (fcm.blendOut() != 0.0f && evaltime <= efra && evaltime >= efra - fcm.blendOut()) {
                float a = efra;
                float b = efra - fcm.blendOut();
                return influence * (evaltime - a) / (b - a);
            }
        }
        return influence;
    }

    /**
     * Blender's {@code fcm_cycles_time}: the time to evaluate the keys at, packed with the
     * value offset of REPEAT_OFFSET cycles ({@code (float bits of time) << 32 | float bits of
     * offset}).
     */
    static long cyclesTime(FCurve fcu, CyclesModifier data, float evaltime) {
        float cycyofs = 0.0f;
        int n = fcu.size();
        if (n == 0) {
            return pack(evaltime, 0f);
        }
        float prevX = fcu.x(0);
        float prevY = fcu.y(0);
        float lastX = fcu.x(n - 1);
        float lastY = fcu.y(n - 1);
        int side = 0;
        CyclesMode mode = CyclesMode.NONE;
        int cycles = 0;
        float ofs = 0;
        if (evaltime < prevX) {
            if (data.modeBefore() != CyclesMode.NONE) {
                side = -1;
                mode = data.modeBefore();
                cycles = data.cyclesBefore();
                ofs = prevX;
            }
        } else if (evaltime > lastX) {
            if (data.modeAfter() != CyclesMode.NONE) {
                side = 1;
                mode = data.modeAfter();
                cycles = data.cyclesAfter();
                ofs = lastX;
            }
        }
        if (side == 0 || mode == CyclesMode.NONE) {
            return pack(evaltime, 0f);
        }
        float cycdx = lastX - prevX;
        float cycdy = lastY - prevY;
        if (cycdx == 0) {
            return pack(evaltime, 0f);
        }
        float cycle = ((float) side * (evaltime - ofs) / cycdx);
        float cyct = (evaltime - ofs) % cycdx;
        if (cycles != 0 && cycle > cycles) {
            return pack(evaltime, 0f);
        }
        if (mode == CyclesMode.REPEAT_OFFSET) {
            if (side < 0) {
                cycyofs = (float) Math.floor((evaltime - ofs) / cycdx);
            } else {
                cycyofs = (float) Math.ceil((evaltime - ofs) / cycdx);
            }
            cycyofs *= cycdy;
        }
        if (cyct == 0.0f) {
            evaltime = (side == 1 ? lastX : prevX);
            if (mode == CyclesMode.MIRROR && ((int) cycle % 2) != 0) {
                evaltime = (side == 1 ? prevX : lastX);
            }
        } else if (mode == CyclesMode.MIRROR && ((int) (cycle + 1) % 2) != 0) {
            if (side < 0) {
                evaltime = prevX - cyct;
            } else {
                evaltime = lastX - cyct;
            }
        } else {
            evaltime = prevX + cyct;
        }
        if (evaltime < prevX) {
            evaltime += cycdx;
        }
        return pack(evaltime, mode == CyclesMode.REPEAT_OFFSET ? cycyofs : 0f);
    }

    private static long pack(float time, float offset) {
        return ((long) Float.floatToRawIntBits(time) << 32) | (Float.floatToRawIntBits(offset) & 0xffffffffL);
    }

    /**
     * Blender's {@code fcurve_eval_keyframes}: the value of the keys alone (no modifiers, no
     * rounding) at {@code evaltime}. The curve must have keys.
     */
    public static float evaluateKeyframes(FCurve fcu, float evaltime) {
        int n = fcu.size();
        if (evaltime <= fcu.x(0)) {
            return extrapolate(fcu, evaltime, 0, +1);
        }
        if (fcu.x(n - 1) <= evaltime) {
            return extrapolate(fcu, evaltime, n - 1, -1);
        }
        return interpolate(fcu, evaltime);
    }

    /** Blender's {@code fcurve_eval_keyframes_extrapolate}. */
    private static float extrapolate(FCurve fcu, float evaltime, int end, int direction) {
        Interpolation ipo = fcu.interpolation(end);
        float ex = fcu.x(end);
        float ey = fcu.y(end);
        if (ipo == Interpolation.CONSTANT || fcu.extrapolation() == Extrapolation.CONSTANT || fcu.discreteValues()) {
            return ey;
        }
        if (ipo == Interpolation.LINEAR) {
            if (fcu.size() == 1) {
                return ey;
            }
            int nb = end + direction;
            float dx = ex - evaltime;
            float fac = fcu.x(nb) - ex;
            if (fac == 0.0f) {
                return ey;
            }
            fac = (fcu.y(nb) - ey) / fac;
            return ey - (fac * dx);
        }
        // Slope of the end key's outer handle: left handle of the first key, right of the last.
        float hx = direction > 0 ? fcu.leftX(end) : fcu.rightX(end);
        float hy = direction > 0 ? fcu.leftY(end) : fcu.rightY(end);
        float dx = ex - evaltime;
        float fac = ex - hx;
        if (fac == 0.0f) {
            return ey;
        }
        fac = (ey - hy) / fac;
        return ey - (fac * dx);
    }

    /**
     * Blender's {@code BKE_fcurve_bezt_binarysearch_index_ex}: where a key at {@code frame}
     * belongs. Returns {@code index << 1 | replace}, where replace means a key within
     * {@code threshold} exists at {@code index}.
     */
    static int searchIndex(FCurve fcu, float frame, float threshold) {
        int arraylen = fcu.size();
        if (arraylen <= 0) {
            return 0;
        }
        float framenum = fcu.x(0);
        if (isEqT(frame, framenum, threshold)) {
            return 1;
        }
        if (frame < framenum) {
            return 0;
        }
        framenum = fcu.x(arraylen - 1);
        if (isEqT(frame, framenum, threshold)) {
            return ((arraylen - 1) << 1) | 1;
        }
        if (frame > framenum) {
            return arraylen << 1;
        }
        int start = 0;
        int end = arraylen;
        int maxloop = arraylen * 2;
        for (int loop = 0; start <= end && loop < maxloop; loop++) {
            int mid = start + ((end - start) / 2);
            float midfra = fcu.x(mid);
            if (isEqT(frame, midfra, threshold)) {
                return (mid << 1) | 1;
            }
            if (frame > midfra) {
                start = mid + 1;
            } else if (frame < midfra) {
                end = mid - 1;
            }
        }
        return start << 1;
    }

    /** Blender's {@code IS_EQT(a, b, c)}: {@code |a − b| ≤ c}, computed on the larger side. */
    static boolean isEqT(float a, float b, float c) {
        return (a > b) ? ((a - b) <= c) : ((b - a) <= c);
    }

    /** Blender's {@code fcurve_eval_keyframes_interpolate}. */
    private static float interpolate(FCurve fcu, float evaltime) {
        return interpolate(fcu, fcu.columns(), evaltime, searchIndex(fcu, evaltime, EVAL_THRESH));
    }

    private static final byte CONSTANT = (byte) Interpolation.CONSTANT.ordinal();
    private static final byte LINEAR = (byte) Interpolation.LINEAR.ordinal();
    private static final byte BEZIER = (byte) Interpolation.BEZIER.ordinal();

    /**
     * {@link #interpolate(FCurve, float)} with the result of the key search given, reading the
     * keys from {@code keys} (the curve's columns).
     */
    private static float interpolate(FCurve fcu, FCurve.Columns keys, float evaltime, int packed) {
        final float eps = 1.e-8f;
        final float[] x = keys.x;
        final float[] y = keys.y;
        int a = packed >>> 1;
        if ((packed & 1) != 0) {
            return y[a];
        }
        int prev = a > 0 ? a - 1 : a;
        float bx = x[a];
        if (Math.abs(bx - evaltime) < eps) {
            return y[a];
        }
        float px = x[prev];
        if (evaltime < px || bx < evaltime) {
            return 0.0f;
        }
        float begin = y[prev];
        float change = y[a] - y[prev];
        float duration = bx - px;
        float time = evaltime - px;
        byte ipo = keys.interpolation[prev];
        if (ipo == CONSTANT || fcu.discreteValues() || duration == 0) {
            return y[prev];
        }
        if (ipo == BEZIER) {
            return bezier(keys, prev, a, evaltime);
        }
        if (ipo == LINEAR) {
            return Easing.linear(time, begin, change, duration);
        }
        return ease(fcu.interpolation(prev), fcu.easing(prev), time, begin, change, duration, fcu.back(prev),
                fcu.amplitude(prev), fcu.period(prev));
    }

    /**
     * The easing interpolations of {@code fcurve_eval_keyframes_interpolate}: easing AUTO means
     * ease-out for BACK, BOUNCE and ELASTIC and ease-in for the others.
     */
    static float ease(Interpolation ipo, org.dopesheet.model.Easing easing, float t, float b, float c, float d,
            float back, float amplitude, float period) {
        switch (ipo) {
            case BACK:
                switch (easing) {
                    case EASE_IN:
                        return Easing.backIn(t, b, c, d, back);
                    case EASE_IN_OUT:
                        return Easing.backInOut(t, b, c, d, back);
                    default:
                        return Easing.backOut(t, b, c, d, back);
                }
            case BOUNCE:
                switch (easing) {
                    case EASE_IN:
                        return Easing.bounceIn(t, b, c, d);
                    case EASE_IN_OUT:
                        return Easing.bounceInOut(t, b, c, d);
                    default:
                        return Easing.bounceOut(t, b, c, d);
                }
            case ELASTIC:
                switch (easing) {
                    case EASE_IN:
                        return Easing.elasticIn(t, b, c, d, amplitude, period);
                    case EASE_IN_OUT:
                        return Easing.elasticInOut(t, b, c, d, amplitude, period);
                    default:
                        return Easing.elasticOut(t, b, c, d, amplitude, period);
                }
            case CIRC:
                switch (easing) {
                    case EASE_OUT:
                        return Easing.circOut(t, b, c, d);
                    case EASE_IN_OUT:
                        return Easing.circInOut(t, b, c, d);
                    default:
                        return Easing.circIn(t, b, c, d);
                }
            case CUBIC:
                switch (easing) {
                    case EASE_OUT:
                        return Easing.cubicOut(t, b, c, d);
                    case EASE_IN_OUT:
                        return Easing.cubicInOut(t, b, c, d);
                    default:
                        return Easing.cubicIn(t, b, c, d);
                }
            case EXPO:
                switch (easing) {
                    case EASE_OUT:
                        return Easing.expoOut(t, b, c, d);
                    case EASE_IN_OUT:
                        return Easing.expoInOut(t, b, c, d);
                    default:
                        return Easing.expoIn(t, b, c, d);
                }
            case QUAD:
                switch (easing) {
                    case EASE_OUT:
                        return Easing.quadOut(t, b, c, d);
                    case EASE_IN_OUT:
                        return Easing.quadInOut(t, b, c, d);
                    default:
                        return Easing.quadIn(t, b, c, d);
                }
            case QUART:
                switch (easing) {
                    case EASE_OUT:
                        return Easing.quartOut(t, b, c, d);
                    case EASE_IN_OUT:
                        return Easing.quartInOut(t, b, c, d);
                    default:
                        return Easing.quartIn(t, b, c, d);
                }
            case QUINT:
                switch (easing) {
                    case EASE_OUT:
                        return Easing.quintOut(t, b, c, d);
                    case EASE_IN_OUT:
                        return Easing.quintInOut(t, b, c, d);
                    default:
                        return Easing.quintIn(t, b, c, d);
                }
            case SINE:
                switch (easing) {
                    case EASE_OUT:
                        return Easing.sineOut(t, b, c, d);
                    case EASE_IN_OUT:
                        return Easing.sineInOut(t, b, c, d);
                    default:
                        return Easing.sineIn(t, b, c, d);
                }
            case LINEAR:
                return Easing.linear(t, b, c, d);
            default:
                return b;
        }
    }

    /** The BEZIER case of {@code fcurve_eval_keyframes_interpolate}. */
    private static float bezier(FCurve.Columns keys, int prev, int next, float evaltime) {
        float v1x = keys.x[prev];
        float v1y = keys.y[prev];
        float v2x = keys.rightX[prev];
        float v2y = keys.rightY[prev];
        float v3x = keys.leftX[next];
        float v3y = keys.leftY[next];
        float v4x = keys.x[next];
        float v4y = keys.y[next];
        if (Math.abs(v1y - v4y) < FLT_EPSILON && Math.abs(v2y - v3y) < FLT_EPSILON
                && Math.abs(v3y - v4y) < FLT_EPSILON) {
            return v1y;
        }
        // BKE_fcurve_correct_bezpart: handles may not exceed the neighbouring key's time.
        float h1x = v1x - v2x;
        float h1y = v1y - v2y;
        float h2x = v4x - v3x;
        float h2y = v4y - v3y;
        float len = v4x - v1x;
        float len1 = Math.abs(h1x);
        float len2 = Math.abs(h2x);
        if ((len1 + len2) != 0.0f) {
            if (len1 > len) {
                float fac = len / len1;
                v2x = v1x - fac * h1x;
                v2y = v1y - fac * h1y;
            }
            if (len2 > len) {
                float fac = len / len2;
                v3x = v4x - fac * h2x;
                v3y = v4y - fac * h2y;
            }
        }
        float s = findZero(evaltime, v1x, v2x, v3x, v4x);
        if (Float.isNaN(s)) {
            return 0.0f;
        }
        return bezierY(v1y, v2y, v3y, v4y, s);
    }

    /** Blender's {@code berekeny} for one parameter value. */
    static float bezierY(float f1, float f2, float f3, float f4, float t) {
        float c0 = f1;
        float c1 = 3.0f * (f2 - f1);
        float c2 = 3.0f * (f1 - 2.0f * f2 + f3);
        float c3 = f4 - f1 + 3.0f * (f2 - f3);
        return c0 + t * c1 + t * t * c2 + t * t * t * c3;
    }

    /**
     * Blender's {@code findzero}: the first root in {@code [-1e-10, 1.000001]} of
     * {@code x(s) = x} for the Bézier x-coordinates {@code q0..q3}, or NaN when there is none.
     */
    static float findZero(float x, float q0, float q1, float q2, float q3) {
        double c0 = q0 - x;
        double c1 = 3.0f * (q1 - q0);
        double c2 = 3.0f * (q0 - 2.0f * q1 + q2);
        double c3 = q3 - q0 + 3.0f * (q1 - q2);
        return solveCubic(c0, c1, c2, c3);
    }

    private static final double THIRD = 1.0 / 3.0;

    private static boolean inRange(float o) {
        return o >= SMALL && o <= 1.000001f;
    }

    /**
     * Blender's {@code sqrt3d}, the real cube root. Blender computes it as
     * {@code exp(log(d) / 3)}; {@link Math#cbrt} is the same function to within an ulp of a
     * double (the result is rounded to float afterwards) and about twice as fast.
     */
    private static double sqrt3d(double d) {
        if (d == 0.0) {
            return 0.0;
        }
        return Math.cbrt(d);
    }

    /**
     * Blender's {@code solve_cubic} for {@code c0 + c1 s + c2 s² + c3 s³ = 0}, returning the first
     * root it finds in range (the order Blender tries them in), or NaN.
     */
    static float solveCubic(double c0, double c1, double c2, double c3) {
        if (c3 == 0.0) {
            return solveQuadratic(c0, c1, c2);
        }
        // Blender divides each coefficient by c3 and by 3 and 2; one reciprocal and products
        // give the same values to within an ulp of a double (halving is exact), well inside
        // what the float result keeps, at a third of the cost of the division chain
        double inv = 1.0 / c3;
        double a = c2 * inv * THIRD;
        double b = c1 * inv;
        double c = c0 * inv;
        double p = b * THIRD - a * a;
        double q = (2 * a * a * a - a * b + c) * 0.5;
        double d = q * q + p * p * p;
        if (d > 0.0) {
            // Blender: sqrt3d(-q + t) + sqrt3d(-q - t) - a. The two cube roots multiply to -p
            // ((-q + t)(-q - t) = -p^3), so the root of the larger term gives the other by a
            // division: one cube root instead of two, and no cancellation in the smaller term
            double t = Math.sqrt(d);
            double u = -q + t;
            double v = -q - t;
            double r1 = sqrt3d(Math.abs(u) >= Math.abs(v) ? u : v);
            double r2 = r1 == 0.0 ? 0.0 : -p / r1;
            float o = (float) (r1 + r2 - a);
            return inRange(o) ? o : Float.NaN;
        }
        return solveThreeReal(a, p, q, d);
    }

    /** The cases of {@link #solveCubic} with a double root ({@code d == 0}) or three real roots. */
    private static float solveThreeReal(double a, double p, double q, double d) {
        if (d == 0.0) {
            double t = sqrt3d(-q);
            float o = (float) (2 * t - a);
            if (inRange(o)) {
                return o;
            }
            o = (float) (-t - a);
            return inRange(o) ? o : Float.NaN;
        }
        double phi = Math.acos(-q / Math.sqrt(-(p * p * p)));
        double t = Math.sqrt(-p);
        double cp = Math.cos(phi / 3);
        double sq = Math.sqrt(3 - 3 * cp * cp);
        float o = (float) (2 * t * cp - a);
        if (inRange(o)) {
            return o;
        }
        o = (float) (-t * (cp + sq) - a);
        if (inRange(o)) {
            return o;
        }
        o = (float) (-t * (cp - sq) - a);
        return inRange(o) ? o : Float.NaN;
    }

    /** {@link #solveCubic} without a cubic term: Blender's quadratic and linear cases. */
    private static float solveQuadratic(double c0, double c1, double c2) {
        double a = c2;
        double b = c1;
        double c = c0;
        if (a != 0.0) {
            double p = b * b - 4 * a * c;
            if (p > 0) {
                p = Math.sqrt(p);
                float o = (float) ((-b - p) / (2 * a));
                if (inRange(o)) {
                    return o;
                }
                o = (float) ((-b + p) / (2 * a));
                return inRange(o) ? o : Float.NaN;
            }
            if (p == 0) {
                float o = (float) (-b / (2 * a));
                if (inRange(o)) {
                    return o;
                }
            }
            return Float.NaN;
        }
        if (b != 0.0) {
            float o = (float) (-c / b);
            return inRange(o) ? o : Float.NaN;
        }
        if (c == 0.0) {
            return 0.0f;
        }
        return Float.NaN;
    }
}
