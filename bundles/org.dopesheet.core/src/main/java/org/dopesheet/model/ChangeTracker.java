package org.dopesheet.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Records the prior state of the nodes touched inside a transaction of one document.
 * <p>
 * {@link #begin()} opens a transaction; the first change of each node inside it stores a snapshot
 * of that node (and only of that node: a curve's key arrays, a list's element identities, a
 * scene's fields). {@link #rollback()} restores them all; {@link #commit()} closes the
 * transaction and returns a {@link ChangeSet} holding the before and after states, which an undo
 * history can keep. Nothing else in the document is copied, so a transaction on a document of
 * ten million keys that edits one curve copies one curve.
 * <p>
 * Not thread-safe: callers serialise access to a document (the operator registry holds the
 * document's lock around a transaction).
 */
public final class ChangeTracker {
    private static long txnCounter;

    long txn;
    private final List<ModelNode> touched = new ArrayList<>();
    private final List<Object> before = new ArrayList<>();

    /** Whether a transaction is open. */
    public boolean inTransaction() {
        return txn != 0;
    }

    /** Opens a transaction. */
    public void begin() {
        if (txn != 0) {
            throw new IllegalStateException("a transaction is already open");
        }
        synchronized (ChangeTracker.class) {
            txn = ++txnCounter;
        }
        touched.clear();
        before.clear();
    }

    void record(ModelNode node) {
        node.recordedIn = txn;
        touched.add(node);
        before.add(node.snapshot());
    }

    /** Number of nodes recorded in the open transaction. */
    public int touchedCount() {
        return touched.size();
    }

    /** Restores every node touched in the open transaction and closes it. */
    public void rollback() {
        if (txn == 0) {
            throw new IllegalStateException("no transaction is open");
        }
        for (int i = touched.size() - 1; i >= 0; i--) {
            touched.get(i).restore(before.get(i));
        }
        close();
    }

    /** Closes the open transaction and returns what it changed. */
    public ChangeSet commit() {
        if (txn == 0) {
            throw new IllegalStateException("no transaction is open");
        }
        List<ModelNode> nodes = new ArrayList<>(touched);
        List<Object> befores = new ArrayList<>(before);
        List<Object> afters = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            afters.add(nodes.get(i).snapshot());
        }
        close();
        return new ChangeSet(nodes, befores, afters);
    }

    private void close() {
        for (ModelNode n : touched) {
            n.recordedIn = -1;
        }
        touched.clear();
        before.clear();
        txn = 0;
    }

    /**
     * What one committed transaction changed: for each touched node its state before and after.
     * Immutable; {@link #undo()} and {@link #redo()} apply the recorded states (outside a
     * transaction, or inside one so that the application itself can be rolled back).
     */
    public static final class ChangeSet {
        private final List<ModelNode> nodes;
        private final List<Object> befores;
        private final List<Object> afters;

        ChangeSet(List<ModelNode> nodes, List<Object> befores, List<Object> afters) {
            this.nodes = List.copyOf(nodes);
            this.befores = List.copyOf(befores);
            this.afters = List.copyOf(afters);
        }

        /** Whether nothing was changed. */
        public boolean isEmpty() {
            return nodes.isEmpty();
        }

        /** The changed nodes, in the order they were first touched (read-only). */
        public List<ModelNode> nodes() {
            return nodes;
        }

        /** Number of nodes changed. */
        public int size() {
            return nodes.size();
        }

        /** Approximate bytes held by the recorded states. */
        public long bytes() {
            long sum = 0;
            for (ModelNode n : nodes) {
                sum += 2 * n.snapshotBytes();
            }
            return sum;
        }

        /** Puts every touched node back into its state before the transaction. */
        public void undo() {
            for (int i = nodes.size() - 1; i >= 0; i--) {
                ModelNode n = nodes.get(i);
                n.changing();
                n.restore(befores.get(i));
            }
        }

        /** Puts every touched node into its state after the transaction. */
        public void redo() {
            for (int i = 0; i < nodes.size(); i++) {
                ModelNode n = nodes.get(i);
                n.changing();
                n.restore(afters.get(i));
            }
        }
    }
}
