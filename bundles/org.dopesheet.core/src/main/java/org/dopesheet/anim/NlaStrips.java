package org.dopesheet.anim;

import java.util.List;
import org.dopesheet.model.AnimData;
import org.dopesheet.model.NlaStrip;
import org.dopesheet.model.NlaTrack;

/**
 * NLA strip maintenance Blender performs after NLA edits, which evaluation then relies on:
 * automatic blend in/out ({@code BKE_nlastrip_validate_autoblends}, part of
 * {@code BKE_nla_validate_state}). Evaluation itself uses the stored blend in/out values, as
 * Blender does.
 */
public final class NlaStrips {
    private static final float FLT_EPSILON = 1.1920929e-7f;

    private NlaStrips() {
    }

    /**
     * Recomputes blend in/out of every strip with "auto blend in/out" from its overlaps with the
     * strips of the tracks directly below and above ({@code BKE_nlastrip_validate_autoblends}):
     * the blend-in ends where an overlapping neighbour strip ends, the blend-out starts where one
     * starts; an end joined to an adjacent strip of the same track gets no blend.
     */
    public static void validateAutoBlends(AnimData adt) {
        List<NlaTrack> tracks = adt.tracks();
        for (int t = 0; t < tracks.size(); t++) {
            NlaTrack below = t > 0 ? tracks.get(t - 1) : null;
            NlaTrack above = t < tracks.size() - 1 ? tracks.get(t + 1) : null;
            List<NlaStrip> strips = tracks.get(t).strips();
            for (int s = 0; s < strips.size(); s++) {
                validate(strips, s, below, above);
            }
        }
    }

    private static boolean isEqF(float a, float b) {
        return Math.abs(a - b) < FLT_EPSILON;
    }

    private static void validate(List<NlaStrip> strips, int s, NlaTrack below, NlaTrack above) {
        NlaStrip nls = strips.get(s);
        if ((below == null && above == null) || !nls.useAutoBlend()) {
            return;
        }
        Float[] p = below != null ? overlaps(nls, below) : new Float[2];
        Float[] n = above != null ? overlaps(nls, above) : new Float[2];
        NlaStrip prev = s > 0 ? strips.get(s - 1) : null;
        NlaStrip next = s < strips.size() - 1 ? strips.get(s + 1) : null;
        if ((p[0] != null || n[0] != null) && (prev == null || !isEqF(prev.frameEnd(), nls.frameStart()))) {
            // Like Blender, the overlap with the track below wins whenever there is one.
            float ends = p[0] != null ? p[0] : n[0];
            nls.setBlendIn(ends - nls.frameStart());
        } else {
            nls.setBlendIn(0.0f);
        }
        if ((p[1] != null || n[1] != null) && (next == null || !isEqF(next.frameStart(), nls.frameEnd()))) {
            float starts = p[1] != null ? p[1] : n[1];
            nls.setBlendOut(nls.frameEnd() - starts);
        } else {
            nls.setBlendOut(0.0f);
        }
    }

    /**
     * Blender's {@code nlastrip_get_endpoint_overlaps}: where a strip of {@code track} ending
     * inside {@code strip} ends ([0]) and where one starting inside it starts ([1]); both null
     * when one strip covers it entirely.
     */
    private static Float[] overlaps(NlaStrip strip, NlaTrack track) {
        Float[] r = new Float[2];
        List<NlaStrip> list = track.strips();
        for (int k = 0; k < list.size(); k++) {
            NlaStrip nls = list.get(k);
            if (nls.frameStart() <= strip.frameStart() && nls.frameEnd() >= strip.frameEnd()) {
                r[0] = null;
                r[1] = null;
                return r;
            }
            if (nls.frameEnd() < strip.frameStart()) {
                continue;
            }
            if (nls.frameStart() > strip.frameEnd()) {
                return r;
            }
            NlaStrip next = k < list.size() - 1 ? list.get(k + 1) : null;
            NlaStrip prev = k > 0 ? list.get(k - 1) : null;
            if (next == null || !isEqF(next.frameStart(), nls.frameEnd())) {
                if (nls.frameEnd() > strip.frameStart() && nls.frameEnd() < strip.frameEnd()) {
                    r[0] = nls.frameEnd();
                }
            }
            if (prev == null || !isEqF(prev.frameEnd(), nls.frameStart())) {
                if (nls.frameStart() < strip.frameEnd() && nls.frameStart() > strip.frameStart()) {
                    r[1] = nls.frameStart();
                }
            }
        }
        return r;
    }
}
