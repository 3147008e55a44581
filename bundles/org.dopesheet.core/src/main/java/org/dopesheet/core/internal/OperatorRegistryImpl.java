package org.dopesheet.core.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.dopesheet.anim.AnimationEvaluation;
import org.dopesheet.document.DocumentStore;
import org.dopesheet.model.ChangeTracker;
import org.dopesheet.model.Document;
import org.dopesheet.operator.Invocation;
import org.dopesheet.operator.GroupProperty;
import org.dopesheet.operator.InvocationListener;
import org.dopesheet.operator.Macro;
import org.dopesheet.operator.Operator;
import org.dopesheet.operator.OperatorDefinition;
import org.dopesheet.operator.OperatorException;
import org.dopesheet.operator.OperatorFlag;
import org.dopesheet.operator.OperatorProperties;
import org.dopesheet.operator.OperatorRegistry;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.OperatorType;
import org.dopesheet.operator.PropertyDef;
import org.dopesheet.operator.PropertySchema;
import org.dopesheet.operator.UndoHistory;

/**
 * The operator registry: operators by id (the highest-ranked provider wins, lower service id on
 * ties; removing it falls back to the next), validation, per-document serialisation and
 * transactions. Used as the DS component {@link OperatorRegistryComponent} and standalone.
 */
public class OperatorRegistryImpl implements OperatorRegistry, UndoHistory {
    private static final AtomicLong STANDALONE_IDS = new AtomicLong(-1);

    /** One provider of an operator id. */
    static final class Registration {
        final Operator operator;
        final OperatorType type;
        final long serviceId;
        /** Cleared when the provider goes: an invocation that used it must not commit. */
        volatile boolean active = true;

        Registration(Operator operator, OperatorType type, long serviceId) {
            this.operator = operator;
            this.type = type;
            this.serviceId = serviceId;
        }
    }

    private static final Comparator<Registration> BEST_FIRST = Comparator
            .comparingInt((Registration r) -> -r.type.ranking()).thenComparingLong(r -> r.serviceId);

    private final Object lock = new Object();
    private final Map<String, TreeSet<Registration>> byId = new TreeMap<>();
    private final Map<String, String> departed = new HashMap<>();
    private final List<InvocationListener> listeners = new CopyOnWriteArrayList<>();
    private volatile DocumentStore documents;
    private final Map<Document, DocumentHistory> histories = new java.util.WeakHashMap<>();
    private volatile int maxUndoSteps = 32;
    private volatile long maxUndoBytes = 256L << 20;

    protected OperatorRegistryImpl() {
    }

    /** A registry over the given document store (standalone use). */
    public OperatorRegistryImpl(DocumentStore documents) {
        this.documents = documents;
    }

    protected void setDocuments(DocumentStore documents) {
        this.documents = documents;
    }

    /** The document store invocations by name use. */
    public DocumentStore documents() {
        return documents;
    }

    // ---- registration ---------------------------------------------------------------------

    /** Registers an operator described by service properties (DS) or by its annotation. */
    public OperatorType register(Operator operator, Map<String, ?> serviceProperties, String provider) {
        OperatorType type = describe(operator, serviceProperties, provider);
        Object sid = serviceProperties.get("service.id");
        long serviceId = sid instanceof Number ? ((Number) sid).longValue() : STANDALONE_IDS.getAndDecrement();
        Registration reg = new Registration(operator, type, serviceId);
        OperatorType winner;
        synchronized (lock) {
            TreeSet<Registration> set = byId.computeIfAbsent(type.id(), k -> new TreeSet<>(BEST_FIRST));
            set.add(reg);
            departed.remove(type.id());
            winner = set.first().type;
            lock.notifyAll();
        }
        if (winner == type) {
            for (InvocationListener l : listeners) {
                l.operatorAdded(type);
            }
        }
        return type;
    }

    /** Registers an operator whose class carries {@link OperatorDefinition} (standalone use). */
    public OperatorType register(Operator operator) {
        return register(operator, Map.of(), "(standalone)");
    }

