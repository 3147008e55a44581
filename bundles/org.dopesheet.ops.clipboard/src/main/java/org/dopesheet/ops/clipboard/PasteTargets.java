package org.dopesheet.ops.clipboard;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.dopesheet.context.AnimFilter;
import org.dopesheet.context.AnimationContext;
import org.dopesheet.context.Channel;
import org.dopesheet.model.ActionSlot;

/**
 * The curves a paste goes into (Blender's {@code paste_action_keys}, spec 3.20): the visible,
 * editable, selected curves, or, when no curve is selected, all visible editable curves; plus
 * the selection counts the [cur] slot matching looks at.
 *
 * @param curves         the target F-Curve channels, in channel order
 * @param selectedCurves how many curves the selected-only filter found (0: the fallback to all
 *                       visible editable curves was taken)
 * @param selectedSlots  how many selected action slots the editor lists [cur]
 */
record PasteTargets(List<Channel> curves, int selectedCurves, int selectedSlots) {

    /** {@code DATA_VISIBLE | LIST_VISIBLE | FOREDIT | FCURVESONLY | NODUPLIS}. */
    static final int FILTER = AnimFilter.DATA_VISIBLE | AnimFilter.LIST_VISIBLE | AnimFilter.FOREDIT
            | AnimFilter.FCURVESONLY | AnimFilter.NODUPLIS;

    /** Collects the targets of a paste in the editor of {@code anim}. */
    static PasteTargets of(AnimationContext anim) {
        List<Channel> selected = anim.curves(FILTER | AnimFilter.SEL);
        List<Channel> curves = selected.isEmpty() ? anim.curves(FILTER) : selected;
        return new PasteTargets(curves, selected.size(), selectedSlots(anim));
    }

    /**
     * The number of selected slots among the slots the editor lists: the slots of layered
     * actions that hold at least one data-visible curve (the editor lists a slot with its
     * channels).
     */
    static int selectedSlots(AnimationContext anim) {
        Map<ActionSlot, Boolean> seen = new IdentityHashMap<>();
        int selected = 0;
        for (Channel ch : anim.curves(AnimFilter.DATA_VISIBLE | AnimFilter.FCURVESONLY | AnimFilter.NODUPLIS)) {
            ActionSlot slot = Slots.of(ch);
            if (slot != null && seen.put(slot, Boolean.TRUE) == null && slot.select()) {
                selected++;
            }
        }
        return selected;
    }
}
