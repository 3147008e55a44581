package org.dopesheet.operator;

import org.dopesheet.core.internal.DocumentStoreImpl;
import org.dopesheet.core.internal.InvocationJournalImpl;
import org.dopesheet.core.internal.KeyframeClipboardImpl;
import org.dopesheet.core.internal.OperatorRegistryImpl;
import org.dopesheet.document.DocumentStore;
import org.dopesheet.edit.KeyframeClipboard;

/**
 * A registry outside OSGi (unit tests, embedding without a framework): register operator
 * instances whose classes carry {@link OperatorDefinition}; invocations behave exactly as in the
 * runtime.
 */
public final class Registries {
    private Registries() {
    }

    /** A new standalone registry with its own document store. */
    public static Standalone create() {
        return new Standalone(new OperatorRegistryImpl(new DocumentStoreImpl()));
    }

    /** A standalone registry: the registry plus registration and its documents. */
    public static final class Standalone {
        private final OperatorRegistryImpl impl;
        private final KeyframeClipboard clipboard = new KeyframeClipboardImpl();

        private final InvocationJournalImpl journal;

        Standalone(OperatorRegistryImpl impl) {
            this.impl = impl;
            this.journal = new InvocationJournalImpl(impl);
        }

        /** The journal of this registry's invocations. */
        public InvocationJournal journal() {
            return journal;
        }

        /** The registry. */
        public OperatorRegistry registry() {
            return impl;
        }

        /** The undo history of this registry's invocations. */
        public UndoHistory undoHistory() {
            return impl;
        }

        /** The documents of this registry. */
        public DocumentStore documents() {
            return impl.documents();
        }

        /** The keyframe copy/paste buffer of this registry (one per runtime, like Blender's). */
        public KeyframeClipboard clipboard() {
            return clipboard;
        }

        /** Registers operators (their classes carry {@link OperatorDefinition}). */
        public Standalone register(Operator... operators) {
            for (Operator o : operators) {
                impl.register(o);
            }
            return this;
        }

        /** Registers operators (their classes carry {@link OperatorDefinition}). */
        public Standalone register(java.util.Collection<? extends Operator> operators) {
            for (Operator o : operators) {
                impl.register(o);
            }
            return this;
        }

        /**
         * Registers an operator with explicit service properties ({@link OperatorDefinition#ID},
         * {@code service.ranking}, ...), as a DS component would carry them.
         */
        public Standalone register(Operator operator, java.util.Map<String, ?> serviceProperties) {
            impl.register(operator, serviceProperties, "(standalone)");
            return this;
        }

        /** Unregisters an operator; returns whether it was registered. */
        public boolean unregister(Operator operator) {
            return impl.unregister(operator);
        }
    }
}
