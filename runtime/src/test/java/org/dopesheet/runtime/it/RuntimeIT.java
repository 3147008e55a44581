package org.dopesheet.runtime.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.options;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.felix.service.command.CommandProcessor;
import org.dopesheet.document.DocumentStore;
import org.dopesheet.io.DocumentFormat;
import org.dopesheet.operator.OperatorRegistry;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.VersionRange;

/** The runtime's own bundles (exactly the resolved -runbundles) resolve, start and provide their services. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RuntimeIT {

    @Configuration
    public Option[] config() {
        return options(DopesheetTestSupport.runtime().toArray(Option[]::new));
    }

    @Test
    public void everyRunBundleIsInstalledAtItsResolvedVersionAndActive() throws Exception {
        BundleContext context = DopesheetTestSupport.contextOf(getClass());
        Map<String, Map<String, String>> runBundles = RunBundles.read(Path.of(System.getProperty("dopesheet.bndrun")));
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> e : runBundles.entrySet()) {
            Bundle b = DopesheetTestSupport.installed(context, e.getKey());
            VersionRange range = new VersionRange(e.getValue().get("version"));
            if (b == null) {
                problems.add(e.getKey() + " is not installed");
            } else if (!range.includes(b.getVersion())) {
                problems.add(e.getKey() + " " + b.getVersion() + " is outside the resolved range " + range);
            } else if (b.getState() != Bundle.ACTIVE) {
                problems.add(e.getKey() + " is not ACTIVE (state " + b.getState() + ")");
            }
        }
        assertEquals("run bundles of dopesheet.bndrun in the container", List.of(), problems);
        List<String> reactor = Reactor.bundles(Path.of(System.getProperty("dopesheet.root"), "pom.xml"));
        assertTrue("every bundle of the reactor " + reactor + " is a run bundle: " + runBundles.keySet(),
                runBundles.keySet().containsAll(reactor));
        assertTrue("test operators are never part of the runtime", !runBundles.containsKey(DopesheetTestSupport.TEST_BSN));
    }

    @Test
    public void everyInstalledBundleIsActive() {
        BundleContext context = DopesheetTestSupport.contextOf(getClass());
        List<String> notActive = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            if (b.getState() != Bundle.ACTIVE) {
                notActive.add(b.getSymbolicName() + " " + b.getVersion() + " (state " + b.getState() + ")");
            }
        }
        assertEquals(List.of(), notActive);
    }

    @Test
    public void servicesOfTheRuntimeAreRegistered() throws Exception {
        BundleContext context = DopesheetTestSupport.contextOf(getClass());
        OperatorRegistry registry = DopesheetTestSupport.service(context, OperatorRegistry.class);
        assertNotNull(DopesheetTestSupport.service(context, DocumentStore.class));
        assertNotNull(DopesheetTestSupport.service(context, DocumentFormat.class));
        assertNotNull(DopesheetTestSupport.service(context, CommandProcessor.class));
        // the core's own operator: the whiteboard works in the assembled runtime
        DopesheetTestSupport.awaitOperators(registry, List.of("anim.change_frame"));
    }
}
