package org.dopesheet.ops.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.dopesheet.anim.Handles;
import org.dopesheet.context.AnimFilter;
import org.dopesheet.context.Channel;
import org.dopesheet.edit.CurveMapping;
import org.dopesheet.model.FCurve;
import org.dopesheet.operator.OperatorContext;

/**
 * The key loop of snap and mirror (Blender's {@code snap_action_keys} / {@code mirror_action_keys}):
 * the visible editable curves, each mapped to scene time in NLA tweak mode, the edit applied to its
 * keys, handles recalculated, the mapping restored.
 */
final class KeyLoop {
    /** DATA_VISIBLE | LIST_VISIBLE | FOREDIT | NODUPLIS | FCURVESONLY: channel selection irrelevant. */
    static final int FILTER = AnimFilter.DATA_VISIBLE | AnimFilter.LIST_VISIBLE | AnimFilter.FOREDIT
            | AnimFilter.NODUPLIS | AnimFilter.FCURVESONLY;

    private KeyLoop() {
    }

    /** The curves the loop visits. */
    static List<Channel> curves(OperatorContext context) {
        return context.anim().curves(FILTER);
    }

    /**
     * Runs {@code edit} on every curve in scene time, then {@code afterCurve} (still in scene time),
     * recalculating handles in between as Blender's per-curve callback does.
     */
    static void run(List<Channel> curves, BiConsumer<Channel, FCurve> edit, BiConsumer<Channel, FCurve> afterCurve) {
        List<Channel> edited = new ArrayList<>();
        List<FCurve> edits = new ArrayList<>();
        for (Channel ch : curves) {
            if (ch.fcurve().size() > 0) {
                edited.add(ch);
                edits.add(ch.fcurve());
            }
        }
        if (Handles.parallel(edits)) {
            // the same steps per curve, each curve on its own: edit all, recalculate the handles
            // of all (in parallel), then the after-step and the mapping back
            for (Channel ch : edited) {
                CurveMapping.apply(ch.nlaStrip(), ch.fcurve(), false, false);
                edit.accept(ch, ch.fcurve());
            }
            Handles.recalculateAll(edits);
            for (Channel ch : edited) {
                if (afterCurve != null) {
                    afterCurve.accept(ch, ch.fcurve());
                }
                CurveMapping.apply(ch.nlaStrip(), ch.fcurve(), true, false);
            }
            return;
        }
        for (Channel ch : curves) {
            FCurve c = ch.fcurve();
            if (c.size() == 0) {
                continue;
            }
            CurveMapping.apply(ch.nlaStrip(), c, false, false);
            edit.accept(ch, c);
            Handles.recalculate(c);
            if (afterCurve != null) {
                afterCurve.accept(ch, c);
            }
            CurveMapping.apply(ch.nlaStrip(), c, true, false);
        }
    }
}
