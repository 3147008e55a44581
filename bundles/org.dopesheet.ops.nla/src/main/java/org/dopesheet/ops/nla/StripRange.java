package org.dopesheet.ops.nla;

import java.util.List;
import org.dopesheet.model.Action;
import org.dopesheet.model.Channelbag;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.NlaStrip;
import org.dopesheet.model.NlaTrack;
import org.dopesheet.model.StripType;

/**
 * Frame ranges of action clips: the range a new strip takes from its action
 * ({@code BKE_action_get_frame_range}, {@code Action::get_frame_range_of_slot}), strip-length
 * syncing ({@code BKE_nlastrip_recalculate_bounds_sync_action}), bounds recalculation and the
 * resolution of overlaps with neighbouring strips ({@code nlastrip_fix_resize_overlaps}).
 * Arithmetic in 32-bit floats, as Blender's.
 */
final class StripRange {
    private static final float FLT_EPSILON = 1.1920929e-7f;

    private StripRange() {
    }

    private static boolean isEqF(float a, float b) {
        return Math.abs(a - b) < FLT_EPSILON;
    }

    /**
     * The frame range of {@code action} for a strip animating through {@code slotHandle}: the
     * manual frame range when set, else from the first to the last key of every F-Curve with keys
     * (modifiers not included; a layered action's curves of that slot only), {@code [0, 1]} when
     * there are none; a range of zero length gets one frame.
     *
     * @return {@code {start, end}}
     */
    static float[] actionRange(Action action, int slotHandle) {
        float start;
        float end;
        if (action.useFrameRange()) {
            start = action.frameStart();
            end = action.frameEnd();
        } else {
            float min = 999999999.0f;
            float max = -999999999.0f;
            boolean found = false;
            for (FCurve c : curves(action, slotHandle)) {
                int n = c.size();
                if (n > 0) {
                    min = Math.min(min, c.x(0));
                    max = Math.max(max, c.x(n - 1));
                    found = true;
                }
            }
            if (found) {
                if (min == max) {
                    max += 1.0f;
                }
                start = min;
                end = max;
            } else {
                start = 0.0f;
                end = 1.0f;
            }
        }
        if (end <= start) {
            end = start + 1.0f;
        }
        return new float[] {start, end};
    }

    private static List<FCurve> curves(Action action, int slotHandle) {
        if (!action.layered()) {
            return action.fcurves();
        }
        Channelbag bag = action.channelbag(slotHandle);
        return bag == null ? List.of() : bag.fcurves();
    }

    /**
     * {@code BKE_nlastrip_recalculate_bounds_sync_action}: re-reads the action range of an action
     * clip, moves the strip start so that the keys stay in place, and recalculates the end.
     */
    static void syncLength(NlaTrack track, NlaStrip strip, int slotHandle) {
        if (strip.type() != StripType.CLIP || strip.action() == null) {
            return;
        }
        float previousStart = strip.actionFrameStart();
        float[] range = actionRange(strip.action(), slotHandle);
        strip.setActionFrameStart(range[0]);
        strip.setActionFrameEnd(range[1]);
        strip.setFrameStart(strip.frameStart() + (range[0] - previousStart) * strip.scale());
        recalculateBounds(track, strip);
    }

    /**
     * {@code BKE_nlastrip_recalculate_bounds}: end = start + action length · scale · repeat
     * (unless scale · repeat is 0), then neighbours are moved out of the way.
     */
    static void recalculateBounds(NlaTrack track, NlaStrip strip) {
        if (strip.type() != StripType.CLIP) {
            return;
        }
        float length = strip.actionFrameEnd() - strip.actionFrameStart();
        if (length <= 0.0f) {
            length = 1.0f;
        }
        float mapping = strip.scale() * strip.repeat();
        if (!isEqF(mapping, 0.0f)) {
            strip.setFrameEnd(length * mapping + strip.frameStart());
        }
        if (track != null) {
            fixResizeOverlaps(track, strip);
        }
    }

    /**
     * {@code nlastrip_fix_resize_overlaps}: strips after a grown strip move right, strips before
     * it move left, by whole frames; transitions next to it shrink or grow first.
     */
    static void fixResizeOverlaps(NlaTrack track, NlaStrip strip) {
        List<NlaStrip> strips = track.strips();
        int index = track.indexOfStrip(strip);
        if (index < 0) {
            return;
        }
        if (index + 1 < strips.size()) {
            NlaStrip next = strips.get(index + 1);
            float offset = 0.0f;
            if (next.type() == StripType.TRANSITION) {
                if (strip.frameEnd() <= next.frameStart()) {
                    next.setFrameStart(strip.frameEnd());
                } else if (strip.frameEnd() < next.frameEnd()) {
                    next.setFrameStart(strip.frameEnd());
                } else {
                    next.setFrameStart(next.frameEnd() - 1.0f);
                    offset = (float) Math.ceil(strip.frameEnd() - next.frameStart());
                    shift(strips, index + 1, strips.size(), offset);
                }
            } else if (strip.frameEnd() > next.frameStart()) {
                offset = (float) Math.ceil(strip.frameEnd() - next.frameStart());
                shift(strips, index + 1, strips.size(), offset);
            }
        }
        if (index > 0) {
            NlaStrip prev = strips.get(index - 1);
            float offset = 0.0f;
            if (prev.type() == StripType.TRANSITION) {
                if (strip.frameStart() >= prev.frameEnd()) {
                    prev.setFrameEnd(strip.frameStart());
                } else if (strip.frameStart() > prev.frameStart()) {
                    prev.setFrameEnd(strip.frameStart());
                } else {
                    prev.setFrameEnd(prev.frameStart() + 1.0f);
                    offset = (float) Math.ceil(prev.frameEnd() - strip.frameStart());
                    shift(strips, 0, index, -offset);
                }
            } else if (strip.frameStart() < prev.frameEnd()) {
                offset = (float) Math.ceil(prev.frameEnd() - strip.frameStart());
                shift(strips, 0, index, -offset);
            }
        }
    }

    /** Moves strips {@code [from, to)} by {@code offset} frames. */
    private static void shift(List<NlaStrip> strips, int from, int to, float offset) {
        for (int i = from; i < to; i++) {
            NlaStrip s = strips.get(i);
            s.setFrameStart(s.frameStart() + offset);
            s.setFrameEnd(s.frameEnd() + offset);
        }
    }
}
