package org.dopesheet.ops.transform;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.dopesheet.anim.Handles;
import org.dopesheet.context.AnimFilter;
import org.dopesheet.context.Channel;
import org.dopesheet.edit.CurveMapping;
import org.dopesheet.edit.CurveTasks;
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
        List<FCurve> edits = new ArrayList<>();
        Map<FCurve, Channel> channels = new IdentityHashMap<>();
        for (Channel ch : curves) {
            if (ch.fcurve().size() > 0) {
                edits.add(ch.fcurve());
                channels.put(ch.fcurve(), ch);
            }
        }
        if (Handles.parallel(edits)) {
            // each curve on its own, in parallel: a curve of two keys or more is changed anyway
            // (its handles are recalculated), a one-key curve is done on this thread
            CurveTasks.forEach(edits, c -> c.size() >= 2, c -> loop(channels.get(c), c, edit, afterCurve));
            return;
        }
        for (Channel ch : curves) {
            FCurve c = ch.fcurve();
            if (c.size() == 0) {
                continue;
            }
            loop(ch, c, edit, afterCurve);
        }
    }

    /** The steps on one curve: to scene time, edit, handles, after-step, back to action time. */
    private static void loop(Channel ch, FCurve c, BiConsumer<Channel, FCurve> edit,
            BiConsumer<Channel, FCurve> afterCurve) {
        CurveMapping.apply(ch.nlaStrip(), c, false, false);
        edit.accept(ch, c);
        Handles.recalculate(c);
        if (afterCurve != null) {
            afterCurve.accept(ch, c);
        }
        CurveMapping.apply(ch.nlaStrip(), c, true, false);
    }
}
