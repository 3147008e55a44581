package org.dopesheet.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dopesheet.runtime.it.Reactor;
import org.dopesheet.runtime.it.RunBundles;
import org.dopesheet.runtime.it.RunBundles.Clause;
import org.junit.jupiter.api.Test;

/**
 * Static checks of the run configuration, before anything is resolved: every bundle module of
 * the reactor (root pom, bundles/) is part of the runtime, test bundles are not, the shell starts last.
 */
class RunConfigurationTest {
    private static final Path MODULE = Path.of(System.getProperty("basedir", "."));
    private static final Path BNDRUN = MODULE.resolve("dopesheet.bndrun");

    @Test
    void everyBundleOfTheReactorIsRequiredAndADependencyOfTheRuntime() throws IOException {
        List<String> required = RunBundles.requiredIdentities(BNDRUN);
        String pom = Files.readString(MODULE.resolve("pom.xml"));
        List<String> missing = new ArrayList<>();
        for (String bundle : Reactor.bundles(MODULE.resolve("../pom.xml"))) {
            if (!required.contains(bundle)) {
                missing.add(bundle + " is not in -runrequires of dopesheet.bndrun");
            }
            if (!pom.contains("<artifactId>" + bundle + "</artifactId>")) {
                missing.add(bundle + " is not a dependency of runtime/pom.xml");
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(required.contains("org.dopesheet.core"), "core is required: " + required);
    }

    @Test
    void testBundlesAreNeverPartOfTheRuntime() throws IOException {
        List<String> required = RunBundles.requiredIdentities(BNDRUN);
        for (String bsn : RunBundles.read(BNDRUN).keySet()) {
            assertFalse(bsn.startsWith("org.dopesheet.test"), bsn + " in -runbundles");
        }
        for (String bsn : required) {
            assertFalse(bsn.startsWith("org.dopesheet.test"), bsn + " in -runrequires");
        }
    }

    @Test
    void theShellStartsAfterEverythingElse() throws IOException {
        Map<String, Map<String, String>> runBundles = RunBundles.read(BNDRUN);
        for (Map.Entry<String, Map<String, String>> e : runBundles.entrySet()) {
            String expected = e.getKey().equals("org.apache.felix.gogo.shell") ? "100" : "10";
            assertEquals(expected, e.getValue().get("startlevel"), "start level of " + e.getKey());
        }
        assertTrue(runBundles.containsKey("org.apache.felix.gogo.shell"));
    }

    @Test
    void clausesAreSplitOutsideQuotesAndRanges() {
        List<Clause> c = RunBundles.clauses(List.of(
                "-runbundles: \\",
                "\ta.b;version='[1.1.4,1.1.5)';startlevel=100,\\",
                "# a comment line inside the value",
                "\tc.d;version=\"[2,3)\"",
                "-other: x"), "-runbundles");
        assertEquals(List.of(new Clause("a.b", Map.of("version", "[1.1.4,1.1.5)", "startlevel", "100")),
                new Clause("c.d", Map.of("version", "[2,3)"))), c);
        assertEquals(List.of(), RunBundles.clauses(List.of("-x: y"), "-runbundles"));
    }
}
