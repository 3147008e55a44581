package org.dopesheet.shell;

import java.util.List;
import org.dopesheet.shell.internal.ShellFormat;

/**
 * The slots of one action.
 *
 * @param document the document name
 * @param action   the action name
 * @param layered  whether the action is layered; a legacy action has no slots
 * @param slots    the slots in order
 */
public record SlotList(String document, String action, boolean layered, List<Item> slots) {
    /** A list (copied). */
    public SlotList {
        slots = List.copyOf(slots);
    }

    /**
     * One slot.
     *
     * @param handle     stable slot handle
     * @param identifier identifier with ID type prefix, e.g. {@code OBCube}
     * @param selected   slot selection
     * @param active     whether it is the active slot
     * @param groups     groups in its channel bag
     * @param curves     F-Curves in its channel bag
     * @param keys       keys in its channel bag
     * @param usedBy     objects animated through this slot
     */
    public record Item(int handle, String identifier, boolean selected, boolean active, int groups, int curves,
            long keys, List<String> usedBy) {
        /** An item (users copied). */
        public Item {
            usedBy = List.copyOf(usedBy);
        }
    }

    @Override
    public String toString() {
        return ShellFormat.text(this);
    }
}
