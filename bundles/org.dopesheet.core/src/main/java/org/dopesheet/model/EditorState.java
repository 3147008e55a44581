package org.dopesheet.model;

import java.util.List;

/**
 * The state of the Dope Sheet editor an operator runs in: mode, displayed action, marker and
 * channel filter options, and the main region's View2D ({@code cur} in view space, {@code mask}
 * in region pixels) with the UI scale the row geometry derives from.
 */
public final class EditorState extends ModelNode {
    private EditorMode mode = EditorMode.ACTION;
    private Action action;
    private boolean showPoseMarkers, showMarkers = true, useMarkerSync;
    private boolean showOnlySelected = true, showHidden, showSummary = true, showExpandedSummary = true,
            useDatablockSort = true;
    private int regionWidth = 397, regionHeight = 873;
    private float curXmin = -9, curXmax = 260, curYmin = -873, curYmax = 0;
    private int maskXmin = 0, maskXmax = 396, maskYmin = 0, maskYmax = 872;
    private int widgetUnit = 20;
    private float dpiFac = 1f, timeScrubMarginY = 23f;

    public EditorMode mode() {
        return mode;
    }

    public EditorState setMode(EditorMode v) {
        changing();
        mode = v;
        return this;
    }

    /** The action the editor shows ({@code SpaceDopeSheetEditor.action}), or null. */
    public Action action() {
        return action;
    }

    public EditorState setAction(Action v) {
        changing();
        action = v;
        return this;
    }

    public boolean showPoseMarkers() {
        return showPoseMarkers;
    }

    public EditorState setShowPoseMarkers(boolean v) {
        changing();
        showPoseMarkers = v;
        return this;
    }

    /** "Sync Markers" ({@code SACTION_MARKERS_MOVE}): marker edits follow key selection tools. Off by default. */
    public boolean useMarkerSync() {
        return useMarkerSync;
    }

    public EditorState setUseMarkerSync(boolean v) {
        changing();
        useMarkerSync = v;
        return this;
    }

    public boolean showMarkers() {
        return showMarkers;
    }

    public EditorState setShowMarkers(boolean v) {
        changing();
        showMarkers = v;
        return this;
    }

    /** Dope sheet filter "Only Show Selected" (objects, and bones of pose-bone curves). */
    public boolean showOnlySelected() {
        return showOnlySelected;
    }

    public EditorState setShowOnlySelected(boolean v) {
        changing();
        showOnlySelected = v;
        return this;
    }

    /** Dope sheet filter "Show Hidden" (hidden bones). */
    public boolean showHidden() {
        return showHidden;
    }

    public EditorState setShowHidden(boolean v) {
        changing();
        showHidden = v;
        return this;
    }

    public boolean showSummary() {
        return showSummary;
    }

    public EditorState setShowSummary(boolean v) {
        changing();
        showSummary = v;
        return this;
    }

    public boolean showExpandedSummary() {
        return showExpandedSummary;
    }

    public EditorState setShowExpandedSummary(boolean v) {
        changing();
        showExpandedSummary = v;
        return this;
    }

    public boolean useDatablockSort() {
        return useDatablockSort;
    }

    public EditorState setUseDatablockSort(boolean v) {
        changing();
        useDatablockSort = v;
        return this;
    }

    public int regionWidth() {
        return regionWidth;
    }

    public int regionHeight() {
        return regionHeight;
    }

    /** Sets the main region size in pixels (the mask becomes {@code (0, w-1, 0, h-1)}). */
    public EditorState setRegion(int width, int height) {
        changing();
        regionWidth = width;
        regionHeight = height;
        maskXmin = 0;
        maskXmax = width - 1;
        maskYmin = 0;
        maskYmax = height - 1;
        return this;
    }

    public float curXmin() {
        return curXmin;
    }

    public float curXmax() {
        return curXmax;
    }

    public float curYmin() {
        return curYmin;
    }

    public float curYmax() {
        return curYmax;
    }

    /** Sets the visible view rectangle. */
    public EditorState setCur(float xmin, float xmax, float ymin, float ymax) {
        changing();
        curXmin = xmin;
        curXmax = xmax;
        curYmin = ymin;
        curYmax = ymax;
        return this;
    }

    public int maskXmin() {
        return maskXmin;
    }

    public int maskXmax() {
        return maskXmax;
    }

    public int maskYmin() {
        return maskYmin;
    }

    public int maskYmax() {
        return maskYmax;
    }

    /** Sets the region pixel rectangle explicitly. */
    public EditorState setMask(int xmin, int xmax, int ymin, int ymax) {
        changing();
        maskXmin = xmin;
        maskXmax = xmax;
        maskYmin = ymin;
        maskYmax = ymax;
        return this;
    }

    public int widgetUnit() {
        return widgetUnit;
    }

    public float dpiFac() {
        return dpiFac;
    }

    public float timeScrubMarginY() {
        return timeScrubMarginY;
    }

    /** Sets the UI scale values the channel-row geometry uses. */
    public EditorState setUi(int widgetUnit, float dpiFac, float timeScrubMarginY) {
        changing();
        this.widgetUnit = widgetUnit;
        this.dpiFac = dpiFac;
        this.timeScrubMarginY = timeScrubMarginY;
        return this;
    }

    @Override
    List<? extends ModelNode> children() {
        return List.of();
    }

    @Override
    Object snapshot() {
        return new Object[] {mode, action, showPoseMarkers, showMarkers, useMarkerSync, showOnlySelected, showHidden, showSummary,
            showExpandedSummary, useDatablockSort, regionWidth, regionHeight,
            new float[] {curXmin, curXmax, curYmin, curYmax}, new int[] {maskXmin, maskXmax, maskYmin, maskYmax},
            widgetUnit, dpiFac, timeScrubMarginY};
    }

    @Override
    void restore(Object snapshot) {
        Object[] s = (Object[]) snapshot;
        mode = (EditorMode) s[0];
        action = (Action) s[1];
        showPoseMarkers = (Boolean) s[2];
        showMarkers = (Boolean) s[3];
        useMarkerSync = (Boolean) s[4];
        showOnlySelected = (Boolean) s[5];
        showHidden = (Boolean) s[6];
        showSummary = (Boolean) s[7];
        showExpandedSummary = (Boolean) s[8];
        useDatablockSort = (Boolean) s[9];
        regionWidth = (Integer) s[10];
        regionHeight = (Integer) s[11];
        float[] c = (float[]) s[12];
        curXmin = c[0];
        curXmax = c[1];
        curYmin = c[2];
        curYmax = c[3];
        int[] m = (int[]) s[13];
        maskXmin = m[0];
        maskXmax = m[1];
        maskYmin = m[2];
        maskYmax = m[3];
        widgetUnit = (Integer) s[14];
        dpiFac = (Float) s[15];
        timeScrubMarginY = (Float) s[16];
    }
}
