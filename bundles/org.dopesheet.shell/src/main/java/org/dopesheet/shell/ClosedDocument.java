package org.dopesheet.shell;

import org.dopesheet.shell.internal.ShellFormat;

/**
 * The outcome of {@code ds:close}.
 *
 * @param name    the closed document
 * @param current the session's current document afterwards, or null when none is determined
 */
public record ClosedDocument(String name, String current) {
    @Override
    public String toString() {
        return ShellFormat.text(this);
    }
}
