package org.dopesheet.model;

import java.util.List;

/**
 * User preferences that operators read (FORMAT.md 2.2), with Blender's factory defaults.
 */
public final class Preferences extends ModelNode {
    private Interpolation keyframeNewInterpolationType = Interpolation.BEZIER;
    private HandleType keyframeNewHandleType = HandleType.AUTO_CLAMPED;
    private AutoSmoothing fcurveNewAutoSmoothing = AutoSmoothing.CONT_ACCEL;
    private boolean useKeyframeInsertNeeded;
    private boolean useVisualKeying;
    private ViewFrameType viewFrameType = ViewFrameType.KEEP_RANGE;
    private int viewFrameKeyframes;
    private float viewFrameSeconds;
    private int smoothView;

    /** interpolation of new keys */
    public Interpolation keyframeNewInterpolationType() {
        return keyframeNewInterpolationType;
    }

    /** Sets: interpolation of new keys */
    public Preferences setKeyframeNewInterpolationType(Interpolation keyframeNewInterpolationType) {
        changing();
        this.keyframeNewInterpolationType = keyframeNewInterpolationType;
        return this;
    }

    /** handle type of new keys */
    public HandleType keyframeNewHandleType() {
        return keyframeNewHandleType;
    }

    /** Sets: handle type of new keys */
    public Preferences setKeyframeNewHandleType(HandleType keyframeNewHandleType) {
        changing();
        this.keyframeNewHandleType = keyframeNewHandleType;
        return this;
    }

    /** auto smoothing of new F-Curves */
    public AutoSmoothing fcurveNewAutoSmoothing() {
        return fcurveNewAutoSmoothing;
    }

    /** Sets: auto smoothing of new F-Curves */
    public Preferences setFcurveNewAutoSmoothing(AutoSmoothing fcurveNewAutoSmoothing) {
        changing();
        this.fcurveNewAutoSmoothing = fcurveNewAutoSmoothing;
        return this;
    }

    /** only insert needed keys */
    public boolean useKeyframeInsertNeeded() {
        return useKeyframeInsertNeeded;
    }

    /** Sets: only insert needed keys */
    public Preferences setUseKeyframeInsertNeeded(boolean useKeyframeInsertNeeded) {
        changing();
        this.useKeyframeInsertNeeded = useKeyframeInsertNeeded;
        return this;
    }

    /** visual keying */
    public boolean useVisualKeying() {
        return useVisualKeying;
    }

    /** Sets: visual keying */
    public Preferences setUseVisualKeying(boolean useVisualKeying) {
        changing();
        this.useVisualKeying = useVisualKeying;
        return this;
    }

    /** view_frame range mode */
    public ViewFrameType viewFrameType() {
        return viewFrameType;
    }

    /** Sets: view_frame range mode */
    public Preferences setViewFrameType(ViewFrameType viewFrameType) {
        changing();
        this.viewFrameType = viewFrameType;
        return this;
    }

    /** view_frame keyframe count */
    public int viewFrameKeyframes() {
        return viewFrameKeyframes;
    }

    /** Sets: view_frame keyframe count */
    public Preferences setViewFrameKeyframes(int viewFrameKeyframes) {
        changing();
        this.viewFrameKeyframes = viewFrameKeyframes;
        return this;
    }

    /** view_frame seconds */
    public float viewFrameSeconds() {
        return viewFrameSeconds;
    }

    /** Sets: view_frame seconds */
    public Preferences setViewFrameSeconds(float viewFrameSeconds) {
        changing();
        this.viewFrameSeconds = viewFrameSeconds;
        return this;
    }

    /** smooth view duration in ms (0: immediate) */
    public int smoothView() {
        return smoothView;
    }

    /** Sets: smooth view duration in ms (0: immediate) */
    public Preferences setSmoothView(int smoothView) {
        changing();
        this.smoothView = smoothView;
        return this;
    }


    @Override
    List<? extends ModelNode> children() {
        return List.of();
    }

    @Override
    Object snapshot() {
        return new Object[] {keyframeNewInterpolationType, keyframeNewHandleType, fcurveNewAutoSmoothing, useKeyframeInsertNeeded, useVisualKeying, viewFrameType, viewFrameKeyframes, viewFrameSeconds, smoothView};
    }

    @Override
    @SuppressWarnings("unchecked")
    void restore(Object snapshot) {
        Object[] s = (Object[]) snapshot;
        keyframeNewInterpolationType = (Interpolation) s[0];
        keyframeNewHandleType = (HandleType) s[1];
        fcurveNewAutoSmoothing = (AutoSmoothing) s[2];
        useKeyframeInsertNeeded = (Boolean) s[3];
        useVisualKeying = (Boolean) s[4];
        viewFrameType = (ViewFrameType) s[5];
        viewFrameKeyframes = (Integer) s[6];
        viewFrameSeconds = (Float) s[7];
        smoothView = (Integer) s[8];
    }
}
