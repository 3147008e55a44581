package org.dopesheet.core.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dopesheet.model.ChangeTracker;
import org.dopesheet.model.Document;
import org.dopesheet.operator.InvocationJournal;
import org.dopesheet.operator.InvocationListener;
import org.dopesheet.operator.OperatorProperties;
import org.dopesheet.operator.OperatorRegistry;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.OperatorType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** The invocation journal: a listener of the registry appending every committed invocation. */
@Component(service = InvocationJournal.class, immediate = true)
public class InvocationJournalImpl implements InvocationJournal, InvocationListener {
    private final OperatorRegistry registry;
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, List<Entry>> byDocument = new HashMap<>();

    @Activate
    public InvocationJournalImpl(@Reference OperatorRegistry registry) {
        this.registry = registry;
        registry.addListener(this);
    }

    @Deactivate
    void deactivate() {
        registry.removeListener(this);
    }

    @Override
    public void invoked(Document document, OperatorType type, OperatorProperties properties, OperatorResult result,
            ChangeTracker.ChangeSet changes) {
        List<String> status = result.status().stream().map(Enum::name).sorted().toList();
        synchronized (entries) {
            List<Entry> doc = byDocument.computeIfAbsent(document.name(), k -> new ArrayList<>());
            Entry e = new Entry(entries.size() + 1L, document.name(), doc.size() + 1L, type.id(), properties.toPlain(),
                    type.id() + "(" + properties + ")", status, Instant.now());
            entries.add(e);
            doc.add(e);
        }
    }

    @Override
    public List<Entry> entries() {
        synchronized (entries) {
            return List.copyOf(entries);
        }
    }

    @Override
    public List<Entry> entries(String document) {
        synchronized (entries) {
            return List.copyOf(byDocument.getOrDefault(document, List.of()));
        }
    }

    @Override
    public long size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    @Override
    public void clear() {
        synchronized (entries) {
            entries.clear();
            byDocument.clear();
        }
    }
}
