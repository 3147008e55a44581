package org.dopesheet.context;

import org.dopesheet.model.EditorState;

/**
 * Mapping between main-region pixels (origin bottom-left) and view space (x = frame, y = channel
 * space), as Blender's {@code UI_view2d_region_to_view} computes it in 32-bit floats.
 */
public final class View2D {
    private final EditorState e;

    public View2D(EditorState editor) {
        this.e = editor;
    }

    /** View x (scene frame) of region pixel x. */
    public float regionToViewX(float x) {
        return e.curXmin() + ((e.curXmax() - e.curXmin()) * (x - e.maskXmin())) / (float) (e.maskXmax() - e.maskXmin());
    }

    /** View y of region pixel y. */
    public float regionToViewY(float y) {
        return e.curYmin() + ((e.curYmax() - e.curYmin()) * (y - e.maskYmin())) / (float) (e.maskYmax() - e.maskYmin());
    }

    /** Region pixel x of view x (may lie outside the region). */
    public float viewToRegionX(float x) {
        return e.maskXmin() + (x - e.curXmin()) * (e.maskXmax() - e.maskXmin()) / (e.curXmax() - e.curXmin());
    }

    /** Region pixel y of view y (may lie outside the region). */
    public float viewToRegionY(float y) {
        return e.maskYmin() + (y - e.curYmin()) * (e.maskYmax() - e.maskYmin()) / (e.curYmax() - e.curYmin());
    }

    /** View units per pixel in x. */
    public float pixelWidth() {
        return (e.curXmax() - e.curXmin()) / (float) (e.maskXmax() - e.maskXmin());
    }
}
