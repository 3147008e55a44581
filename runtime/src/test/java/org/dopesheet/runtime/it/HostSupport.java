package org.dopesheet.runtime.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.dopesheet.document.DocumentStore;
import org.dopesheet.model.Action;
import org.dopesheet.model.Document;
import org.dopesheet.model.EditorMode;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.Interpolation;
import org.dopesheet.model.ObjectType;
import org.dopesheet.model.SceneObject;
import org.apache.felix.service.command.CommandProcessor;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Filter;
import org.osgi.framework.ServiceListener;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.util.tracker.ServiceTracker;

/**
 * What the host-side tests (example deployment, events, metatype, embedding) share: a document
 * built through the model API, an event recorder, and waits on service registrations (each with
 * {@link DopesheetTestSupport#TIMEOUT_MS}; nothing sleeps).
 */
final class HostSupport {
    /** The key values of each curve of {@link #cubeDocument}, one key per frame from frame 1: a peak at frame 5. */
    static final float[] PEAK = {0, 0, 0, 4, 10, 4, 0, 0, 0, 0};

    private HostSupport() {
    }

    /**
     * A document made by a host from its own data: object "Cube" (active, selected) animated by
     * "CubeAction" with {@code location[0..2]}, each with {@link #PEAK} as LINEAR keys on frames
     * 1..10, keys 4..6 of every curve selected; an Action editor showing it. Put into the store
     * under {@code name}, replacing a document of that name.
     */
    static Document cubeDocument(DocumentStore store, String name) {
        Document doc = new Document(name);
        SceneObject cube = doc.addObject(new SceneObject("Cube", ObjectType.EMPTY).setSelect(true));
        doc.setActiveObject(cube);
        Action action = doc.addAction(new Action("CubeAction")).setIdRoot("OBJECT");
        action.addUsers(1);
        cube.ensureAnimationData().setAction(action);
        for (int axis = 0; axis < 3; axis++) {
            FCurve curve = action.channelbag().addFcurve(new FCurve("location", axis).setSelect(true));
            for (int i = 0; i < PEAK.length; i++) {
                curve.addKey(i + 1, PEAK[i]);
                curve.setInterpolation(i, Interpolation.LINEAR);
                curve.setSelected(i, i >= 3 && i <= 5);
            }
        }
        doc.editor().setMode(EditorMode.ACTION).setShowOnlySelected(false);
        doc.scene().setFrameCurrent(1);
        return store.put(doc);
    }

    /** Records the events of some topics (an {@link EventHandler} service of the test bundle). */
    static final class EventRecorder implements AutoCloseable {
        private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        private final ServiceRegistration<EventHandler> registration;

        EventRecorder(BundleContext context, String... topics) {
            Dictionary<String, Object> props = new Hashtable<>();
            props.put(EventConstants.EVENT_TOPIC, topics);
            registration = context.registerService(EventHandler.class, events::add, props);
        }

        /** The next event, waiting at most the test timeout. */
        Event next() throws InterruptedException {
            Event e = events.poll(DopesheetTestSupport.TIMEOUT_MS, TimeUnit.MILLISECONDS);
            if (e == null) {
                throw new AssertionError("no event within " + DopesheetTestSupport.TIMEOUT_MS + " ms");
            }
            return e;
        }

        /** The next event, which must have this topic. */
        Event next(String topic) throws InterruptedException {
            Event e = next();
            if (!e.getTopic().equals(topic)) {
                throw new AssertionError("expected an event on " + topic + ", got " + e.getTopic() + " " + e);
            }
            return e;
        }

        /** Events received so far and not taken. */
        int pending() {
            return events.size();
        }

        @Override
        public void close() {
            registration.unregister();
        }
    }

    /**
     * Waits until a condition holds, re-checking it on every service event that matches
     * {@code filter} (registration, modification, unregistration), never on a timer.
     */
    static void awaitServices(BundleContext context, String filter, String what, BooleanSupplier condition)
            throws Exception {
        Semaphore changed = new Semaphore(0);
        ServiceListener listener = event -> changed.release();
        context.addServiceListener(listener, filter);
        try {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(DopesheetTestSupport.TIMEOUT_MS);
            while (!condition.getAsBoolean()) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || !changed.tryAcquire(left, TimeUnit.NANOSECONDS)) {
                    if (condition.getAsBoolean()) {
                        return;
                    }
                    throw new AssertionError("timed out after " + DopesheetTestSupport.TIMEOUT_MS + " ms waiting for: " + what);
                }
                changed.drainPermits();
            }
        } finally {
            context.removeServiceListener(listener);
        }
    }

    /** Waits for the Gogo command service of {@code scope:function}. */
    static void awaitCommand(BundleContext context, String scope, String function) throws Exception {
        Filter filter = context.createFilter("(&(" + CommandProcessor.COMMAND_SCOPE + "=" + scope + ")("
                + CommandProcessor.COMMAND_FUNCTION + "=" + function + "))");
        ServiceTracker<Object, Object> tracker = new ServiceTracker<>(context, filter, null);
        tracker.open();
        try {
            if (tracker.waitForService(DopesheetTestSupport.TIMEOUT_MS) == null) {
                throw new AssertionError("no command " + scope + ":" + function + " within "
                        + DopesheetTestSupport.TIMEOUT_MS + " ms");
            }
        } finally {
            tracker.close();
        }
    }

    /** Copies outside the watched folder and moves in, so FileInstall never sees a half-written jar. */
    static void deploy(Path jar, Path deployed) throws Exception {
        Path tmp = Files.createTempFile(deployed.getParent().getParent(), "deploying-", ".jar");
        Files.copy(jar, tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, deployed, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
