package org.dopesheet.anim;

/**
 * Robert Penner's easing equations as Blender evaluates them ({@code BLI_easing_*} in
 * {@code blenlib/intern/easing.c}), spec section 4.13.
 * <p>
 * Every function takes the time since the segment start {@code t}, the begin value {@code b},
 * the change of value {@code c} over the segment and the segment duration {@code d}, and
 * computes in 32-bit floats exactly as Blender does (transcendental functions are evaluated in
 * double and rounded to float, matching the C library's single-precision functions).
 */
public final class Easing {
    private static final float PI = (float) Math.PI;
    private static final float HALF_PI = (float) (Math.PI / 2);
    private static final float TWO_PI = 2 * PI;
    /** 2^-10: EXPO is normalised so that it starts and ends exactly on the keys. */
    private static final float POW_MIN = 0.0009765625f;
    private static final float POW_SCALE = 1.0f / (1.0f - 0.0009765625f);

    private Easing() {
    }

    private static float powf(float base, float exponent) {
        return (float) Math.pow(base, exponent);
    }

    private static float sinf(float v) {
        return (float) Math.sin(v);
    }

    private static float cosf(float v) {
        return (float) Math.cos(v);
    }

    private static float sqrtf(float v) {
        return (float) Math.sqrt(v);
    }

    private static float asinf(float v) {
        return (float) Math.asin(v);
    }

    /** {@code BLI_easing_linear_ease}: {@code c·t/d + b}. */
    public static float linear(float t, float b, float c, float d) {
        return c * t / d + b;
    }

    /** {@code BLI_easing_back_ease_in} with overshoot {@code o}. */
    public static float backIn(float t, float b, float c, float d, float o) {
        t /= d;
        return c * t * t * ((o + 1) * t - o) + b;
    }

    /** {@code BLI_easing_back_ease_out} with overshoot {@code o}. */
    public static float backOut(float t, float b, float c, float d, float o) {
        t = t / d - 1;
        return c * (t * t * ((o + 1) * t + o) + 1) + b;
    }

    /** {@code BLI_easing_back_ease_in_out} with overshoot {@code o} (scaled by 1.525). */
    public static float backInOut(float t, float b, float c, float d, float o) {
        o *= 1.525f;
        t /= d / 2;
        if (t < 1.0f) {
            return c / 2 * (t * t * ((o + 1) * t - o)) + b;
        }
        t -= 2.0f;
        return c / 2 * (t * t * ((o + 1) * t + o) + 2) + b;
    }

    /** {@code BLI_easing_bounce_ease_out}. */
    public static float bounceOut(float t, float b, float c, float d) {
        t /= d;
        if (t < (1 / 2.75f)) {
            return c * (7.5625f * t * t) + b;
        }
        if (t < (2 / 2.75f)) {
            t -= (1.5f / 2.75f);
            return c * ((7.5625f * t) * t + 0.75f) + b;
        }
        if (t < (2.5f / 2.75f)) {
            t -= (2.25f / 2.75f);
            return c * ((7.5625f * t) * t + 0.9375f) + b;
        }
        t -= (2.625f / 2.75f);
        return c * ((7.5625f * t) * t + 0.984375f) + b;
    }

    /** {@code BLI_easing_bounce_ease_in}. */
    public static float bounceIn(float t, float b, float c, float d) {
        return c - bounceOut(d - t, 0, c, d) + b;
    }

    /** {@code BLI_easing_bounce_ease_in_out}. */
    public static float bounceInOut(float t, float b, float c, float d) {
        if (t < d / 2) {
            return bounceIn(t * 2, 0, c, d) * 0.5f + b;
        }
        return bounceOut(t * 2 - d, 0, c, d) * 0.5f + c * 0.5f + b;
    }

    /** {@code BLI_easing_circ_ease_in}. */
    public static float circIn(float t, float b, float c, float d) {
        t /= d;
        return -c * (sqrtf(1 - t * t) - 1) + b;
    }

    /** {@code BLI_easing_circ_ease_out}. */
    public static float circOut(float t, float b, float c, float d) {
        t = t / d - 1;
        return c * sqrtf(1 - t * t) + b;
    }

