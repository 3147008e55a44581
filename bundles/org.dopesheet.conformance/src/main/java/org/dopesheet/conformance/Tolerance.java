package org.dopesheet.conformance;

import java.util.Map;

/**
 * Float tolerances of a vector: {@code |a - b| <= abs + rel · max(|a|, |b|)}, with separate values
 * for state and for {@code fcurve.evaluate} values.
 */
public record Tolerance(double abs, double rel, double evaluateAbs, double evaluateRel) {
    /** FORMAT.md's defaults. */
    public static final Tolerance DEFAULT = new Tolerance(1e-4, 1e-5, 1e-3, 1e-4);

    /** Reads a vector's {@code tolerance} object (missing fields take the defaults). */
    public static Tolerance of(Object tree) {
        if (!(tree instanceof Map)) {
            return DEFAULT;
        }
        Map<?, ?> m = (Map<?, ?>) tree;
        return new Tolerance(num(m.get("abs"), DEFAULT.abs), num(m.get("rel"), DEFAULT.rel),
                num(m.get("evaluate_abs"), DEFAULT.evaluateAbs), num(m.get("evaluate_rel"), DEFAULT.evaluateRel));
    }

    private static double num(Object o, double fallback) {
        return o instanceof Number ? ((Number) o).doubleValue() : fallback;
    }
}
