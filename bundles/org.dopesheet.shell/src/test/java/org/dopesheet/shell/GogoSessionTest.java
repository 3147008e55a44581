package org.dopesheet.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Dictionary;
import org.apache.felix.gogo.runtime.CommandNotFoundException;
import org.apache.felix.gogo.runtime.CommandProcessorImpl;
import org.apache.felix.gogo.runtime.CommandProxy;
import org.apache.felix.gogo.runtime.threadio.ThreadIOImpl;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;
import org.apache.felix.service.command.Function;
import org.dopesheet.model.Document;
import org.dopesheet.operator.OperatorException;
import org.dopesheet.shell.internal.ShellConverter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The commands through Gogo 1.1.6's own command processor, wired as its OSGi activator wires
 * command services ({@link CommandProxy} per scope:function, the Converter added), so option
 * parsing, varargs, session injection, {@link Function} targets and formatting are Gogo's.
 */
class GogoSessionTest {
    private ThreadIOImpl threadIo;
    private CommandProcessorImpl processor;
    private Fixture f;
    private OperatorFunctions functions;

    @BeforeEach
    void start() {
        threadIo = new ThreadIOImpl();
        threadIo.start();
        processor = new CommandProcessorImpl(threadIo);
        processor.addConverter(new ShellConverter());
        f = new Fixture(new TestOperators.SelectAll(), new TestOperators.Clean(), new TestOperators.Refuse(),
                new TestOperators.ChangeFrame());
        add("ds", f.documents, "new", "open", "save", "close", "docs", "use");
        add("ds", f.inspect, "objects", "actions", "slots", "channels", "show");
        add("ds", f.operators, "ops", "describe", "run", "frame", "await", "families");
        functions = new OperatorFunctions(f.registries.registry(), f.shell, this::register);
        f.open(Fixture.tiny());
    }

    @AfterEach
    void stop() {
        functions.close();
        processor.stop();
        threadIo.stop();
    }

    private void add(String scope, Object target, String... names) {
        for (String name : names) {
            processor.addCommand(scope, new CommandProxy(target, name), name);
        }
    }

    /** What Gogo's activator does for a service with osgi.command.scope/function. */
    private Runnable register(Function command, Dictionary<String, Object> props) {
        String scope = props.get("osgi.command.scope").toString();
        String function = props.get("osgi.command.function").toString();
        CommandProxy proxy = new CommandProxy(command, function);
        processor.addCommand(scope, proxy, function);
        return () -> processor.removeCommand(scope, function, proxy);
    }

    private CommandSession session() {
        return processor.createSession(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
                new ByteArrayOutputStream());
    }

    @Test
    void show__optionsAreParsedByGogo() throws Exception {
        CommandSession s = session();

        DopeSheet all = (DopeSheet) s.execute("ds:show");
        DopeSheet some = (DopeSheet) s.execute("ds:show -f 2 --to 3");
        DopeSheet from = (DopeSheet) s.execute("ds:show --from 1");

        assertEquals(0, all.from());
        assertEquals(5, all.to());
        assertEquals(2, some.from());
        assertEquals(3, some.to());
        assertEquals(1, from.from());
        assertEquals(6, from.to());
        assertEquals(all.toString(), s.format(all, Converter.INSPECT).toString(),
                "the console prints what toString() gives");
    }

    @Test
    void run__textFormAndNameValueArguments() throws Exception {
        CommandSession s = session();

        RunResult text = (RunResult) s.execute("ds:run 'test.select_all(action=\"DESELECT\")'");
        RunResult args = (RunResult) s.execute("ds:run test.clean threshold=0.25 channels=True");

        assertEquals("test.select_all(action='DESELECT') on tiny: FINISHED\n  INFO: 0 keys selected\n  values:\n"
                + "    selected = 0", s.format(text, Converter.INSPECT).toString());
        assertEquals(0.25f, args.result().values().get("threshold"));
        assertEquals(Boolean.TRUE, args.result().values().get("channels"));
    }

    @Test
    void operatorCommands__runAndFollowTheRegistry() throws Exception {
        CommandSession s = session();

        RunResult clean = (RunResult) s.execute("test:clean threshold=0.01 channels=True");
        assertEquals("test.clean(threshold=0.01, channels=True) on tiny: FINISHED\n  values:\n"
                + "    threshold = 0.01\n    channels = True", s.format(clean, Converter.INSPECT).toString());
        RunResult select = (RunResult) s.execute("select_all action=SELECT");
        assertEquals("test.select_all", select.operatorId());

        TestOperators.Nothing nothing = new TestOperators.Nothing();
        f.registries.register(nothing);
        RunResult quiet = (RunResult) s.execute("test:nothing");
        assertTrue(quiet.result().cancelled());
        f.registries.unregister(nothing);
        assertThrows(CommandNotFoundException.class, () -> s.execute("test:nothing"));
    }

    @Test
    void failures__reachTheScriptAsExceptionsWithTheirMessages() throws Exception {
        CommandSession s = session();

        RunFailedException refused = assertThrows(RunFailedException.class, () -> s.execute("test:refuse"));
        assertEquals("test.refuse() on tiny was cancelled: ERROR: No keyframes to refuse", refused.getMessage());
        OperatorException unknown = assertThrows(OperatorException.class, () -> s.execute("ds:run test.nope"));
        assertTrue(unknown.getMessage().startsWith("unknown operator 'test.nope'"), unknown.getMessage());
        ShellException timeout = assertThrows(ShellException.class, () -> s.execute("ds:await -t 50 test.later"));
        assertEquals("timed out after 50 ms waiting for operator test.later", timeout.getMessage());
        AwaitResult ok = (AwaitResult) s.execute("ds:await --timeout 50 test.clean test.refuse");
        assertEquals(2, ok.operatorIds().size());
    }

    @Test
    void documents__eachSessionHasItsCurrentDocument() throws Exception {
        CommandSession a = session();
        CommandSession b = session();

        assertInstanceOf(DocumentInfo.class, a.execute("ds:new other"));
        assertEquals("other", a.get(ShellContext.SESSION_VARIABLE));
        b.execute("ds:use tiny");
        a.execute("ds:frame 9");

        Document other = f.registries.documents().require("other");
        Document tiny = f.registries.documents().require("tiny");
        assertEquals(9, other.scene().frameCurrent());
        assertEquals(4, tiny.scene().frameCurrent());
        DocumentList docs = (DocumentList) b.execute("ds:docs");
        assertEquals(String.join("\n",
                "   NAME   OBJECTS  ACTIONS  KEYS  FILE",
                "   other        0        0     0",
                "*  tiny         1        1     4",
                "(* current document)"), s(b, docs));
        CommandSession c = session();
        assertEquals("tiny", ((DocumentInfo) c.execute("ds:use tiny")).name());
        ClosedDocument closed = (ClosedDocument) a.execute("ds:close");
        assertEquals(new ClosedDocument("other", "tiny"), closed);
    }

    @Test
    void describeAndOps__areFormattedByTheConverter() throws Exception {
        CommandSession s = session();

        Object described = s.execute("ds:describe test.clean");
        Object ops = s.execute("ds:ops --family edit");

        assertTrue(s.format(described, Converter.INSPECT).toString().startsWith("test.clean: Clean Keyframes\n"));
        assertEquals("2 operators", s.format(ops, Converter.LINE).toString());
        assertTrue(s.format(ops, Converter.INSPECT).toString().startsWith("2 operators of family edit\n"));
    }

    private static String s(CommandSession session, Object result) {
        return session.format(result, Converter.INSPECT).toString();
    }
}
