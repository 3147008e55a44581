package org.dopesheet.shell.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dopesheet.model.Document;
import org.dopesheet.operator.OperatorException;
import org.dopesheet.operator.OperatorRegistry;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.Report;
import org.dopesheet.shell.RunFailedException;
import org.dopesheet.shell.RunResult;

/**
 * Runs an operator for a shell command and decides whether the command fails: a failed poll, or
 * a CANCELLED result with an error report, throws {@link RunFailedException}; the registry's
 * {@link OperatorException}s (unknown operator, invalid property, operator threw) pass through
 * unchanged.
 */
public final class Runs {
    private Runs() {
    }

    /**
     * Invokes an operator on a document.
     *
     * @throws OperatorException  as the registry throws it
     * @throws RunFailedException if the poll failed or the operator was cancelled with an error
     */
    public static RunResult run(OperatorRegistry registry, Document document, String operatorId,
            Map<String, Object> arguments) {
        OperatorResult result = registry.invoke(document, operatorId, arguments);
        RunResult run = new RunResult(document.name(), operatorId, arguments, result);
        check(run);
        return run;
    }

    /** Throws {@link RunFailedException} for a failed poll or a CANCELLED run with an error report. */
    public static void check(RunResult run) {
        OperatorResult result = run.result();
        if (!result.poll()) {
            throw new RunFailedException(OperatorException.Kind.POLL_FAILED, run, run.invocation() + " on "
                    + run.document() + ": poll failed" + (result.pollMessage() == null ? "" : ": "
                    + result.pollMessage()));
        }
        if (result.cancelled()) {
            List<String> errors = new ArrayList<>();
            for (Report r : result.reports()) {
                if (r.type().isError()) {
                    errors.add(ShellFormat.report(r));
                }
            }
            if (!errors.isEmpty()) {
                throw new RunFailedException(OperatorException.Kind.EXECUTION_FAILED, run, run.invocation() + " on "
                        + run.document() + " was cancelled: " + String.join("; ", errors));
            }
        }
    }
}
