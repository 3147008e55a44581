package org.dopesheet.runtime.it;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.options;

import java.util.List;
import java.util.Optional;
import org.dopesheet.document.DocumentStore;
import org.dopesheet.events.ChangeTopics;
import org.dopesheet.events.DopesheetEvents;
import org.dopesheet.model.Document;
import org.dopesheet.operator.OperatorRegistry;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.service.event.Event;

/** Change notifications: Felix Event Admin delivers the events bundle's events to handlers of the topics. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class EventsIT {
    private BundleContext context;
    private OperatorRegistry registry;
    private Document doc;

    @Configuration
    public Option[] config() {
        return options(DopesheetTestSupport.runtime().toArray(Option[]::new));
    }

    @Before
    public void services() throws Exception {
        context = DopesheetTestSupport.contextOf(getClass());
        registry = DopesheetTestSupport.service(context, OperatorRegistry.class);
        DopesheetTestSupport.awaitOperators(registry,
                List.of("action.select_all", "action.keyframe_type", "anim.change_frame", "action.view_all", "action.copy"));
        doc = HostSupport.cubeDocument(DopesheetTestSupport.service(context, DocumentStore.class), "events");
        // registered once the publisher listens to the registry
        ChangeTopics topics = DopesheetTestSupport.service(context, ChangeTopics.class);
        assertEquals(Optional.of(DopesheetEvents.KEYFRAME_SELECTED), topics.changeTopic("action.select_all"));
        assertEquals(Optional.of(DopesheetEvents.SCENE_FRAME_CHANGED), topics.changeTopic("anim.change_frame"));
    }

    @Test
    public void eachInvocationPostsItsChangeTopicThenOperatorInvoked() throws Exception {
        try (HostSupport.EventRecorder all = new HostSupport.EventRecorder(context, DopesheetEvents.ALL_TOPICS)) {
            registry.invoke("events", "action.select_all(action='SELECT')");
            Event selected = all.next(DopesheetEvents.KEYFRAME_SELECTED);
            assertEquals("events", selected.getProperty(DopesheetEvents.DOCUMENT));
            assertEquals("action.select_all", selected.getProperty(DopesheetEvents.OPERATOR));
            assertEquals("select", selected.getProperty(DopesheetEvents.FAMILY));
            assertEquals("action.select_all(action='SELECT')", selected.getProperty(DopesheetEvents.INVOCATION));
            assertArrayEquals(new String[] {"FINISHED"}, (String[]) selected.getProperty(DopesheetEvents.STATUS));
            assertArrayEquals(new String[] {"CubeAction/location[0]", "CubeAction/location[1]", "CubeAction/location[2]"},
                    (String[]) selected.getProperty(DopesheetEvents.CHANNELS));
            assertTrue((Integer) selected.getProperty(DopesheetEvents.NODES) >= 3);
            Event invoked = all.next(DopesheetEvents.OPERATOR_INVOKED);
            assertEquals("action.select_all", invoked.getProperty(DopesheetEvents.OPERATOR));

            registry.invoke("events", "action.keyframe_type(type='BREAKDOWN')");
            assertEquals("action.keyframe_type", all.next(DopesheetEvents.KEYFRAME_EDITED).getProperty(DopesheetEvents.OPERATOR));
            all.next(DopesheetEvents.OPERATOR_INVOKED);

            registry.invoke("events", "anim.change_frame(frame=12)");
            Event frame = all.next(DopesheetEvents.SCENE_FRAME_CHANGED);
            assertNull("frame changes name no channels", frame.getProperty(DopesheetEvents.CHANNELS));
            all.next(DopesheetEvents.OPERATOR_INVOKED);
            assertEquals(12, doc.scene().frameCurrent());

            // copying keys leaves the document as it is: only OPERATOR/INVOKED
            registry.invoke("events", "action.copy()");
            Event unchanged = all.next(DopesheetEvents.OPERATOR_INVOKED);
            assertEquals("action.copy", unchanged.getProperty(DopesheetEvents.OPERATOR));
            assertEquals(0, unchanged.getProperty(DopesheetEvents.NODES));
        }
    }

    @Test
    public void aHandlerOfOneTopicReceivesOnlyThatTopic() throws Exception {
        try (HostSupport.EventRecorder edited = new HostSupport.EventRecorder(context, DopesheetEvents.KEYFRAME_EDITED);
                HostSupport.EventRecorder all = new HostSupport.EventRecorder(context, DopesheetEvents.ALL_TOPICS)) {
            registry.invoke("events", "action.select_all(action='DESELECT')");
            registry.invoke("events", "action.view_all()");
            registry.invoke("events", "action.select_all(action='SELECT')");
            registry.invoke("events", "action.keyframe_type(type='JITTER')");
            // the catch-all handler sees all eight events in order; by then the edited handler has its one
            for (String topic : List.of(DopesheetEvents.KEYFRAME_SELECTED, DopesheetEvents.OPERATOR_INVOKED,
                    DopesheetEvents.VIEW_CHANGED, DopesheetEvents.OPERATOR_INVOKED, DopesheetEvents.KEYFRAME_SELECTED,
                    DopesheetEvents.OPERATOR_INVOKED, DopesheetEvents.KEYFRAME_EDITED, DopesheetEvents.OPERATOR_INVOKED)) {
                all.next(topic);
            }
            Event e = edited.next(DopesheetEvents.KEYFRAME_EDITED);
            assertEquals("action.keyframe_type(type='JITTER')", e.getProperty(DopesheetEvents.INVOCATION));
            assertEquals(0, edited.pending());
        }
    }
}
