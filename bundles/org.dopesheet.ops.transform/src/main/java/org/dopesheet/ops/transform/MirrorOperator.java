package org.dopesheet.ops.transform;

import org.dopesheet.edit.ChannelUpdate;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.HandleType;
import org.dopesheet.model.Marker;
import org.dopesheet.operator.EnumProperty;
import org.dopesheet.operator.Operator;
import org.dopesheet.operator.OperatorContext;
import org.dopesheet.operator.OperatorDefinition;
import org.dopesheet.operator.OperatorProperties;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.PropertySchema;
import org.osgi.service.component.annotations.Component;

/**
 * {@code action.mirror} (Blender's {@code ACTION_OT_mirror}): mirrors key-selected keys in time over
 * the current frame or the first selected marker (swapping handle points, handle types and handle
 * selection), or in value over zero. Coincident keys are not merged.
 */
@OperatorDefinition(id = "action.mirror", name = "Mirror Keys", family = "transform",
        description = "Flip selected keyframes over the selected mirror line")
@Component(service = Operator.class)
public class MirrorOperator implements Operator {
    static final EnumProperty<MirrorType> TYPE = EnumProperty.of("type", MirrorType.class, MirrorType.CFRA).name("Type");
    private static final PropertySchema SCHEMA = PropertySchema.of(TYPE);

    @Override
    public PropertySchema properties() {
        return SCHEMA;
    }

    @Override
    public OperatorResult execute(OperatorContext context, OperatorProperties properties) {
        if (!context.anim().hasKeyframeData()) {
            return OperatorResult.PASS_THROUGH;
        }
        MirrorType type = properties.get(TYPE);
        float centre;
        if (type == MirrorType.MARKER) {
            Marker first = null;
            for (Marker m : context.anim().markers()) {
                if (m.select()) {
                    first = m;
                    break;
                }
            }
            if (first == null) {
                return OperatorResult.FINISHED;
            }
            centre = first.frame();
        } else {
            centre = context.scene().frameCurrent();
        }
        var curves = KeyLoop.curves(context);
        KeyLoop.run(curves, (ch, c) -> {
            for (int i = 0; i < c.size(); i++) {
                if (!c.selected(i)) {
                    continue;
                }
                if (type == MirrorType.XAXIS) {
                    mirrorValue(c, i);
                } else {
                    mirrorTime(c, i, centre);
                }
            }
        }, null);
        ChannelUpdate.updateDefault(curves);
        context.tagAnimationChanged();
        return OperatorResult.FINISHED;
    }

    /** Time mirror about {@code centre}: key and handles, then handle points, types and flags swap sides. */
    static void mirrorTime(FCurve c, int i, float centre) {
        c.setX(i, centre + (centre - c.x(i)));
        c.setLeft(i, centre + (centre - c.leftX(i)), c.leftY(i));
        c.setRight(i, centre + (centre - c.rightX(i)), c.rightY(i));
        c.swapHandles(i);
        HandleType left = c.handleLeft(i);
        c.setHandleLeft(i, c.handleRight(i));
        c.setHandleRight(i, left);
        c.setSelection(i, c.rightSelected(i), c.selected(i), c.leftSelected(i));
    }

    /** Value mirror over zero for key and handles. */
    static void mirrorValue(FCurve c, int i) {
        c.setY(i, 0f - (c.y(i) - 0f));
        c.setLeft(i, c.leftX(i), 0f - (c.leftY(i) - 0f));
        c.setRight(i, c.rightX(i), 0f - (c.rightY(i) - 0f));
    }
}
