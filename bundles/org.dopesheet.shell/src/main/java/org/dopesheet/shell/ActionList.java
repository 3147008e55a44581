package org.dopesheet.shell;

import java.util.List;
import org.dopesheet.shell.internal.ShellFormat;

/**
 * The actions of a document, sorted by name as Blender keeps them.
 *
 * @param document the document name
 * @param actions  the actions
 */
public record ActionList(String document, List<Item> actions) {
    /** A list (copied). */
    public ActionList {
        actions = List.copyOf(actions);
    }

    /**
     * One action.
     *
     * @param name       action name
     * @param users      ID user count
     * @param fakeUser   whether it has a fake user
     * @param idRoot     ID type it animates, or null while never assigned
     * @param layered    whether it is a layered (slotted) action
     * @param slots      number of slots (0 for legacy actions)
     * @param groups     number of groups in all channel bags
     * @param curves     number of F-Curves in all channel bags
     * @param keys       number of keys
     * @param firstFrame frame of the earliest key, or null without keys
     * @param lastFrame  frame of the latest key, or null without keys
     * @param usedBy     names of the objects it is assigned to
     * @param shown      whether the editor shows it ({@code SpaceDopeSheetEditor.action})
     */
    public record Item(String name, int users, boolean fakeUser, String idRoot, boolean layered, int slots,
            int groups, int curves, long keys, Float firstFrame, Float lastFrame, List<String> usedBy,
            boolean shown) {
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
