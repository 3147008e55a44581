package org.dopesheet.runtime.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.options;

import java.util.List;
import java.util.Map;
import org.dopesheet.document.DocumentStore;
import org.dopesheet.events.ChangeTopics;
import org.dopesheet.events.DopesheetEvents;
import org.dopesheet.model.Action;
import org.dopesheet.model.Document;
import org.dopesheet.model.EditorMode;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.KeyframeType;
import org.dopesheet.model.ObjectType;
import org.dopesheet.model.SceneObject;
import org.dopesheet.operator.OperatorRegistry;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.UndoHistory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.service.event.Event;

/**
 * The embedding API, with this test acting as the host application: it builds a document from
 * its own data through the model API, hands it to the runtime's DocumentStore, runs operators
 * through the OperatorRegistry, reads the results from its own objects, listens to the change
 * events, and undoes through the UndoHistory service.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class EmbeddingIT {

    @Configuration
    public Option[] config() {
        return options(DopesheetTestSupport.runtime().toArray(Option[]::new));
    }

    @Test
    public void aHostBuildsADocumentRunsOperatorsReadsResultsAndHearsTheChanges() throws Exception {
        BundleContext context = DopesheetTestSupport.contextOf(getClass());
        OperatorRegistry registry = DopesheetTestSupport.service(context, OperatorRegistry.class);
        DocumentStore store = DopesheetTestSupport.service(context, DocumentStore.class);
        UndoHistory undo = DopesheetTestSupport.service(context, UndoHistory.class);
        DopesheetTestSupport.service(context, ChangeTopics.class);
        DopesheetTestSupport.awaitOperators(registry, List.of("action.select_all", "action.select_column",
                "action.keyframe_type", "action.clean", "anim.change_frame"));

        // the host's own data: a ball's height sampled on every frame, with two runs of three equal samples
        float[] height = {0, 3, 5, 5, 5, 3, 0, 0, 0, 2};
        Document doc = new Document("ball");
        SceneObject ball = doc.addObject(new SceneObject("Ball", ObjectType.MESH).setSelect(true));
        doc.setActiveObject(ball);
        Action bounce = doc.addAction(new Action("Bounce")).setIdRoot("OBJECT");
        bounce.addUsers(1);
        ball.ensureAnimationData().setAction(bounce);
        FCurve z = bounce.channelbag().addFcurve(new FCurve("location", 2));
        for (int frame = 0; frame < height.length; frame++) {
            z.addKey(frame + 1, height[frame]);
        }
        doc.editor().setMode(EditorMode.ACTION);
        assertSame(doc, store.put(doc));
        assertSame(doc, store.require("ball"));

        try (HostSupport.EventRecorder keys = new HostSupport.EventRecorder(context, "org/dopesheet/KEYFRAME/*");
                HostSupport.EventRecorder frames = new HostSupport.EventRecorder(context, DopesheetEvents.SCENE_FRAME_CHANGED)) {
            // deselect everything, then select the column of keys on the current frame
            assertTrue(registry.invoke("ball", "action.select_all(action='DESELECT')").finished());
            assertEquals("action.select_all", keys.next(DopesheetEvents.KEYFRAME_SELECTED).getProperty(DopesheetEvents.OPERATOR));
            assertTrue(registry.invoke("ball", "anim.change_frame(frame=3)").finished());
            assertEquals("ball", frames.next(DopesheetEvents.SCENE_FRAME_CHANGED).getProperty(DopesheetEvents.DOCUMENT));
            assertTrue(registry.invoke("ball", "action.select_column(mode='CFRA')").finished());
            Event column = keys.next(DopesheetEvents.KEYFRAME_SELECTED);
            assertEquals(List.of("Bounce/location[2]"), List.of((String[]) column.getProperty(DopesheetEvents.CHANNELS)));
            assertEquals("0010000000", selection(z));

            // retype the selected key: the host reads the result from its own curve
            OperatorResult typed = registry.invoke(doc, "action.keyframe_type", Map.of("type", "EXTREME"));
            assertTrue(typed.toString(), typed.finished());
            assertEquals(KeyframeType.EXTREME, z.keyType(2));
            assertEquals(KeyframeType.KEYFRAME, z.keyType(3));
            assertEquals("action.keyframe_type", keys.next(DopesheetEvents.KEYFRAME_EDITED).getProperty(DopesheetEvents.OPERATOR));

            // clean every key: the middle sample of each run of three equal ones goes
            registry.invoke("ball", "action.select_all(action='SELECT')");
            keys.next(DopesheetEvents.KEYFRAME_SELECTED);
            assertTrue(registry.invoke("ball", "action.clean(threshold=0.001)").finished());
            Event cleaned = keys.next(DopesheetEvents.KEYFRAME_EDITED);
            assertEquals("action.clean(threshold=0.001, channels=False)", cleaned.getProperty(DopesheetEvents.INVOCATION));
            assertEquals("1 2 3 5 6 7 9 10", frames(z));

            // the host undoes the clean through the undo history: its curve has every sample again
            assertTrue(undo.undo(doc));
            assertEquals(height.length, z.size());
            for (int i = 0; i < height.length; i++) {
                assertEquals(height[i], z.y(i), 0f);
            }
            assertEquals(0, frames.pending());
        }
        assertTrue(store.remove("ball"));
        assertFalse(store.get("ball").isPresent());
    }

    private static String frames(FCurve c) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < c.size(); i++) {
            sb.append(i == 0 ? "" : " ").append((int) c.x(i));
        }
        return sb.toString();
    }

    private static String selection(FCurve c) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < c.size(); i++) {
            sb.append(c.selected(i) ? '1' : '0');
        }
        return sb.toString();
    }
}
