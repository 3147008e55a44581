package org.dopesheet.shell;

import org.dopesheet.operator.OperatorException;

/**
 * An operator run from the shell did not succeed although the registry accepted the call: its
 * poll failed (kind {@link OperatorException.Kind#POLL_FAILED}; nothing ran) or it returned
 * CANCELLED with an error report (kind {@link OperatorException.Kind#EXECUTION_FAILED}). Thrown
 * so that a non-interactive script stops with the message; {@link #run()} keeps the full outcome.
 */
public class RunFailedException extends OperatorException {
    private static final long serialVersionUID = 1L;
    private final transient RunResult run;

    /** A failure of this run. */
    public RunFailedException(Kind kind, RunResult run, String message) {
        super(kind, run.operatorId(), message);
        this.run = run;
    }

    /** The outcome of the failed run (status, reports, values). */
    public RunResult run() {
        return run;
    }
}
