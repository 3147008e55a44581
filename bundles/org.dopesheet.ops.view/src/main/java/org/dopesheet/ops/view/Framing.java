package org.dopesheet.ops.view;

import java.util.List;
import org.dopesheet.context.AnimationContext;
import org.dopesheet.context.Channel;
import org.dopesheet.context.ChannelGeometry;
import org.dopesheet.context.ChannelType;
import org.dopesheet.model.EditorState;
import org.dopesheet.operator.OperatorContext;
import org.dopesheet.operator.OperatorResult;

/** Blender's {@code actkeys_viewall}: the shared body of view_all and view_selected. */
final class Framing {
    private Framing() {
    }

    static OperatorResult frame(OperatorContext context, boolean onlySelected) {
        AnimationContext ctx = context.anim();
        EditorState e = context.editor();
        KeyframeExtents ext = KeyframeExtents.of(ctx, context.scene(), onlySelected);
        if (onlySelected && !ext.found()) {
            return OperatorResult.CANCELLED;
        }
        float xmin;
        float xmax;
        if (Math.abs(ext.max() - ext.min()) < 1.0f) {
            float width = e.curXmax() - e.curXmin();
            xmin = ext.min() - width / 2.0f;
            xmax = ext.max() + width / 2.0f;
        } else {
            float margin = ViewRect.xMargin(e, ext.min(), ext.max(), context.blender34());
            xmin = ext.min() - margin;
            xmax = ext.max() + margin;
        }
        if (!onlySelected) {
            e.setCur(xmin, xmax, -(float) (e.maskYmax() - e.maskYmin()), 0f);
            return OperatorResult.FINISHED;
        }
        e.setCur(xmin, xmax, e.curYmin(), e.curYmax());
        float[] rows = selectedChannelExtent(ctx);
        if (rows != null) {
            float ymid = (rows[1] - rows[0]) / 2.0f + rows[0];
            float xCentre = (e.curXmin() + e.curXmax()) / 2.0f;
            recentre(e, xCentre, ymid);
        }
        return OperatorResult.FINISHED;
    }

    /**
     * Blender's {@code actkeys_channels_get_selected_extents}: {@code [ymin, ymax]} of the first
     * selected F-Curve row, or else of the last selected expander row (object, action, group);
     * null when no row is selected.
     */
    static float[] selectedChannelExtent(AnimationContext ctx) {
        ChannelGeometry g = ctx.geometry();
        List<Channel> rows = ctx.rows();
        float[] found = null;
        float ymax = g.firstTop();
        for (Channel row : rows) {
            if (row.type() != ChannelType.SUMMARY && row.selected()) {
                found = new float[] {ymax - g.height(), ymax};
                if (row.type() == ChannelType.FCURVE) {
                    break;
                }
            }
            ymax -= g.step();
        }
        return found;
    }

    /** {@code UI_view2d_center_set}: moves the view centre, then validates the view. */
    static void recentre(EditorState e, float x, float y) {
        float dx = x - (e.curXmin() + e.curXmax()) / 2.0f;
        float dy = y - (e.curYmin() + e.curYmax()) / 2.0f;
        ViewRect.setValidated(e, e.curXmin() + dx, e.curXmax() + dx, e.curYmin() + dy, e.curYmax() + dy);
    }
}
