package org.dopesheet.edit;

import java.util.List;
import org.dopesheet.anim.Handles;
import org.dopesheet.anim.Keyframes;
import org.dopesheet.context.Channel;
import org.dopesheet.context.ChannelType;

/**
 * The post-edit update of touched channels (Blender's {@code ANIM_animdata_update}, spec 2.3):
 * ORDER sorts keys by frame (with handle swapping/clamping), HANDLES recalculates handles, in
 * that order. The depsgraph part is the operator's
 * {@link org.dopesheet.operator.OperatorContext#tagAnimationChanged()}.
 */
public final class ChannelUpdate {
    private ChannelUpdate() {
    }

    /** Sorts and/or recalculates the handles of every F-Curve channel of the list. */
    public static void update(List<Channel> channels, boolean order, boolean handles) {
        for (Channel ch : channels) {
            if (ch.type() != ChannelType.FCURVE) {
                continue;
            }
            if (order) {
                Keyframes.sortTime(ch.fcurve());
            }
            if (handles) {
                Handles.recalculate(ch.fcurve());
            }
        }
    }

    /** ORDER + HANDLES ("default" update). */
    public static void updateDefault(List<Channel> channels) {
        update(channels, true, true);
    }
}
