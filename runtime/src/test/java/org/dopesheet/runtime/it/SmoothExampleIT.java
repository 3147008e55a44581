package org.dopesheet.runtime.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.options;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;
import org.dopesheet.document.DocumentStore;
import org.dopesheet.model.Document;
import org.dopesheet.model.FCurve;
import org.dopesheet.operator.OperatorException;
import org.dopesheet.operator.OperatorRegistry;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.OperatorType;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

/**
 * The third-party operator example (examples/org.dopesheet.example.smooth), as its jar comes out
 * of the build, dropped into the runtime's FileInstall folder: its operator registers, runs from
 * the registry and as a shell command, and goes when the jar is deleted.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SmoothExampleIT {
    private static final String BSN = "org.dopesheet.example.smooth";
    private static final String ID = "example.smooth_keys";

    @Configuration
    public Option[] config() {
        // the runtime alone, with an empty deploy folder: the example arrives through it
        return options(DopesheetTestSupport.runtime().toArray(Option[]::new));
    }

    @Test
    public void theExampleJarHotDeploysRunsFromRegistryAndShellAndUndeploys() throws Exception {
        BundleContext context = DopesheetTestSupport.contextOf(getClass());
        OperatorRegistry registry = DopesheetTestSupport.service(context, OperatorRegistry.class);
        DocumentStore store = DopesheetTestSupport.service(context, DocumentStore.class);
        Document doc = HostSupport.cubeDocument(store, "smooth");
        FCurve locX = doc.action("CubeAction").fcurves().get(0);
        Path deploy = Path.of(context.getProperty("felix.fileinstall.dir"));
        assertTrue(registry.operator(ID).isEmpty());
        assertTrue(DopesheetTestSupport.installed(context, BSN) == null);

        Path deployed = deploy.resolve("smooth-example.jar");
        HostSupport.deploy(DopesheetTestSupport.jar("dopesheet.example.smooth"), deployed);
        DopesheetTestSupport.awaitOperators(registry, List.of(ID));
        OperatorType type = registry.operator(ID).orElseThrow();
        assertEquals("Gaussian Smooth", type.name());
        assertTrue(type.provider(), type.provider().startsWith(BSN + " "));

        // from the registry: keys 4..6 of the peak (frames 4, 5, 6) smoothed with a 5-frame kernel
        OperatorResult r = registry.invoke("smooth", ID + "(sigma=0.5, filter_width=2)");
        assertTrue(r.toString(), r.finished());
        assertEquals(9, r.values().get("smoothed_keys"));
        double[] k = kernel(0.5, 2);
        assertEquals((float) (10 * k[0] + 8 * k[1] + 0 * k[2]), locX.y(4), 1e-5f);
        assertEquals((float) (4 * k[0] + 10 * k[1] + 4 * k[2]), locX.y(3), 1e-5f);
        assertEquals(0f, locX.y(2), 0f);
        float afterFirst = locX.y(4);

        // from the shell: the operator is a command of its scope
        HostSupport.awaitCommand(context, "example", "smooth_keys");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        CommandSession session = DopesheetTestSupport.service(context, CommandProcessor.class)
                .createSession(new ByteArrayInputStream(new byte[0]), print, print);
        try {
            session.execute("ds:use smooth");
            Object result = session.execute("example:smooth_keys filter_width=2");
            String printed = out.toString(StandardCharsets.UTF_8) + session.format(result, Converter.INSPECT);
            assertTrue(printed, printed.contains("example.smooth_keys(filter_width=2) on smooth: FINISHED"));
            assertTrue(printed, printed.contains("Smoothed 9 keys"));
            assertTrue("smoothed again: " + locX.y(4), locX.y(4) < afterFirst);

            Files.delete(deployed);
            DopesheetTestSupport.awaitRegistry(registry, ID + " removed after deleting its jar",
                    () -> registry.operator(ID).isEmpty());
            DopesheetTestSupport.awaitUninstalled(context, BSN);
            OperatorException e = assertThrows(OperatorException.class, () -> registry.invoke("smooth", ID, Map.of()));
            assertEquals(e.getMessage(), OperatorException.Kind.NOT_AVAILABLE, e.kind());
            HostSupport.awaitServices(context, "(" + CommandProcessor.COMMAND_SCOPE + "=example)",
                    "the example:smooth_keys command is withdrawn",
                    () -> !hasCommand(context));
            Exception gone = assertThrows(Exception.class, () -> session.execute("example:smooth_keys"));
            assertTrue(gone.toString(), gone.toString().contains("example:smooth_keys"));
        } finally {
            session.close();
        }
        assertFalse(Files.exists(deployed));
    }

    private static boolean hasCommand(BundleContext context) {
        try {
            return context.getServiceReferences((String) null, "(&(" + CommandProcessor.COMMAND_SCOPE + "=example)("
                    + CommandProcessor.COMMAND_FUNCTION + "=smooth_keys))") != null;
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Blender's Gaussian kernel (ED_ANIM_get_1d_gauss_kernel) of filter_width + 1 weights, written out here. */
    private static double[] kernel(double sigma, int filterWidth) {
        double[] k = new double[filterWidth + 1];
        double sum = 0;
        for (int i = 0; i <= filterWidth; i++) {
            double x = (double) i / filterWidth;
            k[i] = Math.exp(-x * x / (2 * (float) sigma * (float) sigma));
            sum += i == 0 ? k[i] : 2 * k[i];
        }
        for (int i = 0; i <= filterWidth; i++) {
            k[i] /= sum;
        }
        return k;
    }
}
