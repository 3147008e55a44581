package org.dopesheet.ops.clipboard;

import org.dopesheet.context.AnimFilter;
import org.dopesheet.context.AnimationContext;
import org.dopesheet.edit.KeyframeClipboard;
import org.dopesheet.edit.KeyframeClipboard.Content;
import org.dopesheet.model.EditorMode;
import org.dopesheet.operator.Operator;
import org.dopesheet.operator.OperatorContext;
import org.dopesheet.operator.OperatorDefinition;
import org.dopesheet.operator.OperatorProperties;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.ReportType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code action.copy} (Blender's {@code ACTION_OT_copy}, spec 3.4): replaces the runtime's
 * copy/paste buffer with the selected keys of every visible curve (channel selection does not
 * matter, locked curves count). In 3.4 a key qualifies with any of its three flags selected,
 * [cur] only with its control point selected. Nothing copied: ERROR and CANCELLED (the buffer
 * is then empty). Grease Pencil frames are not modelled: in the Grease Pencil mode nothing is
 * ever copied and the F-Curve buffer is left alone. Does not modify the document.
 */
@OperatorDefinition(id = "action.copy", name = "Copy Keyframes", family = "clipboard",
        description = "Copy selected keyframes to the internal clipboard")
@Component(service = Operator.class)
public class CopyOperator implements Operator {
    /** {@code DATA_VISIBLE | LIST_VISIBLE | FCURVESONLY | NODUPLIS}. */
    static final int FILTER = AnimFilter.DATA_VISIBLE | AnimFilter.LIST_VISIBLE | AnimFilter.FCURVESONLY
            | AnimFilter.NODUPLIS;

    private final KeyframeClipboard clipboard;

    @Activate
    public CopyOperator(@Reference(name = "clipboard") KeyframeClipboard clipboard) {
        this.clipboard = clipboard;
    }

    /**
     * Blender's {@code ED_operator_action_active}: the context's editor is a Dope Sheet, in any
     * mode (the other modes report through {@link #execute}).
     */
    @Override
    public boolean poll(OperatorContext context) {
        return context.editor() != null;
    }

    @Override
    public OperatorResult execute(OperatorContext context, OperatorProperties properties) {
        Behaviour behaviour = Behaviour.of(context.blender34());
        AnimationContext anim = context.anim();
        if (anim.mode() == EditorMode.MASK) {
            context.report(ReportType.ERROR, Behaviour.Messages.COPY_IN_MASK_MODE);
            return OperatorResult.CANCELLED;
        }
        if (anim.mode() != EditorMode.GPENCIL) {
            Content copied = KeyCopier.copy(anim.curves(FILTER), context.scene().frameCurrent(), behaviour);
            clipboard.store(copied);
            if (!copied.isEmpty()) {
                return OperatorResult.FINISHED;
            }
        }
        context.report(ReportType.ERROR, behaviour.messages().nothingCopied());
        return OperatorResult.CANCELLED;
    }
}
