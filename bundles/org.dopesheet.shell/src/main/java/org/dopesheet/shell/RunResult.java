package org.dopesheet.shell;

import java.util.Map;
import org.dopesheet.operator.Invocation;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.shell.internal.ShellFormat;

/**
 * An operator run from the shell: what was called on which document, and its result.
 *
 * @param document   the document name
 * @param operatorId the operator id
 * @param arguments  the raw property values given (not the defaults)
 * @param result     the registry's result: status, poll, reports, values
 */
public record RunResult(String document, String operatorId, Map<String, Object> arguments, OperatorResult result) {
    /** A run (arguments copied, order kept). */
    public RunResult {
        arguments = new Invocation(operatorId, arguments).properties();
    }

    /** The call in text form, e.g. {@code action.select_all(action='SELECT')}. */
    public String invocation() {
        return new Invocation(operatorId, arguments).toString();
    }

    @Override
    public String toString() {
        return ShellFormat.text(this);
    }
}
