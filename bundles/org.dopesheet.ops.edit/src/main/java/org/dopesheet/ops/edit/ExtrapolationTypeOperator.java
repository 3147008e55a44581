package org.dopesheet.ops.edit;

import java.util.List;
import org.dopesheet.anim.Handles;
import org.dopesheet.context.AnimFilter;
import org.dopesheet.context.Channel;
import org.dopesheet.edit.ChannelUpdate;
import org.dopesheet.model.CyclesModifier;
import org.dopesheet.model.Extrapolation;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.FModifier;
import org.dopesheet.operator.EnumProperty;
import org.dopesheet.operator.Operator;
import org.dopesheet.operator.OperatorContext;
import org.dopesheet.operator.OperatorDefinition;
import org.dopesheet.operator.OperatorProperties;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.PropertySchema;
import org.osgi.service.component.annotations.Component;

/**
 * {@code action.extrapolation_type} (Blender's {@code ACTION_OT_extrapolation_type}, spec 3.9):
 * on the selected editable visible curves, CONSTANT / LINEAR set the extrapolation, MAKE_CYCLIC
 * adds a Cycles modifier when the curve has none (impossible, and silently skipped, when the
 * stack is not empty: Cycles must come first), CLEAR_CYCLIC removes every Cycles modifier. Not
 * implemented for Grease Pencil and Mask data.
 */
@OperatorDefinition(id = "action.extrapolation_type", name = "Set F-Curve Extrapolation",
        description = "Set extrapolation mode for selected F-Curves", family = "edit")
@Component(service = Operator.class)
public class ExtrapolationTypeOperator implements Operator {
    static final EnumProperty<ExtrapolationItem> TYPE = EnumProperty.of("type", ExtrapolationItem.class,
            ExtrapolationItem.CONSTANT).name("Type");
    private static final PropertySchema SCHEMA = PropertySchema.of(TYPE);

    @Override
    public PropertySchema properties() {
        return SCHEMA;
    }

    @Override
    public OperatorResult execute(OperatorContext context, OperatorProperties properties) {
        if (EditContext.greasePencilOrMask(context)) {
            return EditContext.notImplemented(context);
        }
        ExtrapolationItem type = properties.get(TYPE);
        List<Channel> channels = EditContext.curves(context, EditContext.EDITABLE_CURVES | AnimFilter.SEL);
        for (Channel ch : channels) {
            FCurve fcu = ch.fcurve();
            switch (type) {
                case CONSTANT:
                    fcu.setExtrapolation(Extrapolation.CONSTANT);
                    break;
                case LINEAR:
                    fcu.setExtrapolation(Extrapolation.LINEAR);
                    break;
                case MAKE_CYCLIC:
                    makeCyclic(fcu);
                    break;
                default:
                    clearCyclic(fcu);
                    break;
            }
        }
        ChannelUpdate.updateDefault(channels);
        EditContext.tagIfAny(context, channels);
        return OperatorResult.FINISHED;
    }

    /**
     * Adds a Cycles modifier unless the curve has one anywhere in its stack (Blender's
     * {@code add_fmodifier}): REPEAT both ways, infinite counts, full influence, active when it
     * is the only modifier; a non-empty stack refuses it (Blender only logs this). The handles
     * are recalculated for the cyclic smoothing.
     */
    static void makeCyclic(FCurve fcu) {
        for (FModifier m : fcu.modifiers()) {
            if (CyclesModifier.TYPE.equals(m.type())) {
                return;
            }
        }
        if (!fcu.modifiers().isEmpty()) {
            return;
        }
        CyclesModifier cycles = new CyclesModifier();
        cycles.setActive(true);
        fcu.addModifier(cycles);
        Handles.recalculate(fcu);
    }

    /** Removes every Cycles modifier of the curve. */
    static void clearCyclic(FCurve fcu) {
        for (FModifier m : List.copyOf(fcu.modifiers())) {
            if (CyclesModifier.TYPE.equals(m.type())) {
                fcu.removeModifier(m);
            }
        }
    }
}
