package org.dopesheet.shell;

import java.util.List;
import org.dopesheet.context.ChannelType;
import org.dopesheet.model.EditorMode;
import org.dopesheet.shell.internal.ShellFormat;

/**
 * The editor's channel rows in Blender's display order.
 *
 * @param document the document name
 * @param mode     the editor mode the rows were listed for
 * @param rows     the rows, top to bottom
 */
public record ChannelList(String document, EditorMode mode, List<Row> rows) {
    /** A list (copied). */
    public ChannelList {
        rows = List.copyOf(rows);
    }

    /**
     * One row.
     *
     * @param index    row index (0 at the top), as region coordinates count rows
     * @param depth    hierarchy depth for indentation (summary 0)
     * @param type     channel type
     * @param name     display name (F-Curves as Blender names them, e.g. {@code X Location (arm.L)})
     * @param path     RNA path with array index for F-Curves ({@code location[0]}), else null
     * @param selected the row's own selection flag
     * @param keys     number of keys the row covers (the sum over its curves)
     */
    public record Row(int index, int depth, ChannelType type, String name, String path, boolean selected,
            long keys) {
    }

    @Override
    public String toString() {
        return ShellFormat.text(this);
    }
}
