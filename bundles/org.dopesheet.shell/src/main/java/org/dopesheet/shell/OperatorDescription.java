package org.dopesheet.shell;

import org.dopesheet.operator.OperatorType;
import org.dopesheet.shell.internal.ShellFormat;

/**
 * The outcome of {@code ds:describe}: an operator with its flags, provider and properties.
 *
 * @param type the operator's description as the registry holds it
 */
public record OperatorDescription(OperatorType type) {
    @Override
    public String toString() {
        return ShellFormat.text(this);
    }
}
