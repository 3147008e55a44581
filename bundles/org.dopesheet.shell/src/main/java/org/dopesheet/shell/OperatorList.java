package org.dopesheet.shell;

import java.util.List;
import org.dopesheet.operator.OperatorType;
import org.dopesheet.shell.internal.ShellFormat;

/**
 * Registered operators, sorted by id.
 *
 * @param family    the family filter, or null for all
 * @param operators the operators
 */
public record OperatorList(String family, List<OperatorType> operators) {
    /** A list (copied). */
    public OperatorList {
        operators = List.copyOf(operators);
    }

    @Override
    public String toString() {
        return ShellFormat.text(this);
    }
}
