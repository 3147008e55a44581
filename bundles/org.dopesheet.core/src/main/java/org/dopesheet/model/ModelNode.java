package org.dopesheet.model;

import java.util.List;

/**
 * A mutable node of a document. Every mutator calls {@link #changing()} before it writes, so the
 * document's {@link ChangeTracker} can keep the node's prior state (once per transaction) and
 * restore exactly the nodes an operator touched.
 * <p>
 * A snapshot holds the node's own fields and the identities of its children (shallow lists);
 * children snapshot themselves when they are touched.
 */
public abstract class ModelNode {
    ChangeTracker tracker;
    long recordedIn = -1;

    /** Called by every mutator before it changes this node. */
    protected final void changing() {
        ChangeTracker t = tracker;
        if (t != null && t.txn != 0 && recordedIn != t.txn) {
            t.record(this);
        }
    }

    /** The tracker of the document this node is attached to, or {@code null} while detached. */
    final ChangeTracker tracker() {
        return tracker;
    }

    /** Attaches this node and its children to a document's tracker. */
    final void attach(ChangeTracker t) {
        if (tracker == t) {
            return;
        }
        tracker = t;
        recordedIn = -1;
        for (ModelNode child : children()) {
            child.attach(t);
        }
    }

    /** Attaches a child being added to this node to this node's tracker. */
    final <N extends ModelNode> N adopt(N child) {
        if (tracker != null) {
            child.attach(tracker);
        }
        return child;
    }

    /** The direct child nodes (for attaching). */
    abstract List<? extends ModelNode> children();

    /** A copy of this node's own state (not of its children's state). */
    abstract Object snapshot();

    /** Restores the state captured by {@link #snapshot()}; the snapshot stays usable. */
    abstract void restore(Object snapshot);

    /** Rough size in bytes of a snapshot of this node (for bounding undo memory). */
    long snapshotBytes() {
        return 64;
    }
}
