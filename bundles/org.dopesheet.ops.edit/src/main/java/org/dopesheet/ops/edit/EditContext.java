package org.dopesheet.ops.edit;

import java.util.List;
import org.dopesheet.context.AnimFilter;
import org.dopesheet.context.Channel;
import org.dopesheet.model.EditorMode;
import org.dopesheet.operator.OperatorContext;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.ReportType;

/** Channel filters and editor-mode checks the operators of this family share. */
final class EditContext {
    /** {@code DATA_VISIBLE | LIST_VISIBLE | FOREDIT | NODUPLIS}: editable channels, selection irrelevant. */
    static final int EDITABLE = AnimFilter.DATA_VISIBLE | AnimFilter.LIST_VISIBLE | AnimFilter.FOREDIT
            | AnimFilter.NODUPLIS;
    /** {@link #EDITABLE} restricted to F-Curves ({@code FCURVESONLY}). */
    static final int EDITABLE_CURVES = EDITABLE | AnimFilter.FCURVESONLY;

    private EditContext() {
    }

    /** The F-Curve channels passing {@code filter}, in Blender's order (the animation context is built here). */
    static List<Channel> curves(OperatorContext context, int filter) {
        return context.anim().curves(filter);
    }

    /**
     * Whether the editor shows Grease Pencil or Mask data ({@code ANIMCONT_GPENCIL},
     * {@code ANIMCONT_MASK}), where most F-Curve tools are not implemented.
     */
    static boolean greasePencilOrMask(OperatorContext context) {
        EditorMode mode = context.editor().mode();
        return mode == EditorMode.GPENCIL || mode == EditorMode.MASK;
    }

    /** Blender's "Not implemented" ERROR with PASS_THROUGH for Grease Pencil and Mask modes. */
    static OperatorResult notImplemented(OperatorContext context) {
        context.report(ReportType.ERROR, "Not implemented");
        return OperatorResult.PASS_THROUGH;
    }

    /**
     * Tags the animation as changed when any channel was flagged for a post-edit update (the
     * depsgraph part of {@code ANIM_animdata_update}).
     */
    static void tagIfAny(OperatorContext context, List<Channel> updated) {
        if (!updated.isEmpty()) {
            context.tagAnimationChanged();
        }
    }
}
