package org.dopesheet.conformance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dopesheet.conformance.internal.EvaluateOperator;
import org.dopesheet.conformance.internal.InsertOperator;
import org.dopesheet.conformance.internal.SetActiveObjectOperator;
import org.dopesheet.conformance.internal.SetFrameOperator;
import org.dopesheet.conformance.internal.SetPropertyOperator;
import org.dopesheet.conformance.internal.UpdateOperator;
import org.dopesheet.operator.Operator;

/**
 * Where the conformance vectors are, and the harness pseudo-operators a registry needs to run
 * them outside the runtime (in the runtime they are DS components of this bundle).
 */
public final class ConformanceVectors {
    /** System property naming the vectors folder. */
    public static final String DIR_PROPERTY = "dopesheet.conformance.dir";

    private ConformanceVectors() {
    }

    /**
     * The vectors folder: the system property {@value #DIR_PROPERTY} if it names a folder, else
     * {@code ../shared/conformance/vectors} beside the first ancestor of the working directory
     * that has one.
     *
     * @throws IllegalStateException when there is none
     */
    public static Path directory() {
        String p = System.getProperty(DIR_PROPERTY);
        if (p != null && Files.isDirectory(Path.of(p))) {
            return Path.of(p);
        }
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path candidate = d.resolve("../shared/conformance/vectors").normalize();
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("conformance vectors not found: set -D" + DIR_PROPERTY
                + " or put shared/conformance/vectors beside the project");
    }

    /**
     * New instances of the harness pseudo-operators ({@code oracle.set_frame},
     * {@code oracle.set_active_object}, {@code oracle.set_property}, {@code fcurve.evaluate},
     * {@code fcurve.update}, {@code fcurve.keyframe_points.insert}) for a standalone registry.
     */
    public static List<Operator> harnessOperators() {
        return List.of(new SetFrameOperator(), new SetActiveObjectOperator(), new SetPropertyOperator(),
                new EvaluateOperator(), new UpdateOperator(), new InsertOperator());
    }
}
