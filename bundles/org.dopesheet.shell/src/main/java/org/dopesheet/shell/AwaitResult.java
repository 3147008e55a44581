package org.dopesheet.shell;

import java.util.List;
import org.dopesheet.shell.internal.ShellFormat;

/**
 * The outcome of {@code ds:await}: every operator waited for is registered.
 *
 * @param operatorIds   the ids waited for
 * @param elapsedMillis how long the wait took
 */
public record AwaitResult(List<String> operatorIds, long elapsedMillis) {
    /** A result (ids copied). */
    public AwaitResult {
        operatorIds = List.copyOf(operatorIds);
    }

    @Override
    public String toString() {
        return ShellFormat.text(this);
    }
}
