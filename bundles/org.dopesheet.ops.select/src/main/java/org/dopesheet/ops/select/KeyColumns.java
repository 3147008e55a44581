package org.dopesheet.ops.select;

import java.util.ArrayList;
import java.util.List;
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

    private final List<Float> frames = new ArrayList<>();
    private final List<Boolean> selected = new ArrayList<>();

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

    /** Adds a key at {@code frame}: joins the first column within the threshold, else a new column in order. */
    void add(float frame, boolean keySelected) {
        int i = 0;
        for (; i < frames.size(); i++) {
            float f = frames.get(i);
            if (same(f, frame)) {
                if (keySelected) {
                    selected.set(i, true);
                }
                return;
            }
            if (before(frame, f)) {
                break;
            }
        }
        frames.add(i, frame);
        selected.add(i, keySelected);
    }

    /** Number of columns. */
    int size() {
        return frames.size();
    }

    /** Frame of column {@code i} (scene time). */
    float frame(int i) {
        return frames.get(i);
    }

    /** Whether column {@code i} holds a selected key. */
    boolean selected(int i) {
        return selected.get(i);
    }

    /**
     * Blender's {@code ED_keylist_find_any_between}: the left-most column not more than the
     * threshold before {@code min}, provided it lies before {@code max}; -1 when there is none.
     * The window is thus {@code [min - 0.01, max)}.
     */
    int firstBetween(float min, float max) {
        for (int i = 0; i < frames.size(); i++) {
            float f = frames.get(i);
            if (!before(f, min)) {
                return f < max ? i : -1;
            }
        }
        return -1;
    }
}
