package org.dopesheet.events.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dopesheet.context.AnimFilter;
import org.dopesheet.context.AnimationContext;
import org.dopesheet.context.Channel;
import org.dopesheet.events.ChangeTopics;
import org.dopesheet.events.DopesheetEvents;
import org.dopesheet.model.AnimData;
import org.dopesheet.model.ChangeTracker;
import org.dopesheet.model.Document;
import org.dopesheet.model.EditorMode;
import org.dopesheet.model.EditorState;
import org.dopesheet.model.SceneObject;
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
    /** The F-Curves an editor shows: the channels a keyframe event names. */
    static final int VISIBLE_CURVES = AnimFilter.DATA_VISIBLE | AnimFilter.FCURVESONLY | AnimFilter.NODUPLIS;

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
                props.put(DopesheetEvents.CHANNELS, channels(document));
            }
            eventAdmin.postEvent(new Event(topic, props));
        }
        eventAdmin.postEvent(new Event(DopesheetEvents.OPERATOR_INVOKED, common));
    }

    /**
     * The visible F-Curves of the document's editor, as {@code action/data_path[index]}. Building
     * an animation context re-synchronises an Action editor with the active object's action; it
     * is built only when that changes nothing (the document is outside a transaction here), which
     * holds after every keyframe operator, since they build the context themselves.
     */
    static String[] channels(Document document) {
        if (wouldResync(document)) {
            return new String[0];
        }
        List<String> out = new ArrayList<>();
        for (Channel c : AnimationContext.of(document).curves(VISIBLE_CURVES)) {
            String action = c.action() == null ? "" : c.action().name();
            out.add(action + "/" + c.fcurve().dataPath() + "[" + c.fcurve().arrayIndex() + "]");
        }
        return out.toArray(String[]::new);
    }

    /** Whether {@link AnimationContext#of} would change the editor's action (Action editor out of sync). */
    static boolean wouldResync(Document document) {
        EditorState editor = document.editor();
        if (editor.mode() != EditorMode.ACTION) {
            return false;
        }
        SceneObject active = document.activeObject();
        AnimData adt = active == null ? null : active.animationData();
        return editor.action() != (adt == null ? null : adt.action());
    }
}
