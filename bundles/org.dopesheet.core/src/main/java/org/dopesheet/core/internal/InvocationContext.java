package org.dopesheet.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dopesheet.context.AnimationContext;
import org.dopesheet.model.Document;
import org.dopesheet.operator.OperatorContext;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.Report;
import org.dopesheet.operator.ReportType;

/** The context of one invocation. */
final class InvocationContext implements OperatorContext {
    private final OperatorRegistryImpl registry;
    private final Document document;
    private AnimationContext anim;
    private final List<Report> reports = new ArrayList<>();
    private final Map<String, Object> values = new LinkedHashMap<>();
    private String pollMessage;
    private boolean animationChanged;
    private final List<OperatorRegistryImpl.Registration> used = new ArrayList<>();

    InvocationContext(OperatorRegistryImpl registry, Document document) {
        this.registry = registry;
        this.document = document;
    }

    @Override
    public Document document() {
        return document;
    }

    @Override
    public AnimationContext anim() {
        if (anim == null) {
            anim = AnimationContext.of(document);
        }
        return anim;
    }

    @Override
    public void report(ReportType type, String message) {
        reports.add(new Report(type, message, false));
    }

    @Override
    public void reportGlobal(ReportType type, String message) {
        reports.add(new Report(type, message, true));
    }

    @Override
    public void pollMessage(String message) {
        pollMessage = message;
    }

    String pollMessage() {
        return pollMessage;
    }

    @Override
    public void putValue(String name, Object value) {
        values.put(name, value);
    }

    @Override
    public void tagAnimationChanged() {
        animationChanged = true;
    }

    boolean animationChanged() {
        return animationChanged;
    }

    List<Report> reports() {
        return reports;
    }

    Map<String, Object> values() {
        return values;
    }

    /** Notes a provider this invocation ran. */
    void used(OperatorRegistryImpl.Registration reg) {
        used.add(reg);
    }

    /**
     * Fails when a provider this invocation ran was unregistered meanwhile (its bundle stopped):
     * the invocation must then not commit.
     */
    void requireProvidersActive() {
        for (OperatorRegistryImpl.Registration r : used) {
            if (!r.active) {
                throw new org.dopesheet.operator.OperatorException(
                        org.dopesheet.operator.OperatorException.Kind.NOT_AVAILABLE, r.type.id(),
                        "operator '" + r.type.id() + "' was withdrawn by its provider " + r.type.provider()
                                + " during the invocation; the document was left unchanged");
            }
        }
    }

    void absorb(InvocationContext nested) {
        reports.addAll(nested.reports);
        animationChanged |= nested.animationChanged;
        anim = null;
    }

    @Override
    public boolean poll(String operatorId) {
        return registry.pollNested(this, operatorId);
    }

    @Override
    public OperatorResult invoke(String operatorId, Map<String, ?> properties) {
        return registry.invokeNested(this, operatorId, properties);
    }
}
