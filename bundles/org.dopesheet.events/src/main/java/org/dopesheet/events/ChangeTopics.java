package org.dopesheet.events;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The service of the events bundle: which change topic an operator's invocations are announced
 * on, so that a host can subscribe to exactly the notifications of the operators it runs. While
 * the service is registered, events are being posted.
 */
@ProviderType
public interface ChangeTopics {

    /**
     * The change topic of a registered operator (one of {@link DopesheetEvents}' topics other than
     * {@link DopesheetEvents#OPERATOR_INVOKED}), posted after each of its invocations that changes
     * the document; empty for an operator that is not registered.
     */
    Optional<String> changeTopic(String operatorId);
}
