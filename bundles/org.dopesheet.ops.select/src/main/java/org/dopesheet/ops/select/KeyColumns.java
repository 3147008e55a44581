package org.dopesheet.ops.select;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dopesheet.context.Channel;
import org.dopesheet.edit.CurveMapping;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.NlaStrip;

/**
 * The key columns of a channel row as the Dope Sheet draws them (Blender's {@code AnimKeylist}):
 * one column per distinct frame in scene time, keys within {@link #THRESHOLD} of a column's
 * frame joining that column, a column being selected when any of its keys has any of its three
 * flags selected. Columns are kept sorted by frame; a column keeps the frame of its first key.
 */
final class KeyColumns {
    /** {@code BEZT_BINARYSEARCH_THRESH}: keys this close share a column. */
    static final float THRESHOLD = 0.01f;

    /** Column frame to whether the column holds a selected key, in frame order. */
    private final TreeMap<Float, Boolean> columns = new TreeMap<>();

    /**
     * The columns of the given curves, their frames NLA-mapped to scene time. Like Blender's
     * {@code fcurve_to_keylist}, each mapped curve is moved to scene time (keys and handles),
     * read, and moved back, so the float round trip of the mapping is reproduced.
     */
    static KeyColumns of(List<Channel> curves) {
        KeyColumns columns = new KeyColumns();
        for (Channel ch : curves) {
            FCurve c = ch.fcurve();
            if (c.size() == 0) {
                continue;
            }
            NlaStrip strip = ch.nlaStrip();
            CurveMapping.apply(strip, c, false, false);
            for (int i = 0; i < c.size(); i++) {
                columns.add(c.x(i), c.anySelected(i));
            }
            CurveMapping.apply(strip, c, true, false);
        }
        return columns;
    }

    /** {@code is_cfra_eq}: {@code |a - b| <= THRESHOLD}. */
    private static boolean same(float a, float b) {
        return Math.abs(a - b) <= THRESHOLD;
    }

    /** {@code is_cfra_lt}: {@code a} lies more than {@code THRESHOLD} before {@code b}. */
    private static boolean before(float a, float b) {
        return (b - a) > THRESHOLD;
    }

    /**
     * Adds a key at {@code frame}: it joins the lowest column within the threshold (columns lie
     * more than the threshold apart, so only the nearest column on either side can qualify),
     * else it starts a new column.
     */
    void add(float frame, boolean keySelected) {
        Float below = columns.floorKey(frame);
        Float above = columns.higherKey(frame);
        Float column = below != null && same(below, frame) ? below : above != null && same(above, frame) ? above : null;
        if (column == null) {
            columns.put(frame, keySelected);
        } else if (keySelected) {
            columns.put(column, true);
        }
    }

    /** Number of columns. */
    int size() {
        return columns.size();
    }

    /** Frame of column {@code i} (scene time), in frame order. */
    float frame(int i) {
        return entry(i).getKey();
    }

    /** Whether column {@code i} holds a selected key. */
    boolean selected(int i) {
        return entry(i).getValue();
    }

    private Map.Entry<Float, Boolean> entry(int i) {
        int k = 0;
        for (Map.Entry<Float, Boolean> e : columns.entrySet()) {
            if (k++ == i) {
                return e;
            }
        }
        throw new IndexOutOfBoundsException("column " + i + " of " + columns.size());
    }

    /**
     * Blender's {@code ED_keylist_find_any_between}: the left-most column not more than the
     * threshold before {@code min}, provided it lies before {@code max}; -1 when there is none.
     * The window is thus {@code [min - 0.01, max)}.
     */
    int firstBetween(float min, float max) {
        int i = 0;
        for (float f : columns.keySet()) {
            if (!before(f, min)) {
                return f < max ? i : -1;
            }
            i++;
        }
        return -1;
    }
}
