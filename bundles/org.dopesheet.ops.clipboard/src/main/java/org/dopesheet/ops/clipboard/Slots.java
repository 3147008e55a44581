package org.dopesheet.ops.clipboard;

import org.dopesheet.context.Channel;
import org.dopesheet.model.Action;
import org.dopesheet.model.ActionSlot;

/** The action slot a listed channel belongs to [cur]. */
final class Slots {
    private Slots() {
    }

    /**
     * The slot of the layered action whose channel bag holds the channel's curve, or null for a
     * legacy action (which has one channel bag and no slots).
     */
    static ActionSlot of(Channel channel) {
        Action action = channel.action();
        if (action == null || !action.layered() || channel.channelbag() == null) {
            return null;
        }
        for (ActionSlot s : action.slots()) {
            if (s.channelbag() == channel.channelbag()) {
                return s;
            }
        }
        return null;
    }

    /** The identifier of the channel's slot, or null for a legacy action. */
    static String identifier(Channel channel) {
        ActionSlot s = of(channel);
        return s == null ? null : s.identifier();
    }
}
