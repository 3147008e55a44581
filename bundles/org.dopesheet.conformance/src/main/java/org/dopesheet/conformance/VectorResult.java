package org.dopesheet.conformance;

import java.util.List;

/**
 * The outcome of one vector.
 *
 * @param name        vector name
 * @param operator    the operator the vector is filed under (its first non-harness op, else its first op)
 * @param status      passed, failed or skipped
 * @param message     first difference (failed) or why it was skipped; empty when passed
 * @param differences every difference found (failed)
 */
public record VectorResult(String name, String operator, Status status, String message, List<String> differences) {

    /** Outcome kinds. */
    public enum Status {
        PASSED,
        FAILED,
        SKIPPED
    }
}
