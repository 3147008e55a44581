package org.dopesheet.events.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dopesheet.events.ChangeTopics;
import org.dopesheet.events.DopesheetEvents;
import org.dopesheet.model.Action;
import org.dopesheet.model.ChangeTracker;
import org.dopesheet.model.Channelbag;
import org.dopesheet.model.Document;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.ModelNode;
import org.dopesheet.operator.InvocationListener;
import org.dopesheet.operator.OperatorProperties;
import org.dopesheet.operator.OperatorRegistry;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.OperatorStatus;
import org.dopesheet.operator.OperatorType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * Listens to the {@link OperatorRegistry} and posts, after every committed invocation, the
 * change event (when the document changed) and the {@code OPERATOR/INVOKED} event of
 * {@link DopesheetEvents}. Event properties are computed on the invoking thread, while the
 * document is still locked; delivery is asynchronous ({@link EventAdmin#postEvent}).
 */
@Component(service = ChangeTopics.class, immediate = true)
public class EventPublisher implements ChangeTopics {
    private final OperatorRegistry registry;
    private final EventAdmin eventAdmin;
    private final InvocationListener listener = new InvocationListener() {
        @Override
        public void invoked(Document document, OperatorType type, OperatorProperties properties, OperatorResult result,
                ChangeTracker.ChangeSet changes) {
            publish(document, type, properties, result, changes);
        }
    };

    @Activate
    public EventPublisher(@Reference OperatorRegistry registry, @Reference EventAdmin eventAdmin) {
        this.registry = registry;
        this.eventAdmin = eventAdmin;
        registry.addListener(listener);
    }

    @Deactivate
    public void close() {
        registry.removeListener(listener);
    }

    @Override
    public Optional<String> changeTopic(String operatorId) {
        return registry.operator(operatorId).map(Topics::changeTopic);
    }

    void publish(Document document, OperatorType type, OperatorProperties properties, OperatorResult result,
            ChangeTracker.ChangeSet changes) {
        Map<String, Object> common = new HashMap<>();
        common.put(DopesheetEvents.DOCUMENT, document.name());
        common.put(DopesheetEvents.OPERATOR, type.id());
        common.put(DopesheetEvents.FAMILY, type.family());
        common.put(DopesheetEvents.INVOCATION, type.id() + "(" + properties + ")");
        List<String> status = new ArrayList<>();
        for (OperatorStatus s : result.status()) {
            status.add(s.name());
        }
        common.put(DopesheetEvents.STATUS, status.toArray(String[]::new));
        common.put(DopesheetEvents.NODES, changes.size());
        common.put(DopesheetEvents.TIMESTAMP, System.currentTimeMillis());
        if (!changes.isEmpty()) {
            String topic = Topics.changeTopic(type);
            Map<String, Object> props = new HashMap<>(common);
            if (Topics.carriesChannels(topic)) {
                props.put(DopesheetEvents.CHANNELS, channels(document, changes));
            }
            eventAdmin.postEvent(new Event(topic, props));
        }
        eventAdmin.postEvent(new Event(DopesheetEvents.OPERATOR_INVOKED, common));
    }

    /**
     * The F-Curves the invocation changed, as {@code action/data_path[index]} in the document's
     * action and curve order: the touched nodes of the change set that are curves of the
     * document's actions.
     */
    static String[] channels(Document document, ChangeTracker.ChangeSet changes) {
        Set<ModelNode> touched = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ModelNode n : changes.nodes()) {
            if (n instanceof FCurve) {
                touched.add(n);
            }
        }
        List<String> out = new ArrayList<>();
        if (touched.isEmpty()) {
            return new String[0];
        }
        for (Action a : document.actions()) {
            for (Channelbag bag : a.channelbags()) {
                for (FCurve c : bag.fcurves()) {
                    if (touched.contains(c)) {
                        out.add(a.name() + "/" + c.dataPath() + "[" + c.arrayIndex() + "]");
                    }
                }
            }
        }
        return out.toArray(String[]::new);
    }
}
