package org.dopesheet.runtime.it;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.dopesheet.document.DocumentStore;
import org.dopesheet.model.Action;
import org.dopesheet.model.Document;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.KeyframeType;
import org.dopesheet.operator.InvocationListener;
import org.dopesheet.operator.OperatorRegistry;
import org.dopesheet.operator.OperatorType;
import org.ops4j.pax.exam.Option;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * What every in-container test shares: the runtime's bundles as the container's configuration,
 * the test operator bundle, and waiting helpers (every wait has a timeout; nothing sleeps).
 */
public final class DopesheetTestSupport {
    /** Upper bound of every wait; a healthy container needs well under a second. */
    public static final long TIMEOUT_MS = 15_000;
    public static final String TEST_BSN = "org.dopesheet.test.operators";
    /** The operators of version 1 of the test bundle. */
    public static final List<String> TEST_OPERATORS = List.of("test.count_keys", "test.fail_halfway", "test.set_frame");

    private DopesheetTestSupport() {
    }

    /**
     * The runtime's bundles (the project bundles built by this reactor, from their target/
     * folders, and the third-party bundles at the versions of the POM), with FileInstall watching
     * {@code deployDir} and the Gogo shell kept off the test JVM's standard input.
     */
    public static List<Option> runtime(Path deployDir) {
        List<Option> options = new ArrayList<>();
        options.add(systemProperty("org.ops4j.pax.logging.DefaultServiceLog.level").value("WARN"));
        options.add(frameworkProperty("felix.fileinstall.dir").value(deployDir.toString()));
        options.add(frameworkProperty("felix.fileinstall.poll").value("100"));
        options.add(frameworkProperty("felix.fileinstall.noInitialDelay").value("true"));
        // the shell runs, but does not read stdin (that belongs to the Failsafe fork)
        options.add(frameworkProperty("gosh.args").value("--nointeractive"));
        options.add(mavenBundle("org.osgi", "org.osgi.util.function").versionAsInProject());
        options.add(mavenBundle("org.osgi", "org.osgi.util.promise").versionAsInProject());
        options.add(mavenBundle("org.osgi", "org.osgi.service.component").versionAsInProject());
        options.add(mavenBundle("org.apache.felix", "org.apache.felix.scr").versionAsInProject());
        options.add(mavenBundle("org.apache.felix", "org.apache.felix.gogo.runtime").versionAsInProject());
        options.add(mavenBundle("org.apache.felix", "org.apache.felix.gogo.command").versionAsInProject());
        options.add(mavenBundle("org.apache.felix", "org.apache.felix.gogo.shell").versionAsInProject());
        options.add(mavenBundle("org.apache.felix", "org.apache.felix.fileinstall").versionAsInProject());
        options.add(mavenBundle("com.fasterxml.jackson.core", "jackson-core").versionAsInProject());
        options.add(mavenBundle("org.osgi", "org.osgi.service.log").versionAsInProject());
        options.add(mavenBundle("org.osgi", "org.osgi.service.cm").versionAsInProject());
        options.add(mavenBundle("org.apache.felix", "org.apache.felix.metatype").versionAsInProject());
        options.add(mavenBundle("org.apache.felix", "org.apache.felix.eventadmin").versionAsInProject());
        for (String jar : required("dopesheet.bundles").split(File.pathSeparator)) {
            options.add(bundle(new File(jar).toURI().toString()));
        }
        options.add(junitBundles());
        return options;
    }

    /** The runtime with an empty, fresh FileInstall folder. */
    public static List<Option> runtime() {
        return runtime(newDeployDir());
    }

    /** The runtime plus version 1 of the test operator bundle: a whole container configuration. */
    public static Option[] runtimeWithTestOperators() {
        List<Option> options = runtime();
        options.add(bundle(jar("dopesheet.test.operators").toUri().toString()));
        return options.toArray(Option[]::new);
    }

    /** A fresh empty folder under java.io.tmpdir (runtime/target during the build). */
    public static Path newDeployDir() {
        try {
            return Files.createTempDirectory("deploy-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The path of a jar the build passes in a system property. */
    public static Path jar(String property) {
        Path p = Path.of(required(property));
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException(property + " = " + p + " is not a file; build with mvn verify from the root");
        }
        return p;
    }

    private static String required(String property) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set (runtime/pom.xml, Failsafe)");
        }
        return v;
    }

