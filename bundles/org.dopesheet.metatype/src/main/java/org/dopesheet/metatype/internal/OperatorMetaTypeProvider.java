package org.dopesheet.metatype.internal;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.TreeSet;
import org.dopesheet.metatype.OperatorMetaType;
import org.dopesheet.operator.InvocationListener;
import org.dopesheet.operator.OperatorRegistry;
import org.dopesheet.operator.OperatorType;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.MetaTypeProvider;
import org.osgi.service.metatype.ObjectClassDefinition;

/**
 * Publishes an {@link ObjectClassDefinition} per registered operator. The component registers
 * itself as a {@link MetaTypeProvider} service whose {@code metatype.pid} property lists the
 * operators' PIDs ({@link OperatorMetaType#pid}); it follows the registry
 * ({@link InvocationListener#operatorAdded}/{@link InvocationListener#operatorRemoved}) and
 * updates the property, which the Metatype Service tracks. Definitions are built on request from
 * the registry's current description of the operator, so a provider that replaces another is
 * described as it is.
 */
@Component(immediate = true, service = {})
public class OperatorMetaTypeProvider implements MetaTypeProvider {

    /** Publishes the provider and updates its PIDs; the OSGi implementation uses the bundle context. */
    interface Publisher {
        /** Called with every new list of PIDs (sorted), first at activation. */
        void pids(String[] pids);

        /** Withdraws the provider. */
        void close();
    }

    private final OperatorRegistry registry;
    private final Publisher publisher;
    private final TreeSet<String> ids = new TreeSet<>();
    private final InvocationListener listener = new InvocationListener() {
        @Override
        public void operatorAdded(OperatorType type) {
            update(type.id(), true);
        }

        @Override
        public void operatorRemoved(OperatorType type) {
            update(type.id(), false);
        }
    };
    private boolean closed;

    @Activate
    public OperatorMetaTypeProvider(@Reference OperatorRegistry registry, BundleContext context) {
        this.registry = registry;
        this.publisher = new ServicePublisher(context, this);
        start();
    }

    OperatorMetaTypeProvider(OperatorRegistry registry, Publisher publisher) {
        this.registry = registry;
        this.publisher = publisher;
        start();
    }

    private void start() {
        registry.addListener(listener);
        synchronized (ids) {
            for (OperatorType t : registry.operators()) {
                ids.add(t.id());
            }
            publisher.pids(pids());
        }
    }

    @Deactivate
    public void close() {
        registry.removeListener(listener);
        synchronized (ids) {
            closed = true;
            ids.clear();
        }
        publisher.close();
    }

    private void update(String id, boolean present) {
        synchronized (ids) {
            if (closed || (present ? !ids.add(id) : !ids.remove(id))) {
                return;
            }
            publisher.pids(pids());
        }
    }

    private String[] pids() {
        return ids.stream().map(OperatorMetaType::pid).toArray(String[]::new);
    }

    /** The PIDs currently published, sorted. */
    List<String> publishedPids() {
        synchronized (ids) {
            return List.of(pids());
        }
    }

    /**
     * The definition of a registered operator.
     *
     * @param id     a PID of {@link OperatorMetaType#pid}
     * @param locale ignored: operators are described in one language
     * @throws IllegalArgumentException for a PID of no registered operator
     */
    @Override
    public ObjectClassDefinition getObjectClassDefinition(String id, String locale) {
        String operatorId = OperatorMetaType.operatorId(id);
        OperatorType type = operatorId == null ? null : registry.operator(operatorId).orElse(null);
        if (type == null) {
            throw new IllegalArgumentException("no registered operator has the PID '" + id + "'");
        }
        return new OperatorObjectClassDefinition(type);
    }

    /** Only the default locale. */
    @Override
    public String[] getLocales() {
        return null;
    }

    /** Registers the provider as a service and keeps its {@code metatype.pid} property current. */
    private static final class ServicePublisher implements Publisher {
        private final BundleContext context;
        private final MetaTypeProvider provider;
        private ServiceRegistration<MetaTypeProvider> registration;

        ServicePublisher(BundleContext context, MetaTypeProvider provider) {
            this.context = context;
            this.provider = provider;
        }

        @Override
        public void pids(String[] pids) {
            Dictionary<String, Object> props = new Hashtable<>();
            props.put(MetaTypeProvider.METATYPE_PID, pids);
            if (registration == null) {
                registration = context.registerService(MetaTypeProvider.class, provider, props);
            } else {
                registration.setProperties(props);
            }
        }

        @Override
        public void close() {
            if (registration != null) {
                try {
                    registration.unregister();
                } catch (IllegalStateException e) {
                    // already unregistered: the bundle is stopping
                }
                registration = null;
            }
        }
    }
}
