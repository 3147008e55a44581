package org.dopesheet.operator;

import org.dopesheet.model.ChangeTracker;
import org.dopesheet.model.Document;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told about invocations the registry committed and about operators coming and going. Called on
 * the invoking thread while the document is still locked: keep it short.
 */
@ConsumerType
public interface InvocationListener {

    /**
     * A successful (not thrown, poll passed) top-level invocation was committed.
     *
     * @param document   the document
     * @param type       the operator
     * @param properties the validated properties
     * @param result     the result
     * @param changes    what the invocation changed (possibly empty)
     */
    default void invoked(Document document, OperatorType type, OperatorProperties properties, OperatorResult result,
            ChangeTracker.ChangeSet changes) {
    }

    /** An operator became available (or its provider changed). */
    default void operatorAdded(OperatorType type) {
    }

    /** An operator is no longer available. */
    default void operatorRemoved(OperatorType type) {
    }
}
