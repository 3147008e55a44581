package org.dopesheet.shell;

import java.util.List;
import org.dopesheet.shell.internal.ShellFormat;

/**
 * The open documents, sorted by name, the current one marked.
 *
 * @param documents the documents
 */
public record DocumentList(List<DocumentInfo> documents) {
    /** A list (copied). */
    public DocumentList {
        documents = List.copyOf(documents);
    }

    @Override
    public String toString() {
        return ShellFormat.text(this);
    }
}
