package org.dopesheet.shell;

import java.util.List;
import org.dopesheet.operator.UndoHistory;
import org.dopesheet.shell.internal.ShellFormat;

/**
 * The undo history of a document as {@code ds:history}, {@code ds:undo} and {@code ds:redo} show
 * it.
 *
 * @param document the document name
 * @param steps    the steps, oldest first
 * @param position how many steps are applied (the rest can be redone)
 * @param action   what the command did ({@code undone ...}, {@code redone ...}), or null for a listing
 */
public record HistoryView(String document, List<UndoHistory.Step> steps, int position, String action) {
    @Override
    public String toString() {
        return ShellFormat.text(this);
    }
}
