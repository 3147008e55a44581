package org.dopesheet.runtime.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.options;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.dopesheet.document.DocumentStore;
import org.dopesheet.operator.OperatorException;
import org.dopesheet.operator.OperatorRegistry;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

/** A jar dropped into FileInstall's folder deploys its operators; replacing it updates them; deleting it removes them. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HotDeployIT {

    @Configuration
    public Option[] config() {
        // the runtime alone: the test bundle arrives through the (fresh, empty) deploy folder
        return options(DopesheetTestSupport.runtime().toArray(Option[]::new));
    }

    @Test
    public void droppingReplacingAndDeletingAJarDeploysUpdatesAndRemovesItsOperators() throws Exception {
        BundleContext context = DopesheetTestSupport.contextOf(getClass());
        OperatorRegistry registry = DopesheetTestSupport.service(context, OperatorRegistry.class);
        DopesheetTestSupport.sampleDocument(DopesheetTestSupport.service(context, DocumentStore.class), "hot");
        Path deploy = Path.of(context.getProperty("felix.fileinstall.dir"));
        assertTrue("FileInstall folder " + deploy, Files.isDirectory(deploy));
        assertTrue(DopesheetTestSupport.noneRegistered(registry, DopesheetTestSupport.TEST_OPERATORS));
        Path deployed = deploy.resolve("test-operators.jar");

        long t0 = System.nanoTime();
        copyAtomically(DopesheetTestSupport.jar("dopesheet.test.operators"), deployed);
        DopesheetTestSupport.awaitOperators(registry, DopesheetTestSupport.TEST_OPERATORS);
        System.out.printf("HotDeployIT: FileInstall deployed the test operators in %d ms%n",
                (System.nanoTime() - t0) / 1_000_000);
        assertEquals(6L, registry.invoke("hot", "test.count_keys", Map.of()).values().get("keys"));

        copyAtomically(DopesheetTestSupport.jar("dopesheet.test.operators.v2"), deployed);
        DopesheetTestSupport.awaitRegistry(registry, "version 2 deployed over version 1",
                () -> registry.operator("test.count_selected").isPresent()
                        && registry.operator("test.count_keys").map(t -> t.name().equals("Count Keys v2")).orElse(false));
        assertEquals("6 keys (v2)", registry.invoke("hot", "test.count_keys", Map.of()).reports().get(0).message());

        Files.delete(deployed);
        DopesheetTestSupport.awaitRegistry(registry, "test operators removed after deleting the jar",
                () -> DopesheetTestSupport.noneRegistered(registry, DopesheetTestSupport.TEST_OPERATORS));
        OperatorException e = assertThrows(OperatorException.class,
                () -> registry.invoke("hot", "test.count_keys", Map.of()));
        assertEquals(e.getMessage(), OperatorException.Kind.NOT_AVAILABLE, e.kind());
        DopesheetTestSupport.awaitUninstalled(context, DopesheetTestSupport.TEST_BSN);
    }

    /** Copies outside the watched folder and moves in, so FileInstall never sees a half-written jar. */
    private static void copyAtomically(Path from, Path to) throws Exception {
        Path tmp = Files.createTempFile(to.getParent().getParent(), "deploying-", ".jar");
        Files.copy(from, tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
