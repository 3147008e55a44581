package org.dopesheet.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Dictionary;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Function;
import org.dopesheet.model.Document;
import org.dopesheet.operator.OperatorDefinition;
import org.dopesheet.operator.OperatorException;
import org.junit.jupiter.api.Test;

/** One Gogo command per operator, following the registry. */
class OperatorFunctionsTest {

    /** Records command services as the framework would hold them. */
    static final class Recorder implements OperatorFunctions.CommandRegistrar {
        final Map<String, Function> live = new TreeMap<>();
        final Map<String, Dictionary<String, Object>> properties = new TreeMap<>();
        final List<String> log = new ArrayList<>();

        @Override
        public Runnable register(Function command, Dictionary<String, Object> props) {
            String name = props.get("osgi.command.scope") + ":" + props.get("osgi.command.function");
            if (live.containsKey(name)) {
                throw new AssertionError("registered twice: " + name);
            }
            live.put(name, command);
            properties.put(name, props);
            log.add("+" + name);
            return () -> {
                live.remove(name);
                log.add("-" + name);
            };
        }
    }

    @Test
    void everyRegisteredOperatorIsACommandWithScopeAndFunctionProperties() {
        Fixture f = new Fixture(new TestOperators.SelectAll(), new TestOperators.Clean());
        Recorder r = new Recorder();

        OperatorFunctions functions = new OperatorFunctions(f.registries.registry(), f.shell, r);

        assertEquals(List.of("test:clean", "test:select_all"), List.copyOf(r.live.keySet()));
        assertEquals(List.of("test.clean", "test.select_all"), functions.commands());
        Dictionary<String, Object> props = r.properties.get("test:clean");
        assertEquals("test", props.get("osgi.command.scope"));
        assertEquals("clean", props.get("osgi.command.function"));
        assertEquals("test.clean", props.get(OperatorFunctions.OPERATOR_PROPERTY));
    }

    @Test
    void operatorsComingAndGoing_addAndRemoveTheirCommands() {
        Fixture f = new Fixture(new TestOperators.Clean());
        Recorder r = new Recorder();
        new OperatorFunctions(f.registries.registry(), f.shell, r);
        TestOperators.Nothing nothing = new TestOperators.Nothing();

        f.registries.register(nothing);
        assertTrue(r.live.containsKey("test:nothing"));

        f.registries.unregister(nothing);
        assertEquals(List.of("test:clean"), List.copyOf(r.live.keySet()));
        assertEquals(List.of("+test:clean", "+test:nothing", "-test:nothing"), r.log);
    }

    @Test
    void aProviderChange_keepsOneCommand() {
        Fixture f = new Fixture();
        Recorder r = new Recorder();
        new OperatorFunctions(f.registries.registry(), f.shell, r);
        TestOperators.Clean low = new TestOperators.Clean();
        TestOperators.Clean high = new TestOperators.Clean();

        f.registries.register(low, Map.of("service.ranking", 1));
        f.registries.register(high, Map.of("service.ranking", 5));
        f.registries.unregister(high);

        assertEquals(List.of("test:clean"), List.copyOf(r.live.keySet()));
        assertEquals("test.clean", f.registries.registry().operator("test.clean").orElseThrow().id());
        f.registries.unregister(low);
        assertTrue(r.live.isEmpty());
    }

    @Test
    void idsWithSeveralDots_splitAtTheFirstDot() {
        Fixture f = new Fixture();
        Recorder r = new Recorder();
        new OperatorFunctions(f.registries.registry(), f.shell, r);

        f.registries.register(new TestOperators.Nothing(), Map.of(OperatorDefinition.ID,
                "fcurve.keyframe_points.insert", OperatorDefinition.NAME, "Insert", OperatorDefinition.FAMILY, "fcurve"));

        assertTrue(r.live.containsKey("fcurve:keyframe_points.insert"), r.live.keySet().toString());
    }

    @Test
    void execute__runsTheOperatorOnTheSessionsDocumentWithNameValueArguments() throws Exception {
        Fixture f = new Fixture(new TestOperators.SelectAll(), new TestOperators.Clean());
        Recorder r = new Recorder();
        new OperatorFunctions(f.registries.registry(), f.shell, r);
        Document tiny = f.open(Fixture.tiny());
        f.open(new Document("other"));
        CommandSession session = FakeSession.create(null);
        f.shell.select(session, "tiny");

        Object result = r.live.get("test:select_all").execute(session, new ArrayList<>(List.of("action=DESELECT")));

        RunResult run = (RunResult) result;
        assertEquals("tiny", run.document());
        assertEquals("test.select_all(action='DESELECT') on tiny: FINISHED\n  INFO: 0 keys selected\n  values:\n"
                + "    selected = 0", run.toString());
        assertTrue(tiny.action("Act").fcurves().stream().noneMatch(c -> c.selected(0)));

        RunResult clean = (RunResult) r.live.get("test:clean").execute(session,
                new ArrayList<>(List.of(new StringBuilder("threshold=0.5"), "channels=True")));
        assertEquals(0.5f, clean.result().values().get("threshold"));
        assertEquals(Boolean.TRUE, clean.result().values().get("channels"));
    }

    @Test
    void execute__errorsAreThrown() {
        Fixture f = new Fixture(new TestOperators.Refuse(), new TestOperators.Clean());
        Recorder r = new Recorder();
        new OperatorFunctions(f.registries.registry(), f.shell, r);
        f.open(Fixture.tiny());

        RunFailedException refused = assertThrows(RunFailedException.class,
                () -> r.live.get("test:refuse").execute(null, List.of()));
        assertEquals("test.refuse() on tiny was cancelled: ERROR: No keyframes to refuse", refused.getMessage());
        OperatorException invalid = assertThrows(OperatorException.class,
                () -> r.live.get("test:clean").execute(null, List.of("threshold=-1")));
        assertEquals(OperatorException.Kind.INVALID_PROPERTY, invalid.kind());
        assertThrows(ShellException.class, () -> r.live.get("test:clean").execute(null, List.of("threshold")));
    }

    @Test
    void close__unregistersEverythingAndIgnoresLaterOperators() {
        Fixture f = new Fixture(new TestOperators.Clean(), new TestOperators.Refuse());
        Recorder r = new Recorder();
        OperatorFunctions functions = new OperatorFunctions(f.registries.registry(), f.shell, r);
        Function clean = r.live.get("test:clean");

        functions.close();
        f.registries.register(new TestOperators.Nothing());

        assertTrue(r.live.isEmpty());
        assertEquals(List.of(), functions.commands());
        assertSame(OperatorFunctions.OperatorFunction.class, clean.getClass());
    }
}
