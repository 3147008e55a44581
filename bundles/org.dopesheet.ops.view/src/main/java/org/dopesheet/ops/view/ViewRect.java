package org.dopesheet.ops.view;

import org.dopesheet.model.EditorState;

/**
 * The Dope Sheet main region's View2D rules (Blender's {@code UI_view2d_curRect_validate} with
 * the action editor's settings: y zoom locked to the region height, top edge kept, no view above
 * y = 0), and the x margin of framing operators.
 */
final class ViewRect {
    /** Blender's {@code MAXFRAMEF}, the largest view width. */
    static final float MAX_WIDTH = 1048574f;

    private ViewRect() {
    }

    /**
     * Sets {@code cur} and validates it as the action editor's View2D does: the height becomes the
     * region height ({@code V2D_LOCKZOOM_Y}, mask height + 1) growing downwards
     * ({@code V2D_KEEPOFS_Y} with {@code V2D_ALIGN_NO_POS_Y}), the width stays within
     * [0, MAXFRAMEF] around its centre, and a view reaching above y = 0 is moved down.
     */
    static void setValidated(EditorState e, float xmin, float xmax, float ymin, float ymax) {
        float winy = (float) (e.maskYmax() - e.maskYmin()) + 1;
        float width = xmax - xmin;
        float curWidth = width;
        if (width < 0f) {
            width = 0f;
        } else if (width > MAX_WIDTH) {
            width = MAX_WIDTH;
        }
        if (width != curWidth) {
            float cx = (xmin + xmax) / 2f;
            float dh = width * 0.5f;
            xmin = cx - dh;
            xmax = cx + dh;
        }
        float height = ymax - ymin;
        if (winy != height) {
            ymin -= winy - height;
        }
        if (ymax > 0f) {
            float t = ymax;
            ymax -= t;
            ymin -= t;
        }
        e.setCur(xmin, xmax, ymin, ymax);
    }

    /**
     * The x margin added around a framed key range: 12.5 % of the range each side in Blender 3.4;
     * in current Blender ({@code ANIM_frame_range_view2d_add_xmargin}) four keyframe widths (10 px
     * each at the UI scale) converted to frames at the new zoom, at most 12.5 %.
     */
    static float xMargin(EditorState e, float min, float max, boolean blender34) {
        float width = max - min;
        float margin34 = 0.125f * width;
        if (blender34) {
            return margin34;
        }
        float keyframeSize = 10 * e.dpiFac();
        float marginPx = 4 * keyframeSize;
        float targetScale = width / (float) (e.maskXmax() - e.maskXmin());
        return Math.min(marginPx * targetScale, margin34);
    }
}
