package org.dopesheet.runtime.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;
import org.dopesheet.document.DocumentStore;
import org.dopesheet.io.DocumentFormat;
import org.dopesheet.model.Document;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Filter;
import org.osgi.util.tracker.ServiceTracker;

/** The Gogo commands of the shell bundle, through a real CommandProcessor session, on a test bundle's operators. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ShellIT {
    private BundleContext context;
    private Document doc;
    private DocumentFormat format;
    private CommandSession session;
    private ByteArrayOutputStream out;

    @Configuration
    public Option[] config() {
        return DopesheetTestSupport.runtimeWithTestOperators();
    }

    @Before
    public void session() throws Exception {
        context = DopesheetTestSupport.contextOf(getClass());
        DopesheetTestSupport.registryWithTestOperators(context);
        for (String id : DopesheetTestSupport.TEST_OPERATORS) {
            awaitCommand(id.substring(0, id.indexOf('.')), id.substring(id.indexOf('.') + 1));
        }
        doc = DopesheetTestSupport.sampleDocument(DopesheetTestSupport.service(context, DocumentStore.class), "shell");
        format = DopesheetTestSupport.service(context, DocumentFormat.class);
        out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        session = DopesheetTestSupport.service(context, CommandProcessor.class)
                .createSession(new ByteArrayInputStream(new byte[0]), print, print);
        execute("ds:use shell");
    }

    @After
    public void close() {
        session.close();
    }

    @Test
    public void opsListsTheTestOperators() throws Exception {
        String ops = execute("ds:ops");
        for (String id : DopesheetTestSupport.TEST_OPERATORS) {
            assertTrue(ops, ops.contains(id));
        }
        assertTrue(ops, ops.contains("Report the number of keys of the document"));
        String test = execute("ds:ops -f test");
        assertTrue(test, test.contains("test.set_frame") && !test.contains("anim.change_frame"));
        String families = execute("ds:families");
        assertTrue(families, families.contains("org.dopesheet.test.operators"));
    }

    @Test
    public void describeShowsTheProperties() throws Exception {
        String d = execute("ds:describe test.set_frame");
        assertTrue(d, d.contains("Set Frame") && d.contains("frame: int, default 1"));
    }

    @Test
    public void runAndOperatorCommandsRunOnTheCurrentDocument() throws Exception {
        String count = execute("test:count_keys");
        assertTrue(count, count.contains("test.count_keys() on shell: FINISHED") && count.contains("6 keys"));

        execute("ds:run test.set_frame frame=12");
        assertEquals(12, doc.scene().frameCurrent());
        execute("ds:run 'test.set_frame(frame=13)'");
        assertEquals(13, doc.scene().frameCurrent());
        String setFrame = execute("test:set_frame frame=14");
        assertEquals(14, doc.scene().frameCurrent());
        assertTrue(setFrame, setFrame.contains("test.set_frame(frame=14) on shell: FINISHED"));
    }

    @Test
    public void errorsReachTheCallerAndLeaveTheDocumentAlone() throws Exception {
        String before = DocumentSnapshot.of(doc, format);
        Exception failed = assertThrows(Exception.class, () -> execute("test:fail_halfway"));
        assertTrue(failed.getMessage(), failed.getMessage().contains("failing on purpose after changing the document"));
        assertEquals(before, DocumentSnapshot.of(doc, format));

        Exception invalid = assertThrows(Exception.class, () -> execute("test:set_frame frame=-5"));
        assertTrue(invalid.getMessage(), invalid.getMessage().contains("frame"));
        Exception unknown = assertThrows(Exception.class, () -> execute("ds:run test.no_such_operator"));
        assertTrue(unknown.getMessage(), unknown.getMessage().contains("unknown operator 'test.no_such_operator'"));
        assertEquals(before, DocumentSnapshot.of(doc, format));
    }

    /** Executes a command line and returns what the console would print: its output and its formatted result. */
    private String execute(String line) throws Exception {
        out.reset();
        Object result = session.execute(line);
        session.getConsole().flush();
        String printed = out.toString(StandardCharsets.UTF_8);
        return result == null ? printed : printed + session.format(result, Converter.INSPECT);
    }

    /** Waits for the Gogo command service of an operator (the shell registers one per operator). */
    private void awaitCommand(String scope, String function) throws Exception {
        Filter filter = context.createFilter("(&(" + CommandProcessor.COMMAND_SCOPE + "=" + scope + ")("
                + CommandProcessor.COMMAND_FUNCTION + "=" + function + "))");
        ServiceTracker<Object, Object> tracker = new ServiceTracker<>(context, filter, null);
        tracker.open();
        try {
            if (tracker.waitForService(DopesheetTestSupport.TIMEOUT_MS) == null) {
                throw new AssertionError("no command " + scope + ":" + function + " within " + DopesheetTestSupport.TIMEOUT_MS + " ms");
            }
        } finally {
            tracker.close();
        }
    }
}
