package org.dopesheet.ops.edit;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dopesheet.context.AnimFilter;
import org.dopesheet.context.Channel;
import org.dopesheet.edit.ChannelUpdate;
import org.dopesheet.model.Action;
import org.dopesheet.model.Channelbag;
import org.dopesheet.model.EditorMode;
import org.dopesheet.model.FCurve;
import org.dopesheet.operator.EnumProperty;
import org.dopesheet.operator.Operator;
import org.dopesheet.operator.OperatorContext;
import org.dopesheet.operator.OperatorDefinition;
import org.dopesheet.operator.OperatorProperties;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.PropertySchema;
import org.dopesheet.operator.ReportType;
import org.osgi.service.component.annotations.Component;

/**
 * {@code action.keyframe_insert} (Blender's {@code ACTION_OT_keyframe_insert}, spec 3.13): keys
 * the current value of each channel's property at the current frame: all editable visible
 * channels (ALL), only selected ones (SEL) or those of the active group (GROUP). New keys get
 * the scene's keyframe type and the preferences' handle type and interpolation. The result
 * carries {@code property_values}: the property values the keying read.
 */
@OperatorDefinition(id = "action.keyframe_insert", name = "Insert Keyframes",
        description = "Insert keyframes for the specified channels", family = "edit")
@Component(service = Operator.class)
public class KeyframeInsertOperator implements Operator {
    static final EnumProperty<InsertKeyType> TYPE = EnumProperty.of("type", InsertKeyType.class, InsertKeyType.ALL)
            .name("Type");
    private static final PropertySchema SCHEMA = PropertySchema.of(TYPE);

    @Override
    public PropertySchema properties() {
        return SCHEMA;
    }

    @Override
    public OperatorResult execute(OperatorContext context, OperatorProperties properties) {
        if (context.editor().mode() == EditorMode.MASK) {
            context.report(ReportType.ERROR, "Insert Keyframes is not yet implemented for this mode");
            return OperatorResult.CANCELLED;
        }
        InsertKeyType type = properties.get(TYPE);
        List<Map<String, Object>> read = Keyframer.propertyValues(context.document());
        if (deselectsKeysBeforeInserting(context)) {
            deselectKeysInEditor(context);
        }
        int filter = EditContext.EDITABLE;
        if (type == InsertKeyType.SEL) {
            filter |= AnimFilter.SEL;
        } else if (type == InsertKeyType.GROUP) {
            filter |= AnimFilter.ACTGROUPED;
        }
        List<Channel> channels = EditContext.curves(context, filter);
        Keyframer keyframer = new Keyframer(keyingRules(context), context::reportGlobal, context.preferences(),
                context.scene().keyframeType(), context.scene().frameCurrent());
        for (Channel ch : channels) {
            keyframer.key(ch);
        }
        ChannelUpdate.updateDefault(channels);
        EditContext.tagIfAny(context, channels);
        context.putValue("property_values", read);
        return OperatorResult.FINISHED;
    }

    /**
     * [cur] differs from 3.4: the current Blender first deselects every key of the actions the
     * animation editors show ({@code ANIM_deselect_keys_in_animation_editors}); Blender 3.4
     * keeps the existing key selection.
     */
    static boolean deselectsKeysBeforeInserting(OperatorContext context) {
        return !context.blender34();
    }

    /**
     * [cur] differs from 3.4 in the keying path ({@code insert_keyframe} vs
     * {@code animrig::insert_keyframes}): reports and the "Only Insert Needed" rule.
     */
    static Keyframer.Rules keyingRules(OperatorContext context) {
        return context.blender34() ? Keyframer.Rules.BLENDER_3_4 : Keyframer.Rules.CURRENT;
    }

    /**
     * The current Blender's {@code ANIM_deselect_keys_in_animation_editors} for this document's
     * editor: every key of every F-Curve (all slots) of the actions assigned to the animation
     * data of the channels the editor shows ({@code DATA_VISIBLE | FCURVESONLY}) is deselected.
     */
    static void deselectKeysInEditor(OperatorContext context) {
        Set<Action> actions = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Channel ch : context.anim().curves(AnimFilter.DATA_VISIBLE | AnimFilter.FCURVESONLY)) {
            if (ch.animData() != null && ch.animData().action() != null) {
                actions.add(ch.animData().action());
            }
        }
        for (Action action : actions) {
            for (Channelbag bag : action.channelbags()) {
                for (FCurve fcu : bag.fcurves()) {
                    for (int i = 0; i < fcu.size(); i++) {
                        if (fcu.anySelected(i)) {
                            fcu.setSelection(i, false, false, false);
                        }
                    }
                }
            }
        }
    }
}
