package org.dopesheet.ops.clipboard;

import java.util.List;
import org.dopesheet.context.AnimationContext;
import org.dopesheet.context.Channel;
import org.dopesheet.edit.ChannelUpdate;
import org.dopesheet.edit.KeyframeClipboard;
import org.dopesheet.edit.KeyframeClipboard.Content;
import org.dopesheet.model.EditorMode;
import org.dopesheet.operator.BoolProperty;
import org.dopesheet.operator.EnumProperty;
import org.dopesheet.operator.Operator;
import org.dopesheet.operator.OperatorContext;
import org.dopesheet.operator.OperatorDefinition;
import org.dopesheet.operator.OperatorProperties;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.PropertySchema;
import org.dopesheet.operator.ReportType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code action.paste} (Blender's {@code ACTION_OT_paste}, spec 3.20): pastes the runtime's
 * copy/paste buffer into the selected visible editable curves (all visible editable curves
 * when none is selected), moved by {@code offset}, merged by {@code merge}, and with
 * {@code flipped} onto the mirrored bones. Pasted keys come out selected, the other keys of the
 * curves pasted into deselected. A paste that matches no curve still finishes. Errors: empty
 * buffer, no curve to paste into, Mask mode; Grease Pencil frames are not modelled, so the
 * Grease Pencil mode always finds its buffer empty.
 */
@OperatorDefinition(id = "action.paste", name = "Paste Keyframes", family = "clipboard",
        description = "Paste keyframes from the internal clipboard for the selected channels, starting on the current frame")
@Component(service = Operator.class)
public class PasteOperator implements Operator {
    static final EnumProperty<PasteOffset> OFFSET = EnumProperty.of("offset", PasteOffset.class, PasteOffset.START)
            .name("Offset").description("Paste time offset of keys");
    static final EnumProperty<PasteMerge> MERGE = EnumProperty.of("merge", PasteMerge.class, PasteMerge.MIX)
            .name("Type").description("Method of merging pasted keys and existing");
    static final BoolProperty FLIPPED = BoolProperty.of("flipped", false).name("Flipped")
            .description("Paste keyframes from mirrored bones if they exist").skipSave();
    private static final PropertySchema SCHEMA = PropertySchema.of(OFFSET, MERGE, FLIPPED);

    private final KeyframeClipboard clipboard;

    @Activate
    public PasteOperator(@Reference(name = "clipboard") KeyframeClipboard clipboard) {
        this.clipboard = clipboard;
    }

    @Override
    public PropertySchema properties() {
        return SCHEMA;
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
            context.report(ReportType.ERROR, behaviour.messages().pasteInMaskMode());
            return OperatorResult.CANCELLED;
        }
        Content content = anim.mode() == EditorMode.GPENCIL ? Content.EMPTY : clipboard.content();
        PasteTargets targets = PasteTargets.of(anim);
        if (content.isEmpty()) {
            context.report(ReportType.ERROR, behaviour.messages().nothingToPaste());
            return OperatorResult.CANCELLED;
        }
        if (targets.curves().isEmpty()) {
            context.report(ReportType.ERROR, Behaviour.Messages.NOWHERE_TO_PASTE);
            return OperatorResult.CANCELLED;
        }
        float offset = properties.get(OFFSET).offset(context.scene().frameCurrent(), content.firstFrame(),
                content.lastFrame(), content.copyFrame());
        List<Channel> updated = new KeyPaster(context.document(), content, targets, behaviour)
                .paste(offset, properties.get(MERGE), properties.get(FLIPPED));
        ChannelUpdate.updateDefault(updated);
        if (!updated.isEmpty()) {
            context.tagAnimationChanged();
        }
        return OperatorResult.FINISHED;
    }
}
