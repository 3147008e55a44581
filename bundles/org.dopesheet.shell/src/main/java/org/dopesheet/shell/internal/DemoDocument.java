package org.dopesheet.shell.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.dopesheet.document.DocumentStore;
import org.dopesheet.io.DocumentFormat;
import org.dopesheet.model.Document;
import org.dopesheet.shell.ShellContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Opens the built-in demo document {@value #NAME} when the shell starts and no document is open:
 * an EMPTY "Cube" and an ARMATURE "Rig" (bones arm.L, arm.R, spine) with grouped, keyed
 * transform and pose-bone curves of every key type, some selected keys and two scene markers,
 * shown in the Dope Sheet. The document is the STATE in the bundle resource {@value #RESOURCE},
 * read through the JSON {@link DocumentFormat}.
 */
@Component(immediate = true)
public class DemoDocument {
    /** Name of the demo document. */
    public static final String NAME = "demo";
    /** Resource (next to this class) holding the demo STATE. */
    public static final String RESOURCE = "demo.json";

    /** Opens the demo document if no document is open. */
    @Activate
    public DemoDocument(@Reference DocumentStore documents,
            @Reference(target = "(" + DocumentFormat.PROPERTY_NAME + "=json)") DocumentFormat json,
            @Reference ShellContext shell) {
        synchronized (documents) {
            if (!documents.names().isEmpty()) {
                return;
            }
            documents.put(read(json));
        }
        shell.selectShellWideIfUnset(NAME);
    }

    /** Reads a fresh copy of the demo document through a JSON document format. */
    public static Document read(DocumentFormat json) {
        try (InputStream in = DemoDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the shell bundle");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                Document doc = json.read(reader, NAME + ".json");
                if (!doc.name().equals(NAME)) {
                    doc.setName(NAME);
                }
                return doc;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo document " + RESOURCE + ": " + e.getMessage(), e);
        }
    }
}
