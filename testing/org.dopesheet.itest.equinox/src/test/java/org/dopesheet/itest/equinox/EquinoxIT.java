package org.dopesheet.itest.equinox;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.CoreOptions.options;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;
import org.dopesheet.document.DocumentStore;
import org.dopesheet.events.ChangeTopics;
import org.dopesheet.events.DopesheetEvents;
import org.dopesheet.metatype.OperatorMetaType;
import org.dopesheet.model.Action;
import org.dopesheet.model.Document;
import org.dopesheet.model.EditorMode;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.ObjectType;
import org.dopesheet.model.SceneObject;
import org.dopesheet.operator.OperatorException;
import org.dopesheet.operator.OperatorRegistry;
import org.dopesheet.operator.OperatorResult;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The platform on Eclipse Equinox instead of Felix: the bundles resolve and start, operators run
 * through the registry and the shell, events arrive, Metatype describes operators, and an
 * operator bundle hot-deploys through FileInstall.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class EquinoxIT {
    private static final long TIMEOUT_MS = 15_000;

    @Configuration
    public Option[] config() throws Exception {
        List<Option> o = new ArrayList<>();
        o.add(systemProperty("org.ops4j.pax.logging.DefaultServiceLog.level").value("WARN"));
        o.add(frameworkProperty("felix.fileinstall.dir").value(Files.createTempDirectory("deploy-").toString()));
        o.add(frameworkProperty("felix.fileinstall.poll").value("100"));
        o.add(frameworkProperty("felix.fileinstall.noInitialDelay").value("true"));
        o.add(mavenBundle("org.osgi", "org.osgi.util.function").versionAsInProject());
        o.add(mavenBundle("org.osgi", "org.osgi.util.promise").versionAsInProject());
        o.add(mavenBundle("org.osgi", "org.osgi.service.component").versionAsInProject());
        o.add(mavenBundle("org.osgi", "org.osgi.service.log").versionAsInProject());
        o.add(mavenBundle("org.osgi", "org.osgi.service.cm").versionAsInProject());
        o.add(mavenBundle("org.apache.felix", "org.apache.felix.scr").versionAsInProject());
        o.add(mavenBundle("org.apache.felix", "org.apache.felix.gogo.runtime").versionAsInProject());
        o.add(mavenBundle("org.apache.felix", "org.apache.felix.gogo.command").versionAsInProject());
        o.add(mavenBundle("org.apache.felix", "org.apache.felix.fileinstall").versionAsInProject());
        o.add(mavenBundle("org.apache.felix", "org.apache.felix.metatype").versionAsInProject());
        o.add(mavenBundle("org.apache.felix", "org.apache.felix.eventadmin").versionAsInProject());
        o.add(mavenBundle("com.fasterxml.jackson.core", "jackson-core").versionAsInProject());
        for (String jar : System.getProperty("dopesheet.bundles").split(File.pathSeparator)) {
            o.add(bundle(new File(jar).toURI().toString()));
        }
        o.add(junitBundles());
        return options(o.toArray(Option[]::new));
    }

    @Test
    public void theFrameworkIsEquinoxAndEveryBundleIsActive() {
        BundleContext context = context();
        assertEquals("org.eclipse.osgi", context.getBundle(0).getSymbolicName());
        List<String> notActive = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            if (b.getState() != Bundle.ACTIVE) {
                notActive.add(b.getSymbolicName() + " (state " + b.getState() + ")");
            }
        }
        assertEquals(List.of(), notActive);
    }

    @Test
    public void operatorsRunAndPostEventsAndAreDescribedByMetatype() throws Exception {
        BundleContext context = context();
        OperatorRegistry registry = service(context, OperatorRegistry.class);
        assertTrue(registry.await(List.of("action.select_all", "action.keyframe_type"), TIMEOUT_MS, TimeUnit.MILLISECONDS));
        service(context, ChangeTopics.class);
        Document doc = document(service(context, DocumentStore.class), "equinox");
        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(EventConstants.EVENT_TOPIC, "org/dopesheet/KEYFRAME/*");
        ServiceRegistration<EventHandler> handler = context.registerService(EventHandler.class, events::add, props);
        try {
            OperatorResult r = registry.invoke("equinox", "action.select_all(action='SELECT')");
            assertTrue(r.toString(), r.finished());
            FCurve curve = doc.action("CubeAction").fcurves().get(0);
            assertTrue(curve.selected(0) && curve.selected(3));
            Event e = events.poll(TIMEOUT_MS, TimeUnit.MILLISECONDS);
            assertEquals(DopesheetEvents.KEYFRAME_SELECTED, e == null ? null : e.getTopic());
            assertEquals("equinox", e.getProperty(DopesheetEvents.DOCUMENT));
        } finally {
            handler.unregister();
        }

        MetaTypeService metaTypes = service(context, MetaTypeService.class);
        Bundle provider = null;
        for (Bundle b : context.getBundles()) {
            if ("org.dopesheet.metatype".equals(b.getSymbolicName())) {
                provider = b;
            }
        }
        ObjectClassDefinition ocd = metaTypes.getMetaTypeInformation(provider)
                .getObjectClassDefinition(OperatorMetaType.pid("action.keyframe_type"), null);
        assertEquals("Set Keyframe Type", ocd.getName());
        AttributeDefinition type = ocd.getAttributeDefinitions(ObjectClassDefinition.ALL)[0];
        assertEquals("type", type.getID());
        assertArrayEquals(new String[] {"KEYFRAME"}, type.getDefaultValue());
        assertTrue(List.of(type.getOptionValues()).contains("BREAKDOWN"));
    }

    @Test
    public void anOperatorBundleHotDeploysAndRunsFromTheShell() throws Exception {
        BundleContext context = context();
        OperatorRegistry registry = service(context, OperatorRegistry.class);
        document(service(context, DocumentStore.class), "hot");
        Path deploy = Path.of(context.getProperty("felix.fileinstall.dir"));
        Path deployed = deploy.resolve("smooth.jar");
        Path tmp = Files.createTempFile(deploy.getParent(), "deploying-", ".jar");
        Files.copy(Path.of(System.getProperty("dopesheet.example.smooth")), tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, deployed, StandardCopyOption.ATOMIC_MOVE);
        assertTrue("example.smooth_keys deployed",
                registry.await(List.of("example.smooth_keys"), TIMEOUT_MS, TimeUnit.MILLISECONDS));

        ServiceTracker<Object, Object> command = new ServiceTracker<>(context, context.createFilter(
                "(&(osgi.command.scope=example)(osgi.command.function=smooth_keys))"), null);
        command.open();
        try {
            assertTrue("command registered", command.waitForService(TIMEOUT_MS) != null);
        } finally {
            command.close();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        CommandSession session = service(context, CommandProcessor.class)
                .createSession(new ByteArrayInputStream(new byte[0]), print, print);
        try {
            session.execute("ds:use hot");
            Object result = session.execute("example:smooth_keys sigma=0.5");
            String printed = out.toString(StandardCharsets.UTF_8) + session.format(result, Converter.INSPECT);
            assertTrue(printed, printed.contains("example.smooth_keys(sigma=0.5) on hot: FINISHED"));
            assertTrue(printed, printed.contains("Smoothed 2 keys"));
        } finally {
            session.close();
        }

        java.util.concurrent.CountDownLatch uninstalled = new java.util.concurrent.CountDownLatch(1);
        BundleListener listener = event -> {
            if (event.getType() == BundleEvent.UNINSTALLED
                    && "org.dopesheet.example.smooth".equals(event.getBundle().getSymbolicName())) {
                uninstalled.countDown();
            }
        };
        context.addBundleListener(listener);
        try {
            Files.delete(deployed);
            assertTrue("bundle uninstalled after deleting its jar", uninstalled.await(TIMEOUT_MS, TimeUnit.MILLISECONDS));
        } finally {
            context.removeBundleListener(listener);
        }
        OperatorException e = assertThrows(OperatorException.class, () -> registry.invoke("hot", "example.smooth_keys", Map.of()));
        assertEquals(OperatorException.Kind.NOT_AVAILABLE, e.kind());
    }

    /** Cube animated by CubeAction with location[0] keyed 0, 0, 10, 0 on frames 1..4, keys 2 and 3 selected; Action editor. */
    private static Document document(DocumentStore store, String name) {
        Document doc = new Document(name);
        SceneObject cube = doc.addObject(new SceneObject("Cube", ObjectType.EMPTY).setSelect(true));
        doc.setActiveObject(cube);
        Action action = doc.addAction(new Action("CubeAction")).setIdRoot("OBJECT");
        action.addUsers(1);
        cube.ensureAnimationData().setAction(action);
        FCurve curve = action.channelbag().addFcurve(new FCurve("location", 0));
        float[] values = {0, 0, 10, 0};
        for (int i = 0; i < values.length; i++) {
            curve.addKey(i + 1, values[i]);
            curve.setSelected(i, i == 1 || i == 2);
        }
        doc.editor().setMode(EditorMode.ACTION);
        return store.put(doc);
    }

    private static BundleContext context() {
        return FrameworkUtil.getBundle(EquinoxIT.class).getBundleContext();
    }

    private static <T> T service(BundleContext context, Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            T s = tracker.waitForService(TIMEOUT_MS);
            if (s == null) {
                throw new AssertionError("no " + type.getName() + " within " + TIMEOUT_MS + " ms");
            }
            return s;
        } finally {
            tracker.close();
        }
    }
}
