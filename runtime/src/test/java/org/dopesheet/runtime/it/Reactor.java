package org.dopesheet.runtime.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The reactor's bundle modules: {@code <module>bundles/NAME</module>} of the root pom (NAME = artifactId = symbolic name). */
public final class Reactor {
    private static final Pattern BUNDLE_MODULE = Pattern.compile("<module>\\s*bundles/([^<\\s]+?)/?\\s*</module>");

    private Reactor() {
    }

    public static List<String> bundles(Path rootPom) throws IOException {
        String pom = Files.readString(rootPom).replaceAll("(?s)<!--.*?-->", "");
        List<String> names = new ArrayList<>();
        Matcher m = BUNDLE_MODULE.matcher(pom);
        while (m.find()) {
            names.add(m.group(1));
        }
        if (names.isEmpty()) {
            throw new IOException("no <module>bundles/...</module> in " + rootPom);
        }
        return names;
    }
}
