package org.dopesheet.operator;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.dopesheet.model.Document;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The registry of operators (a whiteboard over {@link Operator} services) and the only way
 * operators run: it validates properties, serialises invocations on a document, runs each in a
 * transaction (an operator that throws leaves the document exactly as before) and notifies
 * {@link InvocationListener}s of committed changes.
 */
@ProviderType
public interface OperatorRegistry {

    /** The registered operators, sorted by id. */
    List<OperatorType> operators();

    /** The operator with this id, if registered. */
    Optional<OperatorType> operator(String id);

    /**
     * Invokes an operator on a document with raw property values (Boolean, Number, String, List,
     * Map, or typed values).
     *
     * @return the result; when the poll fails, a result with {@code poll() == false} and nothing changed
     * @throws OperatorException for an unknown or unavailable operator, invalid properties, or
     *                           an operator that threw (the document is then unchanged)
     */
    OperatorResult invoke(Document document, String operatorId, Map<String, ?> properties);

    /** Invokes the text form, e.g. {@code action.select_all(action='SELECT')}. */
    OperatorResult invoke(Document document, String invocation);

    /** Invokes on the document of this name in the {@code DocumentStore}. */
    OperatorResult invoke(String documentName, String operatorId, Map<String, ?> properties);

    /** Invokes the text form on the document of this name. */
    OperatorResult invoke(String documentName, String invocation);

    /**
     * Waits until every given operator id is registered.
     *
     * @return whether they all are, within the timeout
     */
    boolean await(Collection<String> operatorIds, long timeout, TimeUnit unit) throws InterruptedException;

    /** Adds a listener of invocations and registrations. */
    void addListener(InvocationListener listener);

    void removeListener(InvocationListener listener);
}
