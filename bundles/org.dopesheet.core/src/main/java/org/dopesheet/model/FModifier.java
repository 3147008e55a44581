package org.dopesheet.model;

import java.util.List;

/**
 * An F-Curve modifier: the fields every modifier has (RNA {@code FModifier}); concrete types add
 * their own ({@link CyclesModifier}; {@link GenericModifier} keeps any other type's properties).
 */
public abstract class FModifier extends ModelNode {
    private boolean mute, active, useRestrictedRange, useInfluence;
    private float frameStart, frameEnd, blendIn, blendOut, influence = 1f;

    /** RNA type identifier, e.g. {@code CYCLES}. */
    public abstract String type();

    /**
     * Whether this modifier is of Blender's "generate curve" class ({@code FMI_TYPE_GENERATE_CURVE}:
     * Generator, Built-In Function, Limits, Stepped, Python), which keeps an F-Curve without keys
     * from being empty.
     */
    public boolean generatesCurve() {
        switch (type()) {
            case "GENERATOR":
            case "FNGENERATOR":
            case "LIMITS":
            case "STEPPED":
            case "PYTHON":
                return true;
            default:
                return false;
        }
    }

    /** A detached deep copy. */
    public abstract FModifier copy();

    public boolean mute() {
        return mute;
    }

    public FModifier setMute(boolean v) {
        changing();
        mute = v;
        return this;
    }

    public boolean active() {
        return active;
    }

    public FModifier setActive(boolean v) {
        changing();
        active = v;
        return this;
    }

    public boolean useRestrictedRange() {
        return useRestrictedRange;
    }

    public FModifier setUseRestrictedRange(boolean v) {
        changing();
        useRestrictedRange = v;
        return this;
    }

    public float frameStart() {
        return frameStart;
    }

    public FModifier setFrameStart(float v) {
        changing();
        frameStart = v;
        return this;
    }

    public float frameEnd() {
        return frameEnd;
    }

    public FModifier setFrameEnd(float v) {
        changing();
        frameEnd = v;
        return this;
    }

    public float blendIn() {
        return blendIn;
    }

    public FModifier setBlendIn(float v) {
        changing();
        blendIn = v;
        return this;
    }

    public float blendOut() {
        return blendOut;
    }

    public FModifier setBlendOut(float v) {
        changing();
        blendOut = v;
        return this;
    }

    public boolean useInfluence() {
        return useInfluence;
    }

    public FModifier setUseInfluence(boolean v) {
        changing();
        useInfluence = v;
        return this;
    }

    public float influence() {
        return influence;
    }

    public FModifier setInfluence(float v) {
        changing();
        influence = v;
        return this;
    }

    /** Copies the common fields into {@code target}. */
    protected final <M extends FModifier> M copyCommonInto(M target) {
        FModifier t = target;
        t.mute = mute;
        t.active = active;
        t.useRestrictedRange = useRestrictedRange;
        t.useInfluence = useInfluence;
        t.frameStart = frameStart;
        t.frameEnd = frameEnd;
        t.blendIn = blendIn;
        t.blendOut = blendOut;
        t.influence = influence;
        return target;
    }

    @Override
    List<? extends ModelNode> children() {
        return List.of();
    }

    /** Snapshot of the common fields followed by {@link #ownState()}. */
    @Override
    final Object snapshot() {
        return new Object[] {mute, active, useRestrictedRange, useInfluence, frameStart, frameEnd, blendIn, blendOut,
            influence, ownState()};
    }

    @Override
    final void restore(Object snapshot) {
        Object[] s = (Object[]) snapshot;
        mute = (Boolean) s[0];
        active = (Boolean) s[1];
        useRestrictedRange = (Boolean) s[2];
        useInfluence = (Boolean) s[3];
        frameStart = (Float) s[4];
        frameEnd = (Float) s[5];
        blendIn = (Float) s[6];
        blendOut = (Float) s[7];
        influence = (Float) s[8];
        restoreOwnState(s[9]);
    }

    /** The subtype's own state (immutable or copied). */
    abstract Object ownState();

    abstract void restoreOwnState(Object state);
}