    /** {@code BLI_easing_circ_ease_in_out}. */
    public static float circInOut(float t, float b, float c, float d) {
        t /= d / 2;
        if (t < 1.0f) {
            return -c / 2 * (sqrtf(1 - t * t) - 1) + b;
        }
        t -= 2.0f;
        return c / 2 * (sqrtf(1 - t * t) + 1) + b;
    }

    /** {@code BLI_easing_cubic_ease_in}. */
    public static float cubicIn(float t, float b, float c, float d) {
        t /= d;
        return c * t * t * t + b;
    }

    /** {@code BLI_easing_cubic_ease_out}. */
    public static float cubicOut(float t, float b, float c, float d) {
        t = t / d - 1;
        return c * (t * t * t + 1) + b;
    }

    /** {@code BLI_easing_cubic_ease_in_out}. */
    public static float cubicInOut(float t, float b, float c, float d) {
        t /= d / 2;
        if (t < 1.0f) {
            return c / 2 * t * t * t + b;
        }
        t -= 2.0f;
        return c / 2 * (t * t * t + 2) + b;
    }

    /**
     * Blender's {@code elastic_blend}: when the amplitude is smaller than the change, fades the
     * oscillation near the crossing point so the curve does not fall off sharply.
     */
    private static float elasticBlend(float t, float c, float d, float a, float s, float f) {
        if (c != 0) {
            float limit = Math.abs(s);
            if (a != 0) {
                f *= a / Math.abs(c);
            } else {
                f = 0.0f;
            }
            if (Math.abs(t * d) < limit) {
                float l = Math.abs(t * d) / limit;
                f = (f * l) + (1.0f - l);
            }
        }
        return f;
    }

    /** {@code BLI_easing_elastic_ease_in} with amplitude {@code a} and period {@code p}. */
    public static float elasticIn(float t, float b, float c, float d, float a, float p) {
        float s;
        float f = 1.0f;
        if (t == 0.0f) {
            return b;
        }
        t /= d;
        if (t == 1.0f) {
            return b + c;
        }
        t -= 1.0f;
        if (p == 0) {
            p = d * 0.3f;
        }
        if (a == 0 || a < Math.abs(c)) {
            s = p / 4;
            f = elasticBlend(t, c, d, a, s, f);
            a = c;
        } else {
            s = p / TWO_PI * asinf(c / a);
        }
        return (-f * (a * powf(2, 10 * t) * sinf((t * d - s) * TWO_PI / p))) + b;
    }

    /** {@code BLI_easing_elastic_ease_out} with amplitude {@code a} and period {@code p}. */
    public static float elasticOut(float t, float b, float c, float d, float a, float p) {
        float s;
        float f = 1.0f;
        if (t == 0.0f) {
            return b;
        }
        t /= d;
        if (t == 1.0f) {
            return b + c;
        }
        t = -t;
        if (p == 0) {
            p = d * 0.3f;
        }
        if (a == 0 || a < Math.abs(c)) {
            s = p / 4;
            f = elasticBlend(t, c, d, a, s, f);
            a = c;
        } else {
            s = p / TWO_PI * asinf(c / a);
        }
        return (f * (a * powf(2, 10 * t) * sinf((t * d - s) * TWO_PI / p))) + c + b;
    }

    /** {@code BLI_easing_elastic_ease_in_out} with amplitude {@code a} and period {@code p}. */
    public static float elasticInOut(float t, float b, float c, float d, float a, float p) {
        float s;
        float f = 1.0f;
        if (t == 0.0f) {
            return b;
        }
        t /= d / 2;
        if (t == 2.0f) {
            return b + c;
        }
        t -= 1.0f;
        if (p == 0) {
            p = d * (0.3f * 1.5f);
        }
        if (a == 0 || a < Math.abs(c)) {
            s = p / 4;
            f = elasticBlend(t, c, d, a, s, f);
            a = c;
        } else {
            s = p / TWO_PI * asinf(c / a);
        }
        if (t < 0.0f) {
            f *= -0.5f;
            return (f * (a * powf(2, 10 * t) * sinf((t * d - s) * TWO_PI / p))) + b;
        }
        t = -t;
        f *= 0.5f;
        return (f * (a * powf(2, 10 * t) * sinf((t * d - s) * TWO_PI / p))) + c + b;
    }