    /** Removes a provider; returns whether it was registered. */
    public boolean unregister(Operator operator) {
        OperatorType removedWinner = null;
        OperatorType newWinner = null;
        synchronized (lock) {
            for (Map.Entry<String, TreeSet<Registration>> e : byId.entrySet()) {
                String id = e.getKey();
                TreeSet<Registration> set = e.getValue();
                Registration first = set.first();
                for (Registration r : set) {
                    if (r.operator == operator) {
                        r.active = false;
                        set.remove(r);
                        if (r == first) {
                            removedWinner = r.type;
                            newWinner = set.isEmpty() ? null : set.first().type;
                        }
                        if (set.isEmpty()) {
                            // the id first: removing from a TreeMap may reuse the entry object
                            byId.remove(id);
                            departed.put(id, r.type.provider());
                        }
                        lock.notifyAll();
                        break;
                    }
                }
                if (removedWinner != null || first.operator == operator) {
                    break;
                }
            }
        }
        if (removedWinner != null) {
            for (InvocationListener l : listeners) {
                l.operatorRemoved(removedWinner);
                if (newWinner != null) {
                    l.operatorAdded(newWinner);
                }
            }
            return true;
        }
        return false;
    }

    static OperatorType describe(Operator operator, Map<String, ?> props, String provider) {
        OperatorDefinition def = operator.getClass().getAnnotation(OperatorDefinition.class);
        String id = string(props.get(OperatorDefinition.ID), def == null ? null : def.id());
        if (id == null || !id.matches("[a-z_][a-z0-9_]*\\.[a-z_][a-z0-9_.]*")) {
            throw new IllegalArgumentException("operator " + operator.getClass().getName()
                    + " has no valid id (dopesheet.operator.id / @OperatorDefinition): " + id);
        }
        String name = string(props.get(OperatorDefinition.NAME), def == null ? id : def.name());
        String description = string(props.get(OperatorDefinition.DESCRIPTION), def == null ? "" : def.description());
        String family = string(props.get(OperatorDefinition.FAMILY), def == null ? "" : def.family());
        Set<OperatorFlag> flags = EnumSet.noneOf(OperatorFlag.class);
        Object rawFlags = props.get(OperatorDefinition.FLAGS);
        if (rawFlags != null) {
            List<Object> names = rawFlags instanceof Object[] ? Arrays.asList((Object[]) rawFlags)
                    : rawFlags instanceof Collection ? new ArrayList<>((Collection<?>) rawFlags) : List.of(rawFlags);
            for (Object n : names) {
                flags.add(OperatorFlag.valueOf(n.toString()));
            }
        } else if (def != null) {
            flags.addAll(Arrays.asList(def.flags()));
        }
        Object rank = props.get("service.ranking");
        int ranking = rank instanceof Integer ? (Integer) rank : 0;
        return new OperatorType(id, name, description, family, Set.copyOf(flags), operator.properties(), provider,
                ranking);
    }

    private static String string(Object v, String fallback) {
        return v == null ? fallback : v.toString();
    }

    // ---- queries --------------------------------------------------------------------------

    @Override
    public List<OperatorType> operators() {
        synchronized (lock) {
            List<OperatorType> out = new ArrayList<>();
            for (TreeSet<Registration> set : byId.values()) {
                out.add(typeOf(set.first(), false));
            }
            return out;
        }
    }

    @Override
    public Optional<OperatorType> operator(String id) {
        synchronized (lock) {
            TreeSet<Registration> set = byId.get(id);
            return set == null ? Optional.empty() : Optional.of(typeOf(set.first(), false));
        }
    }

    /**
     * The type of a registration; for a {@link Macro}, with one property group per step built from
     * the step's current schema. With {@code strict}, a missing step is an error (invocation);
     * otherwise its group is left empty (listing).
     */
    private OperatorType typeOf(Registration reg, boolean strict) {
        if (!(reg.operator instanceof Macro)) {
            return reg.type;
        }
        OperatorType t = reg.type;
        List<PropertyDef<?>> props = new ArrayList<>(t.properties().properties());
        for (String step : ((Macro) reg.operator).steps()) {
            PropertySchema stepSchema = PropertySchema.EMPTY;
            synchronized (lock) {
                TreeSet<Registration> set = byId.get(step);
                if (set != null) {
                    stepSchema = typeOf(set.first(), strict).properties();
                } else if (strict) {
                    throw new OperatorException(OperatorException.Kind.NOT_AVAILABLE, t.id(), "macro '" + t.id()
                            + "' runs '" + step + "', which is not registered");
                }
            }
            props.add(GroupProperty.of(Macro.groupName(step), stepSchema).name(step)
                    .description("Properties of " + step));
        }
        return new OperatorType(t.id(), t.name(), t.description(), t.family(), t.flags(), PropertySchema.of(props),
                t.provider(), t.ranking());
    }

