package org.dopesheet.model;

import java.util.List;

/**
 * An NLA strip: an action clip (or transition, meta, sound strip) placed in scene time.
 */
public final class NlaStrip extends ModelNode {
    private String name = "";
    private StripType type = StripType.CLIP;
    private Action action;
    private float frameStart;
    private float frameEnd;
    private float actionFrameStart;
    private float actionFrameEnd;
    private float scale = 1f;
    private float repeat = 1f;
    private BlendType blendType = BlendType.REPLACE;
    private NlaExtrapolation extrapolation = NlaExtrapolation.HOLD;
    private float blendIn;
    private float blendOut;
    private boolean useAutoBlend;
    private boolean useReverse;
    private boolean useSyncLength;
    private float influence = 1f;
    private boolean mute;
    private boolean select;
    private boolean active;
    private boolean tweakUser;

    /** A new strip. */
    public NlaStrip(String name) {
        this.name = name;
    }

    /** strip name */
    public String name() {
        return name;
    }

    /** Sets: strip name */
    public NlaStrip setName(String name) {
        changing();
        this.name = name;
        return this;
    }

    /** strip type */
    public StripType type() {
        return type;
    }

    /** Sets: strip type */
    public NlaStrip setType(StripType type) {
        changing();
        this.type = type;
        return this;
    }

    /** the clip's action, or null */
    public Action action() {
        return action;
    }

    /** Sets: the clip's action, or null */
    public NlaStrip setAction(Action action) {
        changing();
        this.action = action;
        return this;
    }

    /** start frame in scene time */
    public float frameStart() {
        return frameStart;
    }

    /** Sets: start frame in scene time */
    public NlaStrip setFrameStart(float frameStart) {
        changing();
        this.frameStart = frameStart;
        return this;
    }

    /** end frame in scene time */
    public float frameEnd() {
        return frameEnd;
    }

    /** Sets: end frame in scene time */
    public NlaStrip setFrameEnd(float frameEnd) {
        changing();
        this.frameEnd = frameEnd;
        return this;
    }

    /** first frame of the action range used */
    public float actionFrameStart() {
        return actionFrameStart;
    }

    /** Sets: first frame of the action range used */
    public NlaStrip setActionFrameStart(float actionFrameStart) {
        changing();
        this.actionFrameStart = actionFrameStart;
        return this;
    }

    /** last frame of the action range used */
    public float actionFrameEnd() {
        return actionFrameEnd;
    }

    /** Sets: last frame of the action range used */
    public NlaStrip setActionFrameEnd(float actionFrameEnd) {
        changing();
        this.actionFrameEnd = actionFrameEnd;
        return this;
    }

    /** time scale */
    public float scale() {
        return scale;
    }

    /** Sets: time scale */
    public NlaStrip setScale(float scale) {
        changing();
        this.scale = scale;
        return this;
    }

    /** number of repetitions */
    public float repeat() {
        return repeat;
    }

    /** Sets: number of repetitions */
    public NlaStrip setRepeat(float repeat) {
        changing();
        this.repeat = repeat;
        return this;
    }

    /** blending */
    public BlendType blendType() {
        return blendType;
    }

    /** Sets: blending */
    public NlaStrip setBlendType(BlendType blendType) {
        changing();
        this.blendType = blendType;
        return this;
    }

    /** extrapolation */
    public NlaExtrapolation extrapolation() {
        return extrapolation;
    }

    /** Sets: extrapolation */
    public NlaStrip setExtrapolation(NlaExtrapolation extrapolation) {
        changing();
        this.extrapolation = extrapolation;
        return this;
    }

    /** blend-in frames */
    public float blendIn() {
        return blendIn;
    }

    /** Sets: blend-in frames */
    public NlaStrip setBlendIn(float blendIn) {
        changing();
        this.blendIn = blendIn;
        return this;
    }

    /** blend-out frames */
    public float blendOut() {
        return blendOut;
    }

    /** Sets: blend-out frames */
    public NlaStrip setBlendOut(float blendOut) {
        changing();
        this.blendOut = blendOut;
        return this;
    }

    /** automatic blend in/out */
    public boolean useAutoBlend() {
        return useAutoBlend;
    }

    /** Sets: automatic blend in/out */
    public NlaStrip setUseAutoBlend(boolean useAutoBlend) {
        changing();
        this.useAutoBlend = useAutoBlend;
        return this;
    }

    /** play reversed */
    public boolean useReverse() {
        return useReverse;
    }

    /** Sets: play reversed */
    public NlaStrip setUseReverse(boolean useReverse) {
        changing();
        this.useReverse = useReverse;
        return this;
    }

    /** sync action length */
    public boolean useSyncLength() {
        return useSyncLength;
    }

    /** Sets: sync action length */
    public NlaStrip setUseSyncLength(boolean useSyncLength) {
        changing();
        this.useSyncLength = useSyncLength;
        return this;
    }

    /** influence */
    public float influence() {
        return influence;
    }

    /** Sets: influence */
    public NlaStrip setInfluence(float influence) {
        changing();
        this.influence = influence;
        return this;
    }

    /** muted */
    public boolean mute() {
        return mute;
    }

    /** Sets: muted */
    public NlaStrip setMute(boolean mute) {
        changing();
        this.mute = mute;
        return this;
    }

    /** selected */
    public boolean select() {
        return select;
    }

    /** Sets: selected */
    public NlaStrip setSelect(boolean select) {
        changing();
        this.select = select;
        return this;
    }

    /** active strip */
    public boolean active() {
        return active;
    }

    /** Sets: active strip */
    public NlaStrip setActive(boolean active) {
        changing();
        this.active = active;
        return this;
    }

    /** NLASTRIP_FLAG_TWEAKUSER */
    public boolean tweakUser() {
        return tweakUser;
    }

    /** Sets: NLASTRIP_FLAG_TWEAKUSER */
    public NlaStrip setTweakUser(boolean tweakUser) {
        changing();
        this.tweakUser = tweakUser;
        return this;
    }


    @Override
    List<? extends ModelNode> children() {
        return List.of();
    }

    @Override
    Object snapshot() {
        return new Object[] {name, type, action, frameStart, frameEnd, actionFrameStart, actionFrameEnd, scale, repeat, blendType, extrapolation, blendIn, blendOut, useAutoBlend, useReverse, useSyncLength, influence, mute, select, active, tweakUser};
    }

    @Override
    @SuppressWarnings("unchecked")
    void restore(Object snapshot) {
        Object[] s = (Object[]) snapshot;
        name = (String) s[0];
        type = (StripType) s[1];
        action = (Action) s[2];
        frameStart = (Float) s[3];
        frameEnd = (Float) s[4];
        actionFrameStart = (Float) s[5];
        actionFrameEnd = (Float) s[6];
        scale = (Float) s[7];
        repeat = (Float) s[8];
        blendType = (BlendType) s[9];
        extrapolation = (NlaExtrapolation) s[10];
        blendIn = (Float) s[11];
        blendOut = (Float) s[12];
        useAutoBlend = (Boolean) s[13];
        useReverse = (Boolean) s[14];
        useSyncLength = (Boolean) s[15];
        influence = (Float) s[16];
        mute = (Boolean) s[17];
        select = (Boolean) s[18];
        active = (Boolean) s[19];
        tweakUser = (Boolean) s[20];
    }
}
