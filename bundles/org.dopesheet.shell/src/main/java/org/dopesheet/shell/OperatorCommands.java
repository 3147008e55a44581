package org.dopesheet.shell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.dopesheet.model.Document;
import org.dopesheet.model.Scene;
import org.dopesheet.operator.Invocation;
import org.dopesheet.operator.Operator;
import org.dopesheet.operator.OperatorDefinition;
import org.dopesheet.operator.OperatorException;
import org.dopesheet.operator.OperatorRegistry;
import org.dopesheet.operator.OperatorType;
import org.dopesheet.shell.internal.Arguments;
import org.dopesheet.shell.internal.Runs;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Operator commands of scope {@code ds}: {@code ops}, {@code describe}, {@code run},
 * {@code frame}, {@code await} and {@code families}. Runs act on the current document; a failed
 * poll, an {@link OperatorException} or a CANCELLED result with an error report make the command
 * throw (see {@link RunFailedException}).
 */
@Component(service = OperatorCommands.class, property = {
    "osgi.command.scope=ds",
    "osgi.command.function=ops",
    "osgi.command.function=describe",
    "osgi.command.function=run",
    "osgi.command.function=frame",
    "osgi.command.function=await",
    "osgi.command.function=families"})
public class OperatorCommands {
    /** The operator {@code ds:frame} uses when it is registered. */
    public static final String CHANGE_FRAME = "anim.change_frame";
    /** Default timeout of {@code ds:await} in milliseconds. */
    static final String DEFAULT_AWAIT_MILLIS = "10000";

    private final OperatorRegistry registry;
    private final ShellContext shell;
    private final BundleContext bundleContext;

    /**
     * Operator commands.
     *
     * @param bundleContext the shell bundle's context, for {@code families}; null outside a
     *                      framework (then {@code families} reports that it cannot run)
     */
    @Activate
    public OperatorCommands(@Reference OperatorRegistry registry, @Reference ShellContext shell,
            BundleContext bundleContext) {
        this.registry = registry;
        this.shell = shell;
        this.bundleContext = bundleContext;
    }

    /** {@code ds:ops [-f FAMILY]}: the registered operators. */
    @Descriptor("list the registered operators (id, family, name, description)")
    public OperatorList ops(@Descriptor("only operators of this family, e.g. select")
            @Parameter(names = {"-f", "--family"}, absentValue = "") String family) {
        List<OperatorType> out = new ArrayList<>();
        for (OperatorType t : registry.operators()) {
            if (family.isEmpty() || family.equals(t.family())) {
                out.add(t);
            }
        }
        return new OperatorList(family.isEmpty() ? null : family, out);
    }

    /** {@code ds:describe ID}: an operator with its flags, provider and properties. */
    @Descriptor("describe an operator: flags, provider, every property with type, default, range and items")
    public OperatorDescription describe(@Descriptor("operator id, e.g. action.select_all") String id) {
        return new OperatorDescription(registry.operator(id).orElseThrow(() -> unknown(id)));
    }

    /**
     * {@code ds:run 'action.select_all(action=\'SELECT\')'} or
     * {@code ds:run action.select_all action=SELECT}: runs an operator on the current document.
     */
    @Descriptor("run an operator on the current document: run 'id(name=value, ...)' or run id name=value ...")
    public RunResult run(CommandSession session,
            @Descriptor("the call in text form, e.g. 'action.select_all(action=\"SELECT\")', or an operator id")
            String invocation,
            @Descriptor("property arguments name=value when the first argument is an operator id")
            String... arguments) {
        String id;
        Map<String, Object> props;
        if (invocation.indexOf('(') >= 0) {
            if (arguments.length > 0) {
                throw new ShellException("give either the text form (" + invocation
                        + ") or an operator id with name=value arguments, not both; extra arguments: "
                        + String.join(" ", arguments));
            }
            Invocation inv = Invocation.parse(invocation);
            id = inv.operatorId();
            props = inv.properties();
        } else {
            id = invocation.startsWith("bpy.ops.") ? invocation.substring("bpy.ops.".length()) : invocation;
            props = Arguments.parse(id, Arrays.asList(arguments));
        }
        return Runs.run(registry, shell.current(session), id, props);
    }

    /**
     * {@code ds:frame N}: sets the current frame of the current document through
     * {@code anim.change_frame(frame=N)} when that operator is registered, else on the scene
     * directly (frame rounded half up, never below 0, sub-frame cleared; without the operator
     * animated property values are not re-evaluated).
     */
    @Descriptor("set the current frame (through anim.change_frame when registered)")
    public FrameChange frame(CommandSession session, @Descriptor("the frame") double frame) {
        Document doc = shell.current(session);
        int previous = frameOf(doc);
        if (registry.operator(CHANGE_FRAME).isPresent()) {
            Runs.run(registry, doc, CHANGE_FRAME, Map.of("frame", frame));
            return new FrameChange(doc.name(), previous, frameOf(doc), CHANGE_FRAME);
        }
        if (Double.isNaN(frame) || Math.abs(frame) > Integer.MAX_VALUE / 2.0) {
            throw new ShellException("frame " + frame + " is out of range");
        }
        ReentrantLock lock = doc.lock();
        lock.lock();
        try {
            Scene scene = doc.scene();
            scene.setFrameCurrent(Math.max(0, (int) Math.floor(frame + 0.5)));
            scene.setSubframe(0f);
            return new FrameChange(doc.name(), previous, scene.frameCurrent(), null);
        } finally {
            lock.unlock();
        }
    }

