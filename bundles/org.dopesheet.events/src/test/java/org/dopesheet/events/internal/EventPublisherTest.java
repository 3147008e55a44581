package org.dopesheet.events.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dopesheet.events.DopesheetEvents;
import org.dopesheet.model.Action;
import org.dopesheet.model.Document;
import org.dopesheet.context.AnimFilter;
import org.dopesheet.model.EditorMode;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.ObjectType;
import org.dopesheet.model.SceneObject;
import org.dopesheet.operator.IntProperty;
import org.dopesheet.operator.Operator;
import org.dopesheet.operator.OperatorContext;
import org.dopesheet.operator.OperatorDefinition;
import org.dopesheet.operator.OperatorException;
import org.dopesheet.operator.OperatorFlag;
import org.dopesheet.operator.OperatorProperties;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.OperatorType;
import org.dopesheet.operator.PropertySchema;
import org.dopesheet.operator.Registries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

class EventPublisherTest {

    /** Selects the first key of every visible curve where it is not selected yet. */
    @OperatorDefinition(id = "test.select_first", name = "Select First", family = "select")
    static class SelectFirst implements Operator {
        @Override
        public OperatorResult execute(OperatorContext context, OperatorProperties properties) {
            context.anim().curves(AnimFilter.DATA_VISIBLE | AnimFilter.FCURVESONLY).stream()
                    .filter(c -> !c.fcurve().selected(0)).forEach(c -> c.fcurve().setSelected(0, true));
            return OperatorResult.FINISHED;
        }
    }

    /** Changes nothing. */
    @OperatorDefinition(id = "test.look", name = "Look", family = "edit", flags = OperatorFlag.REGISTER)
    static class Look implements Operator {
        @Override
        public OperatorResult execute(OperatorContext context, OperatorProperties properties) {
            return OperatorResult.CANCELLED;
        }
    }

    /** Sets the preview start of the scene; of a family the table does not know. */
    @OperatorDefinition(id = "test.preview_start", name = "Preview Start", family = "custom")
    static class PreviewStart implements Operator {
        static final IntProperty START = IntProperty.of("start", 1);

        @Override
        public PropertySchema properties() {
            return PropertySchema.of(START);
        }

        @Override
        public OperatorResult execute(OperatorContext context, OperatorProperties properties) {
            context.scene().setFrameStart(properties.get(START));
            return OperatorResult.FINISHED;
        }
    }

    /** Fails after changing the document. */
    @OperatorDefinition(id = "test.fail", name = "Fail", family = "edit")
    static class Fail implements Operator {
        @Override
        public OperatorResult execute(OperatorContext context, OperatorProperties properties) {
            context.scene().setFrameStart(99);
            throw new IllegalStateException("failing on purpose");
        }
    }

    /** Records posted events; sending synchronously is not what the publisher does. */
    static final class RecordingEventAdmin implements EventAdmin {
        final List<Event> posted = new ArrayList<>();

        @Override
        public void postEvent(Event event) {
            posted.add(event);
        }

        @Override
        public void sendEvent(Event event) {
            throw new AssertionError("the publisher posts; it never sends synchronously");
        }

        List<String> topics() {
            return posted.stream().map(Event::getTopic).toList();
        }
    }

    private Registries.Standalone standalone;
    private RecordingEventAdmin eventAdmin;
    private EventPublisher publisher;
    private Document doc;
    private FCurve locX;

    @BeforeEach
    void setUp() {
        standalone = Registries.create().register(new SelectFirst(), new Look(), new PreviewStart(), new Fail());
        eventAdmin = new RecordingEventAdmin();
        publisher = new EventPublisher(standalone.registry(), eventAdmin);
        doc = standalone.documents().create("events");
        SceneObject cube = doc.addObject(new SceneObject("Cube", ObjectType.EMPTY).setSelect(true));
        doc.setActiveObject(cube);
        Action action = doc.addAction(new Action("CubeAction"));
        action.addUsers(1);
        cube.ensureAnimationData().setAction(action);
        locX = action.channelbag().addFcurve(new FCurve("location", 0));
        locX.addKey(1, 0);
        locX.addKey(10, 1);
        locX.setSelected(0, false);
        FCurve rotZ = action.channelbag().addFcurve(new FCurve("rotation_euler", 2));
        rotZ.addKey(1, 0);
        doc.editor().setMode(EditorMode.ACTION).setShowOnlySelected(false);
    }

