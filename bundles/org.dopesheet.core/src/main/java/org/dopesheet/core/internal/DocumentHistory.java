package org.dopesheet.core.internal;

import java.util.ArrayList;
import java.util.List;
import org.dopesheet.model.ChangeTracker;
import org.dopesheet.operator.OperatorProperties;
import org.dopesheet.operator.OperatorType;
import org.dopesheet.operator.UndoHistory;

/** The undo steps of one document (guarded by the document's lock). */
final class DocumentHistory {
    /** A step with what is needed to undo, redo and adjust it. */
    record Entry(UndoHistory.Step step, ChangeTracker.ChangeSet changes, OperatorType type,
            OperatorProperties properties) {
    }

    final List<Entry> entries = new ArrayList<>();
    int position;
    long bytes;

    /** Records a new step after the applied ones (dropping the redoable ones), then trims to the bounds. */
    void push(Entry e, int maxSteps, long maxBytes) {
        while (entries.size() > position) {
            bytes -= entries.remove(entries.size() - 1).step().bytes();
        }
        entries.add(e);
        position = entries.size();
        bytes += e.step().bytes();
        while (entries.size() > 1 && (entries.size() > maxSteps || bytes > maxBytes)) {
            bytes -= entries.remove(0).step().bytes();
            position--;
        }
        if (entries.size() > maxSteps) {
            bytes -= entries.remove(0).step().bytes();
            position--;
        }
    }

    /** Removes the last applied step (for adjusting it). */
    Entry popLast() {
        Entry e = entries.remove(position - 1);
        position--;
        bytes -= e.step().bytes();
        return e;
    }
}
