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
            if (type == MirrorType.XAXIS) {
                mirrorValues(c);
                return;
            }
            for (int i = 0; i < c.size(); i++) {
                if (c.selected(i)) {
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

    /**
     * Value mirror over zero of key and handles, for every selected key of the curve (over the
     * value columns, copied once when shared with an undo state).
     */
    static void mirrorValues(FCurve c) {
        FCurve.Columns k = c.columns();
        int first = 0;
        while (first < k.size && (k.flags[first] & FCurve.Columns.SELECT_KEY) == 0) {
            first++;
        }
        if (first == k.size) {
            return;
        }
        k = c.columnsForWrite(FCurve.Columns.Y | FCurve.Columns.LEFT_Y | FCurve.Columns.RIGHT_Y);
        final byte[] flags = k.flags;
        final float[] y = k.y;
        final float[] ly = k.leftY;
        final float[] ry = k.rightY;
        for (int i = first; i < k.size; i++) {
            if ((flags[i] & FCurve.Columns.SELECT_KEY) != 0) {
                y[i] = 0f - (y[i] - 0f);
                ly[i] = 0f - (ly[i] - 0f);
                ry[i] = 0f - (ry[i] - 0f);
            }
        }
    }
}