    private static int frameOf(Document doc) {
        ReentrantLock lock = doc.lock();
        lock.lock();
        try {
            return doc.scene().frameCurrent();
        } finally {
            lock.unlock();
        }
    }

    /** {@code ds:await [-t MS] ID...}: waits until operators are registered. */
    @Descriptor("wait until the given operators are registered; fails after the timeout")
    public AwaitResult await(@Descriptor("timeout in milliseconds (default 10000)")
            @Parameter(names = {"-t", "--timeout"}, absentValue = DEFAULT_AWAIT_MILLIS) long timeout,
            @Descriptor("operator ids, e.g. action.select_all") String... ids) throws InterruptedException {
        if (ids.length == 0) {
            throw new ShellException("await: give the operator ids to wait for, e.g. ds:await action.select_all");
        }
        if (timeout < 0) {
            throw new ShellException("await: the timeout must not be negative: " + timeout);
        }
        List<String> wanted = List.of(ids);
        long start = System.nanoTime();
        if (!registry.await(wanted, timeout, TimeUnit.MILLISECONDS)) {
            List<String> missing = new ArrayList<>();
            for (String id : wanted) {
                if (registry.operator(id).isEmpty()) {
                    missing.add(id);
                }
            }
            throw new ShellException("timed out after " + timeout + " ms waiting for operator"
                    + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing)
                    + (missing.isEmpty() ? " (registered just now)" : ""));
        }
        return new AwaitResult(wanted, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    }

    /** {@code ds:families}: the bundles that provide operator services. */
    @Descriptor("list the bundles providing operator services: symbolic name, version, state, operator count")
    public FamilyList families() throws InvalidSyntaxException {
        if (bundleContext == null) {
            throw new ShellException("families needs the OSGi framework: the shell runs without a bundle context");
        }
        Collection<ServiceReference<Operator>> refs = bundleContext.getServiceReferences(Operator.class,
                "(" + OperatorDefinition.ID + "=*)");
        Map<Long, Bundle> bundles = new TreeMap<>();
        Map<Long, TreeSet<String>> families = new TreeMap<>();
        Map<Long, List<String>> ids = new TreeMap<>();
        for (ServiceReference<Operator> ref : refs) {
            Bundle b = ref.getBundle();
            if (b == null) {
                continue; // unregistered meanwhile
            }
            bundles.put(b.getBundleId(), b);
            Object family = ref.getProperty(OperatorDefinition.FAMILY);
            TreeSet<String> fams = families.computeIfAbsent(b.getBundleId(), k -> new TreeSet<>());
            if (family != null && !family.toString().isEmpty()) {
                fams.add(family.toString());
            }
            ids.computeIfAbsent(b.getBundleId(), k -> new ArrayList<>())
                    .add(String.valueOf(ref.getProperty(OperatorDefinition.ID)));
        }
        List<FamilyList.Provider> out = new ArrayList<>();
        for (Map.Entry<Long, Bundle> e : bundles.entrySet()) {
            Bundle b = e.getValue();
            List<String> opIds = new ArrayList<>(ids.get(e.getKey()));
            opIds.sort(null);
            out.add(new FamilyList.Provider(b.getBundleId(), b.getSymbolicName(), b.getVersion().toString(),
                    state(b.getState()), new ArrayList<>(families.get(e.getKey())), opIds));
        }
        return new FamilyList(out);
    }

    static String state(int state) {
        switch (state) {
            case Bundle.ACTIVE:
                return "ACTIVE";
            case Bundle.STARTING:
                return "STARTING";
            case Bundle.STOPPING:
                return "STOPPING";
            case Bundle.RESOLVED:
                return "RESOLVED";
            case Bundle.INSTALLED:
                return "INSTALLED";
            case Bundle.UNINSTALLED:
                return "UNINSTALLED";
            default:
                return "UNKNOWN(" + state + ")";
        }
    }

    /** The exception for an unknown operator id, naming operators of the same scope. */
    OperatorException unknown(String id) {
        String scope = id.contains(".") ? id.substring(0, id.indexOf('.') + 1) : id + ".";
        List<String> close = new ArrayList<>();
        for (OperatorType t : registry.operators()) {
            if (t.id().startsWith(scope)) {
                close.add(t.id());
            }
        }
        return new OperatorException(OperatorException.Kind.UNKNOWN_OPERATOR, id, "unknown operator '" + id + "'"
                + (close.isEmpty() ? "; no operators of scope '" + scope.substring(0, scope.length() - 1)
                        + "' are registered (list them with ds:ops)" : "; operators of this scope: "
                        + String.join(", ", close)));
    }
}