    /** {@code BLI_easing_expo_ease_in} (normalised to start and end exactly). */
    public static float expoIn(float t, float b, float c, float d) {
        if (t == 0.0f) {
            return b;
        }
        return c * (powf(2, 10 * (t / d - 1)) - POW_MIN) * POW_SCALE + b;
    }

    /** {@code BLI_easing_expo_ease_out} (normalised to start and end exactly). */
    public static float expoOut(float t, float b, float c, float d) {
        if (t == 0.0f) {
            return b;
        }
        return c * (1 - (powf(2, -10 * t / d) - POW_MIN) * POW_SCALE) + b;
    }

    /** {@code BLI_easing_expo_ease_in_out}: ease-in over the first half, ease-out over the second. */
    public static float expoInOut(float t, float b, float c, float d) {
        float halfD = d / 2.0f;
        float halfC = c / 2.0f;
        if (t <= halfD) {
            return expoIn(t, b, halfC, halfD);
        }
        return expoOut(t - halfD, b + halfC, halfC, halfD);
    }

    /** {@code BLI_easing_quad_ease_in}. */
    public static float quadIn(float t, float b, float c, float d) {
        t /= d;
        return c * t * t + b;
    }

    /** {@code BLI_easing_quad_ease_out}. */
    public static float quadOut(float t, float b, float c, float d) {
        t /= d;
        return -c * t * (t - 2) + b;
    }

    /** {@code BLI_easing_quad_ease_in_out}. */
    public static float quadInOut(float t, float b, float c, float d) {
        t /= d / 2;
        if (t < 1.0f) {
            return c / 2 * t * t + b;
        }
        t -= 1.0f;
        return -c / 2 * (t * (t - 2) - 1) + b;
    }

    /** {@code BLI_easing_quart_ease_in}. */
    public static float quartIn(float t, float b, float c, float d) {
        t /= d;
        return c * t * t * t * t + b;
    }

    /** {@code BLI_easing_quart_ease_out}. */
    public static float quartOut(float t, float b, float c, float d) {
        t = t / d - 1;
        return -c * (t * t * t * t - 1) + b;
    }

    /** {@code BLI_easing_quart_ease_in_out}. */
    public static float quartInOut(float t, float b, float c, float d) {
        t /= d / 2;
        if (t < 1.0f) {
            return c / 2 * t * t * t * t + b;
        }
        t -= 2.0f;
        return -c / 2 * (t * t * t * t - 2) + b;
    }

    /** {@code BLI_easing_quint_ease_in}. */
    public static float quintIn(float t, float b, float c, float d) {
        t /= d;
        return c * t * t * t * t * t + b;
    }

    /** {@code BLI_easing_quint_ease_out}. */
    public static float quintOut(float t, float b, float c, float d) {
        t = t / d - 1;
        return c * (t * t * t * t * t + 1) + b;
    }

    /** {@code BLI_easing_quint_ease_in_out}. */
    public static float quintInOut(float t, float b, float c, float d) {
        t /= d / 2;
        if (t < 1.0f) {
            return c / 2 * t * t * t * t * t + b;
        }
        t -= 2.0f;
        return c / 2 * (t * t * t * t * t + 2) + b;
    }

    /** {@code BLI_easing_sine_ease_in}. */
    public static float sineIn(float t, float b, float c, float d) {
        return -c * cosf(t / d * HALF_PI) + c + b;
    }

    /** {@code BLI_easing_sine_ease_out}. */
    public static float sineOut(float t, float b, float c, float d) {
        return c * sinf(t / d * HALF_PI) + b;
    }

    /** {@code BLI_easing_sine_ease_in_out}. */
    public static float sineInOut(float t, float b, float c, float d) {
        return -c / 2 * (cosf(PI * t / d) - 1) + b;
    }
}
