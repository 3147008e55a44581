package org.dopesheet.io;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import org.dopesheet.model.Document;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A file format for dope sheet documents, registered as an OSGi service (the shell picks a
 * format by {@link #PROPERTY_NAME} or by file extension). The JSON format of this bundle is
 * registered with {@code dopesheet.format.name=json} and {@code dopesheet.format.extension=.json}.
 * <p>
 * Implementations are thread-safe. Loading never returns a partly read document: either the
 * whole input is valid and a new {@link Document} is returned, or an exception is thrown.
 */
@ProviderType
public interface DocumentFormat {
    /** Service property (String): the format's {@link #name()}. */
    String PROPERTY_NAME = "dopesheet.format.name";

    /** Service property (String): the format's {@link #extension()}. */
    String PROPERTY_EXTENSION = "dopesheet.format.extension";

    /** Short name of the format, e.g. {@code json}. */
    String name();

    /** File name extension including the dot, e.g. {@code .json}. */
    String extension();

    /**
     * Loads a document from a file.
     *
     * @throws DocumentFormatException if the file's content is not a valid document
     * @throws IOException             if the file cannot be read
     */
    Document load(Path file) throws IOException;

    /**
     * Saves a document so that the file holds either its previous content or the complete new
     * one, never a partial write.
     *
     * @throws IOException if the file cannot be written (the previous content is kept)
     */
    void save(Document document, Path file) throws IOException;

    /**
     * Reads a document from text.
     *
     * @param sourceName name used in error messages and, when the content names no document,
     *                   for the document's name (its last path segment without extension)
     * @throws DocumentFormatException if the text is not a valid document
     * @throws IOException             if reading fails
     */
    Document read(Reader reader, String sourceName) throws IOException;

    /**
     * Writes a document as text; the writer is flushed, not closed.
     *
     * @throws IOException if writing fails
     */
    void write(Document document, Writer writer) throws IOException;
}
