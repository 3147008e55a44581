package org.dopesheet.core.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.dopesheet.document.DocumentStore;
import org.dopesheet.model.Document;
import org.osgi.service.component.annotations.Component;

/** The runtime's open documents. */
@Component(service = DocumentStore.class)
public class DocumentStoreImpl implements DocumentStore {
    private final ConcurrentMap<String, Document> documents = new ConcurrentHashMap<>();

    @Override
    public Document create(String name) {
        Document d = new Document(name);
        if (documents.putIfAbsent(name, d) != null) {
            throw new IllegalArgumentException("a document named '" + name + "' is open already");
        }
        return d;
    }

    @Override
    public Document put(Document document) {
        documents.put(document.name(), document);
        return document;
    }

    @Override
    public Optional<Document> get(String name) {
        return Optional.ofNullable(documents.get(name));
    }

    @Override
    public Document require(String name) {
        Document d = documents.get(name);
        if (d == null) {
            throw new IllegalArgumentException("no document named '" + name + "'; open documents: "
                    + (documents.isEmpty() ? "(none)" : String.join(", ", names())));
        }
        return d;
    }

    @Override
    public List<String> names() {
        List<String> n = new ArrayList<>(documents.keySet());
        Collections.sort(n);
        return n;
    }

    @Override
    public boolean remove(String name) {
        return documents.remove(name) != null;
    }
}
