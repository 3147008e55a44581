package org.dopesheet.ops.transform;

import java.util.List;
import org.dopesheet.anim.Keyframes;
import org.dopesheet.edit.ChannelUpdate;
import org.dopesheet.model.FCurve;
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
 * {@code action.snap} (Blender's {@code ACTION_OT_snap}): moves key-selected keys of visible editable
 * curves to the current frame, the nearest frame, second or marker (in scene time). Blender 3.4 moves
 * only the key point and leaves coincident keys; current Blender moves the handles with the key and
 * merges keys that land on one frame.
 */
@OperatorDefinition(id = "action.snap", name = "Snap Keys", family = "transform",
        description = "Snap selected keyframes to the times specified")
@Component(service = Operator.class)
public class SnapOperator implements Operator {
    static final EnumProperty<SnapType> TYPE = EnumProperty.of("type", SnapType.class, SnapType.CFRA).name("Type");
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
        SnapType type = properties.get(TYPE);
        int cfra = context.scene().frameCurrent();
        float secf = (float) context.scene().frameRate();
        List<Marker> markers = context.anim().markers();
        boolean withHandles = movesHandlesAndMerges(context);
        var curves = KeyLoop.curves(context);
        KeyLoop.run(curves, (ch, c) -> {
            for (int i = 0; i < c.size(); i++) {
                if (!c.selected(i)) {
                    continue;
                }
                float x = c.x(i);
                float target;
                switch (type) {
                    case CFRA:
                        target = cfra;
                        break;
                    case NEAREST_FRAME:
                        target = (float) Math.floor(x + 0.5f);
                        break;
                    case NEAREST_SECOND:
                        target = (float) Math.floor(x / secf + 0.5f) * secf;
                        break;
                    default:
                        target = nearestMarker(markers, x);
                        break;
                }
                moveKey(c, i, target, withHandles);
            }
        }, withHandles ? (ch, c) -> Keyframes.mergeDuplicateKeys(c, false) : null);
        ChannelUpdate.updateDefault(curves);
        context.tagAnimationChanged();
        return OperatorResult.FINISHED;
    }

    /**
     * Current Blender moves the handles with the key and merges coincident keys afterwards; Blender
     * 3.4 moves only the key point and keeps coincident keys.
     */
    static boolean movesHandlesAndMerges(OperatorContext context) {
        return !context.blender34();
    }

    static void moveKey(FCurve c, int i, float frame, boolean withHandles) {
        if (withHandles) {
            float offset = frame - c.x(i);
            c.setLeft(i, c.leftX(i) + offset, c.leftY(i));
            c.setRight(i, c.rightX(i) + offset, c.rightY(i));
        }
        c.setX(i, frame);
    }

    /**
     * Blender's {@code ED_markers_find_nearest_marker_time}: the frame of the marker nearest to
     * {@code x} (first in list order on ties), or {@code x} rounded when there is no marker.
     */
    static float nearestMarker(List<Marker> markers, float x) {
        Marker nearest = null;
        float minDist = 1000000f;
        for (Marker m : markers) {
            float d = Math.abs(m.frame() - x);
            if (d < minDist) {
                minDist = d;
                nearest = m;
            }
        }
        return nearest != null ? nearest.frame() : (float) Math.floor(x + 0.5f);
    }
}
