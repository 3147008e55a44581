package org.dopesheet.conformance.internal;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.felix.service.command.Descriptor;
import org.dopesheet.conformance.ConformanceRunner;
import org.dopesheet.conformance.ConformanceSummary;
import org.dopesheet.conformance.ConformanceVectors;
import org.dopesheet.edit.KeyframeClipboard;
import org.dopesheet.operator.OperatorRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Gogo command {@code conformance:run [DIR]}. */
@Component(service = ConformanceCommand.class, property = {"osgi.command.scope=conformance",
    "osgi.command.function=run"})
public class ConformanceCommand {
    /** System property naming the default vectors folder. */
    public static final String DIR_PROPERTY = ConformanceVectors.DIR_PROPERTY;
    private final OperatorRegistry registry;
    private final KeyframeClipboard clipboard;

    @Activate
    public ConformanceCommand(@Reference OperatorRegistry registry, @Reference KeyframeClipboard clipboard) {
        this.registry = registry;
        this.clipboard = clipboard;
    }

    @Descriptor("run the conformance vectors of the default folder (system property " + DIR_PROPERTY + ")")
    public String run() throws IOException {
        String dir = System.getProperty(DIR_PROPERTY);
        if (dir == null) {
            throw new IllegalArgumentException("give the vectors folder, or set -D" + DIR_PROPERTY);
        }
        return run(dir);
    }

    @Descriptor("run the conformance vectors of a folder; fails when a vector fails")
    public String run(@Descriptor("folder of vector files") String dir) throws IOException {
        ConformanceSummary summary = new ConformanceRunner(registry, clipboard).run(Path.of(dir), null);
        String report = summary.report();
        if (summary.failed() > 0) {
            throw new IllegalStateException(report);
        }
        return report;
    }
}
