package org.dopesheet.context;

import org.dopesheet.model.EditorState;

/**
 * Channel-row geometry of the Dope Sheet (Blender's {@code ED_anim_api.h} macros), computed in
 * 32-bit floats like Blender: row {@code i} spans {@code [firstTop - (i+1)·step, firstTop - i·step]}
 * in view y.
 *
 * @param firstTop top of the first row in view space ({@code -scale_y · time_scrub_margin_y - skip})
 * @param height   row height ({@code 0.8 · widget_unit})
 * @param skip     gap between rows ({@code 0.1 · widget_unit})
 * @param step     {@code height + skip}
 */
public record ChannelGeometry(float firstTop, float height, float skip, float step) {

    /** Geometry of the editor's current UI scale and view. */
    public static ChannelGeometry of(EditorState e) {
        float scaleY = (float) (e.maskYmax() - e.maskYmin()) / (e.curYmax() - e.curYmin());
        float height = 0.8f * e.widgetUnit();
        float skip = 0.1f * e.widgetUnit();
        float step = height + skip;
        float firstTop = scaleY * -e.timeScrubMarginY() - skip;
        return new ChannelGeometry(firstTop, height, skip, step);
    }

    /** Top (ymax) of row {@code i}. */
    public float rowTop(int i) {
        return firstTop - i * step;
    }

    /** Bottom (ymin) of row {@code i}. */
    public float rowBottom(int i) {
        return rowTop(i) - step;
    }

    /** The row index under view y ({@code floor((firstTop - y) / step)}); may be out of range. */
    public int rowAt(float viewY) {
        return (int) Math.floor((firstTop - viewY) / step);
    }
}
