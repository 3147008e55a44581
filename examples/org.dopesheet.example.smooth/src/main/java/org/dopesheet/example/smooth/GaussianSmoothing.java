package org.dopesheet.example.smooth;

import java.util.ArrayList;
import java.util.List;
import org.dopesheet.anim.FCurveEvaluation;
import org.dopesheet.model.FCurve;

/**
 * Gaussian smoothing of runs of selected keys, as Blender's Graph Editor does it
 * ({@code graph.gaussian_smooth}: {@code ED_ANIM_get_1d_gauss_kernel}, {@code find_fcurve_segments},
 * {@code sample_fcurve_segment} and {@code smooth_fcurve_segment} of {@code keyframes_general.cc}).
 * <p>
 * A curve's selected keys form <em>segments</em>, runs of consecutive keys whose control point is
 * selected. Each segment is sampled once per frame, from {@code filterWidth} frames before its
 * first key to {@code filterWidth} frames after its last one, by evaluating the curve (so its
 * neighbours, unselected keys and extrapolation take part). Every key of the segment then gets the
 * kernel-weighted average of the samples around its frame, blended with the sample at its frame
 * by {@code factor}; its handles move with it. Segments are processed in order, each sampled after
 * the previous one was smoothed, and the caller recalculates the handles afterwards.
 */
public final class GaussianSmoothing {

    /** A run of consecutive selected keys: indices {@code start .. start + length - 1}. */
    public record Segment(int start, int length) {
    }

    private GaussianSmoothing() {
    }

    /**
     * Blender's {@code ED_ANIM_get_1d_gauss_kernel}: one half of a symmetric Gaussian kernel of
     * {@code size} weights ({@code [0]} is the centre), for indices normalised to {@code [0, 1]},
     * normalised so that the centre plus twice every other weight sums to 1.
     *
     * @param sigma the shape; smaller is sharper (must be positive)
     * @param size  the number of weights, {@code filter_width + 1} (at least 2)
     */
    public static double[] kernel(float sigma, int size) {
        if (!(sigma > 0) || size < 2) {
            throw new IllegalArgumentException("sigma " + sigma + " must be positive and size " + size + " at least 2");
        }
        double[] kernel = new double[size];
        double sigmaSq = 2.0 * sigma * sigma;
        double sum = 0.0;
        for (int i = 0; i < size; i++) {
            double normalizedIndex = (double) i / (size - 1);
            kernel[i] = Math.exp(-normalizedIndex * normalizedIndex / sigmaSq);
            sum += i == 0 ? kernel[i] : 2.0 * kernel[i];
        }
        for (int i = 0; i < size; i++) {
            kernel[i] /= sum;
        }
        return kernel;
    }

    /** Blender's {@code find_fcurve_segments}: the runs of keys whose control point is selected, in order. */
    public static List<Segment> segments(FCurve curve) {
        List<Segment> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < curve.size(); i++) {
            if (curve.selected(i)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                out.add(new Segment(start, i - start));
                start = -1;
            }
        }
        if (start >= 0) {
            out.add(new Segment(start, curve.size() - start));
        }
        return out;
    }

    /**
     * Smooths every segment of a curve.
     *
     * @param factor      0 keeps the values, 1 takes the smoothed values (values above 1 overshoot)
     * @param kernel      from {@link #kernel}, of {@code filterWidth + 1} weights
     * @param filterWidth how many frames to each side are averaged
     * @return the number of keys given a new value
     */
    public static int smooth(FCurve curve, float factor, double[] kernel, int filterWidth) {
        if (kernel.length != filterWidth + 1) {
            throw new IllegalArgumentException("kernel of " + kernel.length + " weights for filter width " + filterWidth);
        }
        int smoothed = 0;
        for (Segment segment : segments(curve)) {
            float leftX = curve.x(segment.start());
            float rightX = curve.x(segment.start() + segment.length() - 1);
            int count = (int) (rightX - leftX) + (filterWidth * 2 + 1);
            float[] samples = sample(curve, leftX - filterWidth, count);
            smoothSegment(curve, segment, samples, factor, filterWidth, kernel);
            smoothed += segment.length();
        }
        return smoothed;
    }

    /** Blender's {@code sample_fcurve_segment} at one sample per frame. */
    static float[] sample(FCurve curve, float startFrame, int count) {
        float[] samples = new float[count];
        for (int i = 0; i < count; i++) {
            samples[i] = FCurveEvaluation.evaluate(curve, startFrame + i);
        }
        return samples;
    }

    /** Blender's {@code smooth_fcurve_segment}; {@code samples[filterWidth]} is the segment's first key frame. */
    static void smoothSegment(FCurve curve, Segment segment, float[] samples, float factor, int filterWidth,
            double[] kernel) {
        float startX = curve.x(segment.start());
        for (int i = segment.start(); i < segment.start() + segment.length(); i++) {
            // rounded, not truncated: a key a hair before a whole frame takes that frame's sample
            int index = (int) Math.round((double) (curve.x(i) - startX)) + filterWidth;
            double filtered = samples[index] * kernel[0];
            for (int j = 1; j <= filterWidth; j++) {
                filtered += samples[index + j] * kernel[j];
                filtered += samples[index - j] * kernel[j];
            }
            float value = interpf((float) filtered, samples[index], factor);
            moveValueWithHandles(curve, i, value);
        }
    }

    /** Blender's {@code interpf}: {@code target} weighted by {@code t}, {@code origin} by {@code 1 - t}. */
    static float interpf(float target, float origin, float t) {
        return t * target + (1.0f - t) * origin;
    }

    /** Blender's {@code BKE_fcurve_keyframe_move_value_with_handles}. */
    static void moveValueWithHandles(FCurve curve, int i, float value) {
        float delta = value - curve.y(i);
        curve.setLeft(i, curve.leftX(i), curve.leftY(i) + delta);
        curve.setY(i, value);
        curve.setRight(i, curve.rightX(i), curve.rightY(i) + delta);
    }
}
