package org.dopesheet.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Scene settings the operators read: frame rate, frame range, current frame, preview range, markers.
 */
public final class Scene extends ModelNode {
    private int fps = 24;
    private float fpsBase = 1f;
    private int frameStart = 1;
    private int frameEnd = 250;
    private int frameCurrent = 1;
    private float subframe;
    private boolean usePreviewRange;
    private int previewStart;
    private int previewEnd;
    private KeyframeType keyframeType = KeyframeType.KEYFRAME;
    private boolean nlaTweakmode;
    private ArrayList<Marker> markers = new ArrayList<>();

    /** frames per second (render.fps) */
    public int fps() {
        return fps;
    }

    /** Sets: frames per second (render.fps) */
    public Scene setFps(int fps) {
        changing();
        this.fps = fps;
        return this;
    }

    /** frame rate base (render.fps_base) */
    public float fpsBase() {
        return fpsBase;
    }

    /** Sets: frame rate base (render.fps_base) */
    public Scene setFpsBase(float fpsBase) {
        changing();
        this.fpsBase = fpsBase;
        return this;
    }

    /** first frame of the scene range */
    public int frameStart() {
        return frameStart;
    }

    /** Sets: first frame of the scene range */
    public Scene setFrameStart(int frameStart) {
        changing();
        this.frameStart = frameStart;
        return this;
    }

    /** last frame of the scene range */
    public int frameEnd() {
        return frameEnd;
    }

    /** Sets: last frame of the scene range */
    public Scene setFrameEnd(int frameEnd) {
        changing();
        this.frameEnd = frameEnd;
        return this;
    }

    /** current frame */
    public int frameCurrent() {
        return frameCurrent;
    }

    /** Sets: current frame */
    public Scene setFrameCurrent(int frameCurrent) {
        changing();
        this.frameCurrent = frameCurrent;
        return this;
    }

    /** sub-frame of the current frame */
    public float subframe() {
        return subframe;
    }

    /** Sets: sub-frame of the current frame */
    public Scene setSubframe(float subframe) {
        changing();
        this.subframe = subframe;
        return this;
    }

    /** whether the preview range is on */
    public boolean usePreviewRange() {
        return usePreviewRange;
    }

    /** Sets: whether the preview range is on */
    public Scene setUsePreviewRange(boolean usePreviewRange) {
        changing();
        this.usePreviewRange = usePreviewRange;
        return this;
    }

    /** preview range start */
    public int previewStart() {
        return previewStart;
    }

    /** Sets: preview range start */
    public Scene setPreviewStart(int previewStart) {
        changing();
        this.previewStart = previewStart;
        return this;
    }

    /** preview range end */
    public int previewEnd() {
        return previewEnd;
    }

    /** Sets: preview range end */
    public Scene setPreviewEnd(int previewEnd) {
        changing();
        this.previewEnd = previewEnd;
        return this;
    }

    /** type given to inserted keys (tool_settings.keyframe_type) */
    public KeyframeType keyframeType() {
        return keyframeType;
    }

    /** Sets: type given to inserted keys (tool_settings.keyframe_type) */
    public Scene setKeyframeType(KeyframeType keyframeType) {
        changing();
        this.keyframeType = keyframeType;
        return this;
    }

    /** scene flag SCE_NLA_EDIT_ON */
    public boolean nlaTweakmode() {
        return nlaTweakmode;
    }

    /** Sets: scene flag SCE_NLA_EDIT_ON */
    public Scene setNlaTweakmode(boolean nlaTweakmode) {
        changing();
        this.nlaTweakmode = nlaTweakmode;
        return this;
    }

    /** scene timeline markers (read-only view, in order). */
    public List<Marker> markers() {
        return Collections.unmodifiableList(markers);
    }

    /** Inserts at {@code index} ({@code -1} or the size: append). Returns the element. */
    public Marker addMarker(int index, Marker e) {
        changing();
        markers.add(index < 0 ? markers.size() : index, adopt(e));
        return e;
    }

    /** Appends. Returns the element. */
    public Marker addMarker(Marker e) {
        return addMarker(-1, e);
    }

    /** Removes the element (by identity); returns whether it was present. */
    public boolean removeMarker(Marker e) {
        int i = indexOfMarker(e);
        if (i < 0) {
            return false;
        }
        changing();
        markers.remove(i);
        return true;
    }

    /** Index by identity, or -1. */
    public int indexOfMarker(Marker e) {
        for (int i = 0; i < markers.size(); i++) {
            if (markers.get(i) == e) {
                return i;
            }
        }
        return -1;
    }

    /** Moves the element at {@code from} to {@code to}. */
    public void moveMarker(int from, int to) {
        changing();
        markers.add(to, markers.remove(from));
    }

    /** Frame rate {@code fps / fps_base}, as Blender's FPS macro computes it (in double). */
    public double frameRate() {
        return fps / (double) fpsBase;
    }


    @Override
    List<? extends ModelNode> children() {
        return markers;
    }

    @Override
    Object snapshot() {
        return new Object[] {fps, fpsBase, frameStart, frameEnd, frameCurrent, subframe, usePreviewRange, previewStart, previewEnd, keyframeType, nlaTweakmode, new ArrayList<>(markers)};
    }

    @Override
    @SuppressWarnings("unchecked")
    void restore(Object snapshot) {
        Object[] s = (Object[]) snapshot;
        fps = (Integer) s[0];
        fpsBase = (Float) s[1];
        frameStart = (Integer) s[2];
        frameEnd = (Integer) s[3];
        frameCurrent = (Integer) s[4];
        subframe = (Float) s[5];
        usePreviewRange = (Boolean) s[6];
        previewStart = (Integer) s[7];
        previewEnd = (Integer) s[8];
        keyframeType = (KeyframeType) s[9];
        nlaTweakmode = (Boolean) s[10];
        markers = new ArrayList<>((List<Marker>) s[11]);
    }
}