    @Test
    void selection__postsKeyframeSelectedThenInvokedWithDocumentOperatorAndChannels() {
        standalone.registry().invoke(doc, "test.select_first", Map.of());
        assertEquals(List.of(DopesheetEvents.KEYFRAME_SELECTED, DopesheetEvents.OPERATOR_INVOKED), eventAdmin.topics());
        Event changed = eventAdmin.posted.get(0);
        assertEquals("events", changed.getProperty(DopesheetEvents.DOCUMENT));
        assertEquals("test.select_first", changed.getProperty(DopesheetEvents.OPERATOR));
        assertEquals("select", changed.getProperty(DopesheetEvents.FAMILY));
        assertEquals("test.select_first()", changed.getProperty(DopesheetEvents.INVOCATION));
        assertArrayEquals(new String[] {"FINISHED"}, (String[]) changed.getProperty(DopesheetEvents.STATUS));
        assertArrayEquals(new String[] {"CubeAction/location[0]"}, (String[]) changed.getProperty(DopesheetEvents.CHANNELS),
                "exactly the curve the operator changed");
        assertTrue((Integer) changed.getProperty(DopesheetEvents.NODES) >= 1);
        assertTrue(changed.getProperty(DopesheetEvents.TIMESTAMP) instanceof Long);
        Event invoked = eventAdmin.posted.get(1);
        assertEquals("test.select_first", invoked.getProperty(DopesheetEvents.OPERATOR));
        assertNull(invoked.getProperty(DopesheetEvents.CHANNELS), "only change topics name channels");
        assertTrue(locX.selected(0));
    }

    @Test
    void invocationThatChangesNothing__postsOnlyInvoked() {
        standalone.registry().invoke(doc, "test.look", Map.of());
        assertEquals(List.of(DopesheetEvents.OPERATOR_INVOKED), eventAdmin.topics());
        assertEquals(0, eventAdmin.posted.get(0).getProperty(DopesheetEvents.NODES));
        assertArrayEquals(new String[] {"CANCELLED"}, (String[]) eventAdmin.posted.get(0).getProperty(DopesheetEvents.STATUS));
    }

    @Test
    void unknownFamily__postsDocumentChangedWithTheValidatedProperties() {
        standalone.registry().invoke(doc, "test.preview_start(start=7)");
        assertEquals(List.of(DopesheetEvents.DOCUMENT_CHANGED, DopesheetEvents.OPERATOR_INVOKED), eventAdmin.topics());
        assertEquals("test.preview_start(start=7)", eventAdmin.posted.get(0).getProperty(DopesheetEvents.INVOCATION));
        assertNull(eventAdmin.posted.get(0).getProperty(DopesheetEvents.CHANNELS));
    }

    @Test
    void failedAndPollFailedInvocations__postNothing() {
        assertThrows(OperatorException.class, () -> standalone.registry().invoke(doc, "test.fail", Map.of()));
        assertEquals(List.of(), eventAdmin.topics());
        assertEquals(1, doc.scene().frameStart());
    }

    @Test
    void afterDeactivation__nothingIsPosted() {
        publisher.close();
        standalone.registry().invoke(doc, "test.select_first", Map.of());
        assertEquals(List.of(), eventAdmin.topics());
        assertTrue(locX.selected(0));
    }

    @Test
    void changeTopic__ofRegisteredOperatorsOnly() {
        assertEquals(java.util.Optional.of(DopesheetEvents.KEYFRAME_SELECTED), publisher.changeTopic("test.select_first"));
        assertEquals(java.util.Optional.of(DopesheetEvents.DOCUMENT_CHANGED), publisher.changeTopic("test.preview_start"));
        assertEquals(java.util.Optional.empty(), publisher.changeTopic("test.unknown"));
    }

    @Test
    void topics__followTheOperatorIdThenItsFamily() {
        assertEquals(DopesheetEvents.SCENE_FRAME_CHANGED, Topics.changeTopic(type("anim.change_frame", "scene")));
        assertEquals(DopesheetEvents.SCENE_FRAME_CHANGED, Topics.changeTopic(type("action.frame_jump", "view")));
        assertEquals(DopesheetEvents.SCENE_CHANGED, Topics.changeTopic(type("action.previewrange_set", "view")));
        assertEquals(DopesheetEvents.MARKERS_CHANGED, Topics.changeTopic(type("action.markers_make_local", "nla")));
        assertEquals(DopesheetEvents.VIEW_CHANGED, Topics.changeTopic(type("action.view_all", "view")));
        assertEquals(DopesheetEvents.KEYFRAME_EDITED, Topics.changeTopic(type("action.paste", "clipboard")));
        assertEquals(DopesheetEvents.KEYFRAME_EDITED, Topics.changeTopic(type("action.snap", "transform")));
        assertEquals(DopesheetEvents.KEYFRAME_EDITED, Topics.changeTopic(type("example.smooth_keys", "edit")));
        assertEquals(DopesheetEvents.KEYFRAME_SELECTED, Topics.changeTopic(type("action.select_all", "select")));
        assertEquals(DopesheetEvents.NLA_CHANGED, Topics.changeTopic(type("action.push_down", "nla")));
        assertEquals(DopesheetEvents.CHANNELS_CHANGED, Topics.changeTopic(type("anim.channels_delete", "channels")));
        assertEquals(DopesheetEvents.DOCUMENT_CHANGED, Topics.changeTopic(type("my.thing", "mine")));
        assertTrue(Topics.carriesChannels(DopesheetEvents.KEYFRAME_EDITED));
        assertFalse(Topics.carriesChannels(DopesheetEvents.NLA_CHANGED));
    }

    private static OperatorType type(String id, String family) {
        return new OperatorType(id, id, "", family, Set.of(), PropertySchema.EMPTY, "(standalone)", 0);
    }
}
