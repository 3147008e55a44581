package org.dopesheet.shell;

import java.util.List;
import org.dopesheet.model.ObjectType;
import org.dopesheet.shell.internal.ShellFormat;

/**
 * The objects of a document in view-layer order.
 *
 * @param document the document name
 * @param objects  the objects
 */
public record ObjectList(String document, List<Item> objects) {
    /** A list (copied). */
    public ObjectList {
        objects = List.copyOf(objects);
    }

    /**
     * One object.
     *
     * @param name     object name
     * @param type     object type
     * @param selected object selection
     * @param active   whether it is the active object
     * @param action   name of the assigned action, or null
     * @param keys     number of keys in the channel bag it is animated by
     * @param bones    bone names (armatures)
     */
    public record Item(String name, ObjectType type, boolean selected, boolean active, String action, long keys,
            List<String> bones) {
        /** An item (bones copied). */
        public Item {
            bones = List.copyOf(bones);
        }
    }

    @Override
    public String toString() {
        return ShellFormat.text(this);
    }
}