    private Registration lookup(String id) {
        synchronized (lock) {
            TreeSet<Registration> set = byId.get(id);
            if (set != null) {
                return set.first();
            }
            String gone = departed.get(id);
            if (gone != null) {
                throw new OperatorException(OperatorException.Kind.NOT_AVAILABLE, id, "operator '" + id
                        + "' is not available: its provider " + gone + " was stopped or uninstalled");
            }
        }
        throw new OperatorException(OperatorException.Kind.UNKNOWN_OPERATOR, id, "unknown operator '" + id + "'"
                + suggestion(id));
    }

    private String suggestion(String id) {
        List<String> close = new ArrayList<>();
        String scope = id.contains(".") ? id.substring(0, id.indexOf('.') + 1) : id;
        for (OperatorType t : operators()) {
            if (t.id().startsWith(scope)) {
                close.add(t.id());
            }
        }
        if (close.isEmpty()) {
            return "; no operators of scope '" + scope + "' are registered (list them with ops)";
        }
        return "; operators of this scope: " + String.join(", ", close);
    }

    @Override
    public boolean await(Collection<String> operatorIds, long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        synchronized (lock) {
            while (true) {
                if (byId.keySet().containsAll(operatorIds)) {
                    return true;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(lock, left);
            }
        }
    }

    @Override
    public void addListener(InvocationListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(InvocationListener listener) {
        listeners.remove(listener);
    }

    // ---- invocation -----------------------------------------------------------------------

    @Override
    public OperatorResult invoke(String documentName, String operatorId, Map<String, ?> properties) {
        return invoke(document(documentName), operatorId, properties);
    }

    @Override
    public OperatorResult invoke(String documentName, String invocation) {
        Invocation inv = Invocation.parse(invocation);
        return invoke(document(documentName), inv.operatorId(), inv.properties());
    }

    @Override
    public OperatorResult invoke(Document document, String invocation) {
        Invocation inv = Invocation.parse(invocation);
        return invoke(document, inv.operatorId(), inv.properties());
    }

    private Document document(String name) {
        DocumentStore store = documents;
        if (store == null) {
            throw new OperatorException(OperatorException.Kind.UNKNOWN_DOCUMENT, null, "no document store");
        }
        try {
            return store.require(name);
        } catch (IllegalArgumentException e) {
            throw new OperatorException(OperatorException.Kind.UNKNOWN_DOCUMENT, null, e.getMessage());
        }
    }

    @Override
    public OperatorResult invoke(Document document, String operatorId, Map<String, ?> properties) {
        Registration reg = lookup(operatorId);
        OperatorProperties props = typeOf(reg, true).properties().validate(properties, operatorId, "");
        ReentrantLock docLock = document.lock();
        docLock.lock();
        try {
            ChangeTracker tracker = document.changes();
            if (tracker.inTransaction()) {
                throw new OperatorException(OperatorException.Kind.EXECUTION_FAILED, operatorId, operatorId
                        + ": cannot start an invocation inside another invocation on the same document;"
                        + " operators run other operators with OperatorContext.invoke");
            }
            tracker.begin();
            InvocationContext ctx = new InvocationContext(this, document);
            boolean committed = false;
            try {
                if (!reg.operator.poll(ctx)) {
                    tracker.rollback();
                    return OperatorResult.pollFailed(operatorId, pollMessage(operatorId, ctx.pollMessage()));
                }
                OperatorResult status = run(reg, ctx, props);
                if (ctx.animationChanged()) {
                    refreshAnimation(document);
                }
                ctx.requireProvidersActive();
                ChangeTracker.ChangeSet changes = tracker.commit();
                committed = true;
                OperatorResult result = status.complete(operatorId, ctx.reports(), ctx.values());
                if (reg.type.flags().contains(OperatorFlag.UNDO) && !changes.isEmpty()) {
                    recordStep(document, reg.type, props, changes);
                }
                for (InvocationListener l : listeners) {
                    l.invoked(document, reg.type, props, result, changes);
                }
                return result;
            } catch (RuntimeException | Error e) {
                if (!committed && tracker.inTransaction()) {
                    tracker.rollback();
                }
                if (committed) {
                    throw e;
                }
                if (e instanceof OperatorException && ((OperatorException) e).kind() != OperatorException.Kind.EXECUTION_FAILED) {
                    throw e;
                }
                throw new OperatorException(OperatorException.Kind.EXECUTION_FAILED, operatorId,
                        operatorId + " failed: " + describe(e) + "; the document was left unchanged", e);
            }
        } finally {
            docLock.unlock();
        }
    }

    // ---- undo history -----------------------------------------------------------------------

    private DocumentHistory history(Document document) {
        synchronized (histories) {
            return histories.computeIfAbsent(document, d -> new DocumentHistory());
        }
    }

    private void recordStep(Document document, OperatorType type, OperatorProperties props,
            ChangeTracker.ChangeSet changes) {
        String text = type.id() + "(" + props + ")";
        UndoHistory.Step step = new UndoHistory.Step(type.id(), type.name(), text, changes.size(), changes.bytes());
        history(document).push(new DocumentHistory.Entry(step, changes, type, props), maxUndoSteps, maxUndoBytes);
    }

    @Override
    public boolean undo(Document document) {
        ReentrantLock l = document.lock();
        l.lock();
        try {
            DocumentHistory h = history(document);
            if (h.position == 0) {
                return false;
            }
            h.entries.get(--h.position).changes().undo();
            return true;
        } finally {
            l.unlock();
        }
    }

    @Override
    public boolean redo(Document document) {
        ReentrantLock l = document.lock();
        l.lock();
        try {
            DocumentHistory h = history(document);
            if (h.position == h.entries.size()) {
                return false;
            }
            h.entries.get(h.position++).changes().redo();
            return true;
        } finally {
            l.unlock();
        }
    }

    @Override
    public List<UndoHistory.Step> steps(Document document) {
        ReentrantLock l = document.lock();
        l.lock();
        try {
            return history(document).entries.stream().map(DocumentHistory.Entry::step).toList();
        } finally {
            l.unlock();
        }
    }

    @Override
    public int position(Document document) {
        ReentrantLock l = document.lock();
        l.lock();
        try {
            return history(document).position;
        } finally {
            l.unlock();
        }
    }

    @Override
    public void clear(Document document) {
        synchronized (histories) {
            histories.remove(document);
        }
    }

    @Override
    public void setLimits(int maxSteps, long maxBytes) {
        if (maxSteps < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("undo limits must be positive: " + maxSteps + " steps, " + maxBytes
                    + " bytes");
        }
        maxUndoSteps = maxSteps;
        maxUndoBytes = maxBytes;
    }

    @Override
    public OperatorResult adjustLast(Document document, Map<String, ?> changes) {
        ReentrantLock l = document.lock();
        l.lock();
        try {
            DocumentHistory h = history(document);
            if (h.position == 0) {
                throw new OperatorException(OperatorException.Kind.EXECUTION_FAILED, null,
                        "there is no last operation to adjust");
            }
            DocumentHistory.Entry last = h.entries.get(h.position - 1);
            String id = last.type().id();
            Map<String, Object> props = new java.util.LinkedHashMap<>(last.properties().toPlain());
            props.putAll(changes);
            Registration reg = lookup(id);
            typeOf(reg, true).properties().validate(props, id, "");
            h.popLast();
            last.changes().undo();
            try {
                return invoke(document, id, props);
            } catch (RuntimeException e) {
                last.changes().redo();
                h.push(last, Integer.MAX_VALUE, Long.MAX_VALUE);
                throw e;
            }
        } finally {
            l.unlock();
        }
    }

    /** Re-evaluates animated property values after animation data or the frame changed. */
    private static void refreshAnimation(Document document) {
        AnimationEvaluation.refresh(document);
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    static String pollMessage(String operatorId, String message) {
        return message != null ? message : "operator bpy.ops." + operatorId + ".poll() failed, context is incorrect";
    }

    private static OperatorResult run(Registration reg, InvocationContext ctx, OperatorProperties props) {
        ctx.used(reg);
        OperatorResult status = reg.operator.execute(ctx, props);
        if (status == null) {
            throw new IllegalStateException(reg.type.id() + " returned no result");
        }
        return status;
    }

    /** Runs an operator inside an open invocation (same document, same transaction). */
    /** Whether an operator's poll passes in an open invocation's context. */
    boolean pollNested(InvocationContext outer, String operatorId) {
        Registration reg = lookup(operatorId);
        return reg.operator.poll(new InvocationContext(this, outer.document()));
    }

    OperatorResult invokeNested(InvocationContext outer, String operatorId, Map<String, ?> properties) {
        Registration reg = lookup(operatorId);
        OperatorProperties props = typeOf(reg, true).properties().validate(properties, operatorId, "");
        InvocationContext ctx = new InvocationContext(this, outer.document());
        if (!reg.operator.poll(ctx)) {
            return OperatorResult.pollFailed(operatorId, pollMessage(operatorId, ctx.pollMessage()));
        }
        OperatorResult status = run(reg, ctx, props);
        outer.absorb(ctx);
        outer.used(reg);
        return status.complete(operatorId, ctx.reports(), ctx.values());
    }
}
