package org.dopesheet.shell;

import java.nio.file.Path;
import org.dopesheet.shell.internal.ShellFormat;

/**
 * An open document as the shell lists it.
 *
 * @param name    document name
 * @param current whether it is the current document of the session that asked
 * @param objects number of objects
 * @param actions number of actions
 * @param keys    number of keys in all actions
 * @param file    the file it was opened from or last saved to, or null
 */
public record DocumentInfo(String name, boolean current, int objects, int actions, long keys, Path file) {
    @Override
    public String toString() {
        return ShellFormat.text(this);
    }
}
