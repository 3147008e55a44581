package org.dopesheet.runtime.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dopesheet.document.DocumentStore;
import org.dopesheet.operator.OperatorException;
import org.dopesheet.operator.OperatorRegistry;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.OperatorType;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerMethod;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Version;

/** Stopping, uninstalling and updating an operator bundle changes the registry at once; nothing restarts. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerMethod.class) // every test changes the test bundle
public class BundleLifecycleIT {
    private BundleContext context;
    private OperatorRegistry registry;
    private Bundle testBundle;

    @Configuration
    public Option[] config() {
        return DopesheetTestSupport.runtimeWithTestOperators();
    }

    @Before
    public void services() throws Exception {
        context = DopesheetTestSupport.contextOf(getClass());
        registry = DopesheetTestSupport.registryWithTestOperators(context);
        DopesheetTestSupport.sampleDocument(DopesheetTestSupport.service(context, DocumentStore.class), "doc");
        testBundle = DopesheetTestSupport.installed(context, DopesheetTestSupport.TEST_BSN);
    }

    @Test
    public void stoppingRemovesTheOperatorsAndStartingBringsThemBack() throws Exception {
        testBundle.stop();
        assertGone("stopped");

        testBundle.start();
        DopesheetTestSupport.awaitOperators(registry, DopesheetTestSupport.TEST_OPERATORS);
        assertEquals(6L, registry.invoke("doc", "test.count_keys", Map.of()).values().get("keys"));
    }

    @Test
    public void uninstallingRemovesTheOperatorsAndReinstallingBringsThemBack() throws Exception {
        testBundle.uninstall();
        assertGone("uninstalled");

        Bundle again = context.installBundle(DopesheetTestSupport.jar("dopesheet.test.operators").toUri().toString());
        again.start();
        DopesheetTestSupport.awaitOperators(registry, DopesheetTestSupport.TEST_OPERATORS);
        assertEquals(6L, registry.invoke("doc", "test.count_keys", Map.of()).values().get("keys"));
    }

    @Test
    public void updatingToVersion2ReplacesTheOperators() throws Exception {
        Path v2 = DopesheetTestSupport.jar("dopesheet.test.operators.v2");
        try (InputStream in = Files.newInputStream(v2)) {
            testBundle.update(in);
        }
        assertEquals(new Version(0, 2, 0), testBundle.getVersion());
        DopesheetTestSupport.awaitRegistry(registry, "version 2 of the test operators", () -> isVersion2());
        OperatorType count = registry.operator("test.count_keys").orElseThrow();
        assertEquals("Count Keys v2", count.name());
        assertEquals("Report the number of keys of the document (version 2)", count.description());
        assertEquals("org.dopesheet.test.operators 0.2.0", count.provider());
        OperatorResult r = registry.invoke("doc", "test.count_keys", Map.of());
        assertEquals("6 keys (v2)", r.reports().get(0).message());
        assertEquals(3L, registry.invoke("doc", "test.count_selected", Map.of()).values().get("selected"));
        DopesheetTestSupport.awaitOperators(registry, List.of("test.set_frame", "test.fail_halfway"));

        // and back: the operator only version 2 had is gone again
        try (InputStream in = Files.newInputStream(DopesheetTestSupport.jar("dopesheet.test.operators"))) {
            testBundle.update(in);
        }
        DopesheetTestSupport.awaitRegistry(registry, "version 1 of the test operators", () -> !isVersion2()
                && registry.operator("test.count_keys").map(t -> t.name().equals("Count Keys")).orElse(false));
        OperatorException e = assertThrows(OperatorException.class,
                () -> registry.invoke("doc", "test.count_selected", Map.of()));
        assertEquals(OperatorException.Kind.NOT_AVAILABLE, e.kind());
    }

    private boolean isVersion2() {
        return registry.operator("test.count_selected").isPresent()
                && registry.operator("test.count_keys").map(t -> t.name().equals("Count Keys v2")).orElse(false);
    }

    /** The operators are gone, and invoking one says why. */
    private void assertGone(String how) throws InterruptedException {
        DopesheetTestSupport.awaitRegistry(registry, "test operators gone",
                () -> DopesheetTestSupport.noneRegistered(registry, DopesheetTestSupport.TEST_OPERATORS));
        for (String id : DopesheetTestSupport.TEST_OPERATORS) {
            OperatorException e = assertThrows(OperatorException.class, () -> registry.invoke("doc", id, Map.of()));
            assertEquals(how + ": " + e.getMessage(), OperatorException.Kind.NOT_AVAILABLE, e.kind());
            assertEquals(id, e.operatorId());
            assertTrue(how + ": " + e.getMessage(), e.getMessage().contains("'" + id + "' is not available")
                    && e.getMessage().contains("org.dopesheet.test.operators"));
        }
    }
}
