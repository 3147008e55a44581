package org.dopesheet.core.internal;

import java.util.Map;
import org.dopesheet.document.DocumentStore;
import org.dopesheet.operator.Operator;
import org.dopesheet.operator.OperatorDefinition;
import org.dopesheet.operator.OperatorRegistry;
import org.dopesheet.operator.UndoHistory;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The registry as a DS component: a whiteboard over {@link Operator} services. */
@Component(service = {OperatorRegistry.class, UndoHistory.class}, immediate = true)
public class OperatorRegistryComponent extends OperatorRegistryImpl {

    @Activate
    public OperatorRegistryComponent(@Reference DocumentStore documents) {
        setDocuments(documents);
    }

    @Reference(service = Operator.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, target = "(" + OperatorDefinition.ID + "=*)")
    void bindOperator(ServiceReference<Operator> ref, Operator operator, Map<String, Object> properties) {
        Bundle b = ref.getBundle();
        String provider = b == null ? "(unknown)" : b.getSymbolicName() + " " + b.getVersion();
        register(operator, properties, provider);
    }

    void unbindOperator(Operator operator) {
        unregister(operator);
    }
}
