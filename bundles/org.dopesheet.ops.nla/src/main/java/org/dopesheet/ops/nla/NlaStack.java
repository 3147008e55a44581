package org.dopesheet.ops.nla;

import java.util.List;
import org.dopesheet.model.Action;
import org.dopesheet.model.AnimData;
import org.dopesheet.model.BlendType;
import org.dopesheet.model.NlaExtrapolation;
import org.dopesheet.model.NlaStrip;
import org.dopesheet.model.NlaTrack;
import org.dopesheet.model.StripType;

/**
 * Creating and finding NLA tracks and strips as Blender's {@code nla.c} does: new tracks
 * ({@code BKE_nlatrack_new}, selected, named "NlaTrack" made unique), the active track and
 * strip flags, new action-clip strips ({@code BKE_nlastrip_new}), adding a strip where there is
 * room ({@code BKE_nlatrack_add_strip}), unique strip names ({@code BKE_nlastrip_validate_name})
 * and the tweaked track ({@code BKE_nlatrack_find_tweaked}).
 */
final class NlaStack {
    /** Name of new tracks before they are made unique. */
    static final String DEFAULT_TRACK_NAME = "NlaTrack";
    /** Fallback strip name ({@code BLI_uniquename_cb}'s default). */
    static final String DEFAULT_STRIP_NAME = "NlaStrip";
    private static final float FLT_EPSILON = 1.1920929e-7f;

    private NlaStack() {
    }

    /**
     * A new selected track inserted at {@code index} of the stack (bottom = 0, {@code -1} = top),
     * named "NlaTrack" made unique among the other tracks. The active track is not changed.
     */
    static NlaTrack addTrack(AnimData adt, int index) {
        NlaTrack track = new NlaTrack(DEFAULT_TRACK_NAME);
        track.setSelect(true);
        adt.addTrack(index, track);
        track.setName(uniqueTrackName(adt, track, DEFAULT_TRACK_NAME));
        return track;
    }

    /** {@code name} made unique among the tracks of {@code adt} other than {@code track}. */
    static String uniqueTrackName(AnimData adt, NlaTrack track, String name) {
        return BlenderNames.unique(name, DEFAULT_TRACK_NAME, n -> {
            for (NlaTrack t : adt.tracks()) {
                if (t != track && t.name().equals(n)) {
                    return true;
                }
            }
            return false;
        });
    }

    /** {@code BKE_nlatrack_set_active}: {@code track} (null: none) becomes the only active track. */
    static void setActiveTrack(AnimData adt, NlaTrack track) {
        for (NlaTrack t : adt.tracks()) {
            if (t.active() && t != track) {
                t.setActive(false);
            }
        }
        if (track != null && !track.active()) {
            track.setActive(true);
        }
    }

    /** {@code BKE_nlastrip_set_active}: {@code strip} becomes the only active strip of the stack. */
    static void setActiveStrip(AnimData adt, NlaStrip strip) {
        for (NlaTrack t : adt.tracks()) {
            for (NlaStrip s : t.strips()) {
                boolean active = s == strip;
                if (s.active() != active) {
                    s.setActive(active);
                }
            }
        }
    }

    /**
     * {@code BKE_nlastrip_new(_for_slot)}: a selected, unnamed action clip of {@code action} with
     * the action's frame range for {@code slotHandle} (the strip starts where the action starts),
     * scale and repeat 1, length syncing unless the action has a manual frame range; the action
     * gains a user. Blend type, extrapolation and influence are zero-initialised in Blender:
     * REPLACE, HOLD and 0.
     */
    static NlaStrip newStrip(Action action, int slotHandle) {
        NlaStrip strip = new NlaStrip("");
        strip.setType(StripType.CLIP);
        strip.setAction(action);
        IdUsers.plus(action);
        strip.setSelect(true);
        strip.setUseSyncLength(!action.useFrameRange());
        float[] range = StripRange.actionRange(action, slotHandle);
        strip.setActionFrameStart(range[0]);
        strip.setActionFrameEnd(range[1]);
        strip.setFrameStart(range[0]);
        strip.setFrameEnd(range[1]);
        strip.setScale(1.0f);
        strip.setRepeat(1.0f);
        strip.setBlendType(BlendType.REPLACE);
        strip.setExtrapolation(NlaExtrapolation.HOLD);
        strip.setInfluence(0.0f);
        return strip;
    }

    /**
     * {@code BKE_nlatrack_add_strip}: adds {@code strip} to {@code track} in time order if the
     * track exists, is not locked and has room for the strip's range; returns whether it did.
     */
    static boolean addStrip(NlaTrack track, NlaStrip strip) {
        if (track == null || track.lock()) {
            return false;
        }
        if (!hasSpace(track.strips(), strip.frameStart(), strip.frameEnd())) {
            return false;
        }
        List<NlaStrip> strips = track.strips();
        int index = strips.size();
        for (int i = 0; i < strips.size(); i++) {
            if (strips.get(i).frameStart() >= strip.frameStart()) {
                index = i;
                break;
            }
        }
        track.addStrip(index, strip);
        return true;
    }

    /** {@code BKE_nlastrips_has_space}: whether {@code [start, end]} overlaps none of the strips. */
    static boolean hasSpace(List<NlaStrip> strips, float start, float end) {
        if (Math.abs(start - end) < FLT_EPSILON) {
            return false;
        }
        if (start > end) {
            float t = start;
            start = end;
            end = t;
        }
        for (NlaStrip s : strips) {
            if (s.frameStart() >= end) {
                return true;
            }
            if (s.frameEnd() > start || s.frameEnd() > end) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code BKE_nlastrip_validate_name}: an unnamed action clip takes its action's name; the
     * name is then made unique among all strips of the stack.
     */
    static void validateStripName(AnimData adt, NlaStrip strip) {
        String name = strip.name();
        if (name.isEmpty()) {
            name = strip.action() != null ? strip.action().name() : "<No Action>";
        }
        String unique = BlenderNames.unique(name, DEFAULT_STRIP_NAME, n -> {
            for (NlaTrack t : adt.tracks()) {
                for (NlaStrip s : t.strips()) {
                    if (s != strip && s.name().equals(n)) {
                        return true;
                    }
                }
            }
            return false;
        });
        if (!unique.equals(strip.name())) {
            strip.setName(unique);
        }
    }

    /** The first strip of {@code track} flagged active ({@code BKE_nlastrip_find_active}), or null. */
    static NlaStrip findActiveStrip(NlaTrack track) {
        if (track == null) {
            return null;
        }
        for (NlaStrip s : track.strips()) {
            if (s.active()) {
                return s;
            }
        }
        return null;
    }

    /**
     * {@code BKE_nlatrack_find_tweaked}: the first track flagged active or disabled that holds the
     * animation data's tweaked strip, or null.
     */
    static NlaTrack findTweakedTrack(AnimData adt) {
        if (adt == null) {
            return null;
        }
        for (NlaTrack t : adt.tracks()) {
            if ((t.active() || t.disabled()) && adt.activeStrip() != null && t.indexOfStrip(adt.activeStrip()) >= 0) {
                return t;
            }
        }
        return null;
    }

    /** The track holding {@code strip}, or null. */
    static NlaTrack trackOf(AnimData adt, NlaStrip strip) {
        for (NlaTrack t : adt.tracks()) {
            if (t.indexOfStrip(strip) >= 0) {
                return t;
            }
        }
        return null;
    }
}
