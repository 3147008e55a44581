package org.dopesheet.shell;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import org.dopesheet.io.DocumentFiles;
import org.dopesheet.io.DocumentFormat;
import org.dopesheet.model.Document;

/** The io bundle's JSON document files as a {@link DocumentFormat}, for tests without a framework. */
final class JsonFormat implements DocumentFormat {
    @Override
    public String name() {
        return "json";
    }

    @Override
    public String extension() {
        return ".json";
    }

    @Override
    public Document load(Path file) throws IOException {
        return DocumentFiles.load(file);
    }

    @Override
    public void save(Document document, Path file) throws IOException {
        DocumentFiles.save(document, file);
    }

    @Override
    public Document read(Reader reader, String sourceName) throws IOException {
        return DocumentFiles.read(reader, sourceName);
    }

    @Override
    public void write(Document document, Writer writer) throws IOException {
        DocumentFiles.write(document, writer);
    }
}
