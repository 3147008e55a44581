package org.dopesheet.operator;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.dopesheet.model.Document;
import org.osgi.annotation.versioning.ProviderType;

/**
 * An append-only log of the successful top-level invocations of a registry (poll passed, no
 * exception), with their validated properties, in the order they were committed; kept apart from
 * the bounded undo history. Replaying a document's entries on its starting state reproduces it.
 */
@ProviderType
public interface InvocationJournal {

    /**
     * One successful invocation.
     *
     * @param sequence         position in the whole journal (from 1)
     * @param document         the document's name
     * @param documentSequence position among the document's entries (from 1)
     * @param operatorId       the operator
     * @param properties       the validated properties as plain data
     * @param invocation       the call in text form
     * @param status           the returned status, e.g. {@code [FINISHED]}
     * @param time             when it was committed
     */
    record Entry(long sequence, String document, long documentSequence, String operatorId,
            Map<String, Object> properties, String invocation, List<String> status, Instant time) {
    }

    /** Every entry, in commit order. */
    List<Entry> entries();

    /** The entries of one document, in commit order. */
    List<Entry> entries(String document);

    /** Number of entries. */
    long size();

    /** Forgets every entry (the journal then starts over at sequence 1). */
    void clear();

    /**
     * Replays entries on a document (a copy of the starting state of the document they were
     * recorded on), in order, through the registry.
     *
     * @throws OperatorException when an entry cannot be replayed, naming its sequence
     */
    static void replay(OperatorRegistry registry, Document start, List<Entry> entries) {
        for (Entry e : entries) {
            try {
                registry.invoke(start, e.operatorId(), e.properties());
            } catch (OperatorException ex) {
                throw new OperatorException(ex.kind(), e.operatorId(), "replay of journal entry " + e.sequence() + " ("
                        + e.invocation() + ") failed: " + ex.getMessage(), ex);
            }
        }
    }
}
