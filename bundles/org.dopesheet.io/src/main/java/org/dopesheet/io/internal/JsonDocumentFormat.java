package org.dopesheet.io.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import org.dopesheet.io.DocumentFormat;
import org.dopesheet.model.Document;
import org.osgi.service.component.annotations.Component;

/**
 * The JSON document format as a service: document files as {@link DocumentFileCodec} reads and
 * writes them. Stateless, so thread-safe.
 */
@Component(service = DocumentFormat.class, property = {
    DocumentFormat.PROPERTY_NAME + "=" + JsonDocumentFormat.NAME,
    DocumentFormat.PROPERTY_EXTENSION + "=" + JsonDocumentFormat.EXTENSION})
public final class JsonDocumentFormat implements DocumentFormat {
    static final String NAME = "json";
    static final String EXTENSION = ".json";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String extension() {
        return EXTENSION;
    }

    @Override
    public Document load(Path file) throws IOException {
        return DocumentFileCodec.load(file);
    }

    @Override
    public void save(Document document, Path file) throws IOException {
        DocumentFileCodec.save(document, file);
    }

    @Override
    public Document read(Reader reader, String sourceName) throws IOException {
        return DocumentFileCodec.read(reader, sourceName);
    }

    @Override
    public void write(Document document, Writer writer) throws IOException {
        DocumentFileCodec.write(document, writer);
    }

    @Override
    public String toString() {
        return "DocumentFormat json (.json)";
    }
}
