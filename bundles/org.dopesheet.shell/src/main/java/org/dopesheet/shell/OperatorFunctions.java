package org.dopesheet.shell;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Function;
import org.dopesheet.operator.InvocationListener;
import org.dopesheet.operator.OperatorRegistry;
import org.dopesheet.operator.OperatorType;
import org.dopesheet.shell.internal.Arguments;
import org.dopesheet.shell.internal.Runs;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * One Gogo command per registered operator: {@code action.clean} becomes the command
 * {@code action:clean} (scope = the id up to its first dot, function = the rest), so
 * {@code action:clean threshold=0.01 channels=True} runs the operator on the current document.
 * <p>
 * The component listens to the {@link OperatorRegistry} ({@link InvocationListener#operatorAdded}
 * and {@link InvocationListener#operatorRemoved}) and registers, per operator, a service object
 * implementing Gogo's {@link Function} with the properties {@code osgi.command.scope} and
 * {@code osgi.command.function}; Gogo's runtime tracks such services and calls
 * {@link Function#execute} with the command's arguments. An operator installed later is a
 * command at once; when its provider goes, the command goes.
 */
@Component(immediate = true)
public class OperatorFunctions {
    /** Service property naming the operator a command service runs. */
    public static final String OPERATOR_PROPERTY = "dopesheet.shell.operator";

    /** Registers command services; the OSGi implementation uses the bundle context. */
    interface CommandRegistrar {
        /** Registers a command service; the returned handle unregisters it. */
        Runnable register(Function command, Dictionary<String, Object> properties);
    }

    private final OperatorRegistry registry;
    private final ShellContext shell;
    private final CommandRegistrar registrar;
    private final Map<String, Runnable> registered = new TreeMap<>();
    private final InvocationListener listener = new InvocationListener() {
        @Override
        public void operatorAdded(OperatorType type) {
            add(type.id());
        }

        @Override
        public void operatorRemoved(OperatorType type) {
            remove(type.id());
        }
    };
    private boolean closed;

    /** Registers command services through the shell bundle's context. */
    @Activate
    public OperatorFunctions(@Reference OperatorRegistry registry, @Reference ShellContext shell,
            BundleContext bundleContext) {
        this(registry, shell, (command, properties) -> {
            ServiceRegistration<Function> reg = bundleContext.registerService(Function.class, command, properties);
            return () -> {
                try {
                    reg.unregister();
                } catch (IllegalStateException e) {
                    // already unregistered: the shell bundle is stopping
                }
            };
        });
    }

    /** Registers command services through a registrar (tests). */
    OperatorFunctions(OperatorRegistry registry, ShellContext shell, CommandRegistrar registrar) {
        this.registry = registry;
        this.shell = shell;
        this.registrar = registrar;
        registry.addListener(listener);
        for (OperatorType t : registry.operators()) {
            add(t.id());
        }
    }

    /** Unregisters every command service and stops listening. */
    @Deactivate
    public void close() {
        registry.removeListener(listener);
        List<Runnable> handles;
        synchronized (registered) {
            closed = true;
            handles = List.copyOf(registered.values());
            registered.clear();
        }
        for (Runnable r : handles) {
            r.run();
        }
    }

    /** The ids of the operators that currently have a command, sorted. */
    public List<String> commands() {
        synchronized (registered) {
            return List.copyOf(registered.keySet());
        }
    }

    private void add(String id) {
        synchronized (registered) {
            if (closed || registered.containsKey(id)) {
                return;
            }
            OperatorFunction command = new OperatorFunction(id);
            Dictionary<String, Object> props = new Hashtable<>();
            props.put("osgi.command.scope", command.scope());
            props.put("osgi.command.function", command.function());
            props.put(OPERATOR_PROPERTY, id);
            props.put("service.description", "Gogo command " + command.scope() + ":" + command.function()
                    + " running the operator " + id);
            registered.put(id, registrar.register(command, props));
        }
    }

    private void remove(String id) {
        Runnable handle;
        synchronized (registered) {
            handle = registered.remove(id);
        }
        if (handle != null) {
            handle.run();
        }
    }

    /**
     * The command of one operator: runs it on the session's current document with the
     * {@code name=value} arguments (values parsed as Python literals, bare words as enum
     * identifiers).
     */
    public final class OperatorFunction implements Function {
        private final String operatorId;

        OperatorFunction(String operatorId) {
            this.operatorId = operatorId;
        }

        /** The operator id. */
        public String operatorId() {
            return operatorId;
        }

        /** Gogo scope: the id up to its first dot. */
        public String scope() {
            return operatorId.substring(0, operatorId.indexOf('.'));
        }

        /** Gogo function: the id after its first dot. */
        public String function() {
            return operatorId.substring(operatorId.indexOf('.') + 1);
        }

        /**
         * Runs the operator.
         *
         * @throws ShellException                                  for malformed arguments or no current document
         * @throws org.dopesheet.operator.OperatorException         as the registry throws it
         * @throws RunFailedException                              for a failed poll or a cancelled run with an error
         */
        @Override
        public RunResult execute(CommandSession session, List<Object> arguments) {
            Map<String, Object> props = Arguments.parse(operatorId, arguments == null ? List.of() : arguments);
            return Runs.run(registry, shell.current(session), operatorId, props);
        }

        @Override
        public String toString() {
            return scope() + ":" + function() + " (operator " + operatorId + ")";
        }
    }
}
