package org.dopesheet.runtime.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.options;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dopesheet.conformance.ConformanceRunner;
import org.dopesheet.conformance.ConformanceSummary;
import org.dopesheet.conformance.VectorResult;
import org.dopesheet.edit.KeyframeClipboard;
import org.dopesheet.operator.OperatorRegistry;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

/**
 * Every conformance vector in ../shared/conformance/vectors, run in the container through the
 * registry of the assembled runtime with every operator family of the reactor installed. Fails on
 * any failed vector; prints the runner's table and closing line.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ConformanceIT {

    @Configuration
    public Option[] config() {
        return options(DopesheetTestSupport.runtime().toArray(Option[]::new));
    }

    @Test
    public void everyVectorOfTheRegisteredOperatorsPasses() throws Exception {
        Path vectors = Path.of(System.getProperty("dopesheet.conformance.vectors"));
        assertTrue("conformance vectors folder " + vectors + " is missing: ../shared must sit beside the project",
                Files.isDirectory(vectors));
        BundleContext context = DopesheetTestSupport.contextOf(getClass());
        OperatorRegistry registry = DopesheetTestSupport.service(context, OperatorRegistry.class);
        KeyframeClipboard clipboard = DopesheetTestSupport.service(context, KeyframeClipboard.class);

        ConformanceSummary summary = new ConformanceRunner(registry, clipboard).run(vectors, null);
        System.out.println("ConformanceIT (in-container, every family of the reactor):");
        System.out.print(summary.report());

        List<String> failures = summary.results().stream().filter(r -> r.status() == VectorResult.Status.FAILED)
                .map(r -> r.name() + ": " + r.message()).toList();
        assertEquals(summary.closingLine(), List.of(), failures);
        assertTrue("no vector ran: " + summary.closingLine(), summary.passed() > 0);
    }
}
