package org.dopesheet.document;

import java.util.List;
import java.util.Optional;
import org.dopesheet.model.Document;
import org.osgi.annotation.versioning.ProviderType;

/** The documents open in a runtime, by name. Thread-safe. */
@ProviderType
public interface DocumentStore {

    /** Creates and adds an empty document. */
    Document create(String name);

    /** Adds a document under its name, replacing a document of the same name; returns it. */
    Document put(Document document);

    /** The document of this name. */
    Optional<Document> get(String name);

    /** The document of this name, or an {@link IllegalArgumentException} naming the open ones. */
    Document require(String name);

    /** Names of the open documents, sorted. */
    List<String> names();

    /** Closes (removes) a document; returns whether it was open. */
    boolean remove(String name);
}
