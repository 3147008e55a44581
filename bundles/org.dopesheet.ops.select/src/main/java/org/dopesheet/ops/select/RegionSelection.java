package org.dopesheet.ops.select;

import java.util.List;
import org.dopesheet.context.AnimationContext;
import org.dopesheet.context.Channel;
import org.dopesheet.context.ChannelGeometry;
import org.dopesheet.context.View2D;
import org.dopesheet.edit.KeySelection;
import org.dopesheet.edit.SelectMode;
import org.dopesheet.model.FCurve;

/**
 * Box, circle and lasso selection over the display rows (Blender's {@code box_select_action} and
 * {@code region_select_action_keys}, spec 2.6 and 3.24-3.27). Rows are walked top to bottom with
 * {@code ymax} starting at the first row's top and stepping down one row step at a time, in
 * floats as Blender accumulates them; a row takes part when it overlaps the gesture's view
 * rectangle vertically (touching counts).
 */
final class RegionSelection {
    /** Box sub-modes ({@code ACTKEYS_BORDERSEL_*}). */
    enum BoxMode {
        /** Keys strictly inside the frame range, in rows overlapping the box. */
        ALLKEYS,
        /** Keys strictly inside the frame range, in every row. */
        FRAMERANGE,
        /** Every key of the rows overlapping the box. */
        CHANNELS
    }

    private RegionSelection() {
    }

    /**
     * The box sub-mode: with {@code axisRange}, FRAMERANGE when the box is at least as wide as it
     * is tall in pixels, else CHANNELS; without it ALLKEYS.
     */
    static BoxMode boxMode(boolean axisRange, int xmin, int xmax, int ymin, int ymax) {
        if (!axisRange) {
            return BoxMode.ALLKEYS;
        }
        return (xmax - xmin) >= (ymax - ymin) ? BoxMode.FRAMERANGE : BoxMode.CHANNELS;
    }

    /**
     * Box selection of a region-pixel rectangle: converted to view space with a 2-pixel vertical
     * inset ({@code ymin + 2}, {@code ymax - 2}); frame bounds are mapped to each curve's action
     * time; {@code mode} is ADD or SUBTRACT.
     */
    static void box(AnimationContext anim, int xmin, int xmax, int ymin, int ymax, BoxMode boxMode, SelectMode mode) {
        View2D view = anim.view();
        float x0 = view.regionToViewX(xmin);
        float y0 = view.regionToViewY(ymin + 2);
        float x1 = view.regionToViewX(xmax);
        float y1 = view.regionToViewY(ymax - 2);
        ChannelGeometry geometry = anim.geometry();
        List<Channel> rows = anim.filter(ClickSelection.ROWS);
        float rowTop = geometry.firstTop();
        for (Channel row : rows) {
            float rowBottom = rowTop - geometry.step();
            if (boxMode == BoxMode.FRAMERANGE || overlaps(rowBottom, rowTop, y0, y1)) {
                for (Channel c : anim.curvesOfRow(row)) {
                    FCurve curve = c.fcurve();
                    if (boxMode == BoxMode.CHANNELS) {
                        KeySelection.applyAll(curve, mode);
                    } else {
                        Selections.select(curve, Selections.inFrameRange(c.toAction(x0), c.toAction(x1)), mode);
                    }
                }
            }
            rowTop = rowBottom;
        }
    }

    /** The vertical test {@code !(ymax < rect.ymin || ymin > rect.ymax)}. */
    private static boolean overlaps(float rowBottom, float rowTop, float rectYmin, float rectYmax) {
        return !(rowTop < rectYmin || rowBottom > rectYmax);
    }

    /**
     * The per-key test of circle and lasso selection ({@code BEZT_OK_CHANNEL_CIRCLE} /
     * {@code BEZT_OK_CHANNEL_LASSO}), given the key's position mapped into the gesture's pixel
     * bounding box.
     */
    @FunctionalInterface
    interface PixelTest {
        boolean contains(float px, float py);
    }

    /**
     * Circle or lasso selection (Blender's {@code region_select_action_keys}). {@code pixelBox} is
     * the gesture's bounding box in region pixels ({@code xmin, xmax, ymin, ymax}). For every row
     * overlapping its view rectangle, each key is placed at {@code (key.x, row_mid)} inside the
     * row's rectangle {@code [f1, f2] x [row_bottom, row_top]} ({@code f1, f2}: the view x bounds
     * in the curve's action time); a key inside that rectangle is mapped linearly to the pixel
     * box and selected when {@code test} accepts the mapped point. Since the row's middle maps to
     * the middle of the pixel box, every row is tested along the box's horizontal centre line.
     */
    static void region(AnimationContext anim, float[] pixelBox, PixelTest test, SelectMode mode) {
        View2D view = anim.view();
        float vxmin = view.regionToViewX(pixelBox[0]);
        float vxmax = view.regionToViewX(pixelBox[1]);
        float vymin = view.regionToViewY(pixelBox[2]);
        float vymax = view.regionToViewY(pixelBox[3]);
        ChannelGeometry geometry = anim.geometry();
        List<Channel> rows = anim.filter(ClickSelection.ROWS);
        float rowTop = geometry.firstTop();
        for (Channel row : rows) {
            float rowBottom = rowTop - geometry.step();
            float rowMid = (rowBottom + rowTop) / 2.0f;
            if (overlaps(rowBottom, rowTop, vymin, vymax)) {
                for (Channel c : anim.curvesOfRow(row)) {
                    float f1 = c.toAction(vxmin);
                    float f2 = c.toAction(vxmax);
                    FCurve curve = c.fcurve();
                    for (int i = 0; i < curve.size(); i++) {
                        float x = curve.x(i);
                        if (x < f1 || x > f2 || rowMid < rowBottom || rowMid > rowTop) {
                            continue;
                        }
                        float px = pixelBox[0] + (pixelBox[1] - pixelBox[0]) * ((x - f1) / (f2 - f1));
                        float py = pixelBox[2] + (pixelBox[3] - pixelBox[2]) * ((rowMid - rowBottom) / (rowTop - rowBottom));
                        if (test.contains(px, py)) {
                            KeySelection.apply(curve, i, mode);
                        }
                    }
                }
            }
            rowTop = rowBottom;
        }
    }

    /**
     * Circle selection: the pixel box {@code [x - r, x + r] x [y - r, y + r]}, a mapped key is
     * selected when its squared distance to {@code (x, y)} is strictly below {@code r^2}.
     */
    static void circle(AnimationContext anim, int x, int y, int radius, SelectMode mode) {
        float cx = x, cy = y, r = radius;
        float radiusSquared = r * r;
        float[] box = {cx - r, cx + r, cy - r, cy + r};
        region(anim, box, (px, py) -> {
            float dx = px - cx;
            float dy = py - cy;
            return dx * dx + dy * dy < radiusSquared;
        }, mode);
    }

    /** Lasso selection: the pixel box is the polygon's bounding box; a mapped key must lie inside the polygon. */
    static void lasso(AnimationContext anim, LassoPolygon lasso, SelectMode mode) {
        int[] b = lasso.bounds();
        float[] box = {b[0], b[1], b[2], b[3]};
        region(anim, box, lasso::contains, mode);
    }
}
