package org.dopesheet.edit;

import org.dopesheet.context.NlaMapping;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.NlaStrip;

/**
 * Blender's {@code ANIM_nla_mapping_apply_fcurve}: moves a curve's key frames (and, unless
 * {@code onlyKeys}, its handle frames) from action time to scene time through a tweaked strip,
 * or back with {@code restore}. Operators that edit in scene time map, edit, and restore. A null
 * strip leaves the curve unchanged.
 */
public final class CurveMapping {
    private CurveMapping() {
    }

    /** Maps to scene time ({@code restore == false}) or back to action time. */
    public static void apply(NlaStrip strip, FCurve c, boolean restore, boolean onlyKeys) {
        if (strip == null) {
            return;
        }
        for (int i = 0; i < c.size(); i++) {
            c.setX(i, map(strip, c.x(i), restore));
            if (!onlyKeys) {
                c.setLeft(i, map(strip, c.leftX(i), restore), c.leftY(i));
                c.setRight(i, map(strip, c.rightX(i), restore), c.rightY(i));
            }
        }
    }

    private static float map(NlaStrip strip, float x, boolean restore) {
        return restore ? NlaMapping.toAction(strip, x) : NlaMapping.toScene(strip, x);
    }
}
