package org.dopesheet.ops.edit;

import java.util.EnumSet;
import java.util.Set;
import org.dopesheet.anim.FCurveEvaluation;
import org.dopesheet.anim.Handles;
import org.dopesheet.anim.Keyframes;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.KeyframeType;
import org.dopesheet.model.Preferences;

/**
 * Blender's {@code sample_fcurve} (3.4) / {@code animrig::bake_fcurve_segments} (current), spec
 * 3.1: between the two ends of every run of selected keys (a lone selected key pairs with the
 * next selected key across unselected ones) a BREAKDOWN key is inserted on every whole frame,
 * all values being sampled from the unmodified curve first. Inserted keys follow the user
 * preferences for handle type and interpolation.
 */
final class KeyBaker {
    private static final Set<Keyframes.InsertFlag> NO_FLAGS = EnumSet.noneOf(Keyframes.InsertFlag.class);

    private KeyBaker() {
    }

    /** Bakes the selected segments of {@code fcu}, then recalculates its handles. */
    static void bake(FCurve fcu, Preferences prefs) {
        if (fcu.size() == 0) {
            return;
        }
        int start = -1;
        for (int i = 0; i < fcu.size(); i++) {
            if (!fcu.anySelected(i)) {
                continue;
            }
            if (start < 0) {
                start = i;
                continue;
            }
            if (i < fcu.size() - 1 && fcu.anySelected(i + 1)) {
                continue;
            }
            int range = (int) Math.ceil(fcu.x(i) - fcu.x(start));
            int sfra = (int) Math.floor(fcu.x(start));
            // Blender compensates the loop index by range - 1 after inserting; with keys out of
            // order (range < 0) it would index before the array, so only forward ranges are baked.
            if (range > 0) {
                float[] frames = new float[range - 1];
                float[] values = new float[range - 1];
                for (int n = 1; n < range; n++) {
                    frames[n - 1] = (float) (sfra + n);
                    values[n - 1] = FCurveEvaluation.evaluate(fcu, frames[n - 1]);
                }
                for (int n = 0; n < frames.length; n++) {
                    Keyframes.insertVert(fcu, frames[n], values[n], KeyframeType.BREAKDOWN, NO_FLAGS, prefs);
                }
                i += range - 1;
            }
            start = -1;
        }
        Handles.recalculate(fcu);
    }
}