    /** Waits for a service. */
    public static <T> T service(BundleContext context, Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            T s = tracker.waitForService(TIMEOUT_MS);
            if (s == null) {
                throw new AssertionError("no " + type.getName() + " service within " + TIMEOUT_MS + " ms");
            }
            return s;
        } finally {
            tracker.close();
        }
    }

    /** The installed bundle with this symbolic name, or null. */
    public static Bundle installed(BundleContext context, String bsn) {
        for (Bundle b : context.getBundles()) {
            if (bsn.equals(b.getSymbolicName())) {
                return b;
            }
        }
        return null;
    }

    /** Waits until no bundle of this symbolic name is installed (a bundle listener; no polling). */
    public static void awaitUninstalled(BundleContext context, String bsn) throws InterruptedException {
        CountDownLatch gone = new CountDownLatch(1);
        BundleListener listener = event -> {
            if (event.getType() == BundleEvent.UNINSTALLED && bsn.equals(event.getBundle().getSymbolicName())) {
                gone.countDown();
            }
        };
        context.addBundleListener(listener);
        try {
            if (installed(context, bsn) != null && !gone.await(TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
                throw new AssertionError(bsn + " still installed after " + TIMEOUT_MS + " ms");
            }
        } finally {
            context.removeBundleListener(listener);
        }
    }

    public static BundleContext contextOf(Class<?> type) {
        return FrameworkUtil.getBundle(type).getBundleContext();
    }

    /** The registry, once it has the test bundle's operators. */
    public static OperatorRegistry registryWithTestOperators(BundleContext context) throws InterruptedException {
        OperatorRegistry registry = service(context, OperatorRegistry.class);
        awaitOperators(registry, TEST_OPERATORS);
        return registry;
    }

    /** Waits until all operators are registered. */
    public static void awaitOperators(OperatorRegistry registry, Collection<String> ids) throws InterruptedException {
        if (!registry.await(ids, TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
            throw new AssertionError("operators " + ids + " not registered within " + TIMEOUT_MS + " ms; registered: "
                    + registry.operators().stream().map(OperatorType::id).toList());
        }
    }

    /**
     * Waits until a condition on the registry's operators holds, re-checking it whenever an
     * operator comes or goes (a registry listener), never by polling on a timer.
     */
    public static void awaitRegistry(OperatorRegistry registry, String what, BooleanSupplier condition)
            throws InterruptedException {
        Semaphore changed = new Semaphore(0);
        InvocationListener listener = new InvocationListener() {
            @Override
            public void operatorAdded(OperatorType type) {
                changed.release();
            }

            @Override
            public void operatorRemoved(OperatorType type) {
                changed.release();
            }
        };
        registry.addListener(listener);
        try {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(TIMEOUT_MS);
            while (!condition.getAsBoolean()) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || !changed.tryAcquire(left, TimeUnit.NANOSECONDS)) {
                    if (condition.getAsBoolean()) {
                        return;
                    }
                    throw new AssertionError("timed out after " + TIMEOUT_MS + " ms waiting for: " + what
                            + "; registered: " + registry.operators().stream().map(OperatorType::id).toList());
                }
                changed.drainPermits();
            }
        } finally {
            registry.removeListener(listener);
        }
    }

    /** Whether none of the ids is registered. */
    public static boolean noneRegistered(OperatorRegistry registry, Collection<String> ids) {
        return ids.stream().allMatch(id -> registry.operator(id).isEmpty());
    }

    /**
     * A document in the store with one action of two curves and six keys, some selected, of
     * mixed key types.
     */
    public static Document sampleDocument(DocumentStore store, String name) {
        store.remove(name);
        Document doc = store.create(name);
        doc.scene().setFrameCurrent(5);
        Action action = doc.addAction(new Action("CubeAction"));
        float[][] frames = {{1, 10, 20}, {1, 15, 30}};
        for (int c = 0; c < frames.length; c++) {
            FCurve curve = action.channelbag().addFcurve(new FCurve("location", c));
            for (int k = 0; k < frames[c].length; k++) {
                int i = curve.addKey(frames[c][k], c * 10 + k);
                curve.setSelected(i, (c + k) % 2 == 0);
                curve.setKeyType(i, k == 1 ? KeyframeType.BREAKDOWN : KeyframeType.KEYFRAME);
            }
        }
        return doc;
    }
}
