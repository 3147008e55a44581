package org.dopesheet.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dopesheet.model.Document;
import org.dopesheet.model.FCurve;
import org.dopesheet.operator.Operator;
import org.dopesheet.operator.OperatorDefinition;
import org.dopesheet.operator.OperatorException;
import org.dopesheet.operator.OperatorStatus;
import org.dopesheet.operator.PropertyException;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.Version;

/** {@code ds:ops}, {@code describe}, {@code run}, {@code frame}, {@code await}, {@code families}. */
class OperatorCommandsTest {

    private static Fixture fixture() {
        return new Fixture(new TestOperators.SelectAll(), new TestOperators.Clean(), new TestOperators.Refuse(),
                new TestOperators.Nothing(), new TestOperators.Kinds());
    }

    private static boolean allSelected(Document doc, boolean selected) {
        for (FCurve c : doc.action("Act").fcurves()) {
            for (int i = 0; i < c.size(); i++) {
                if (c.selected(i) != selected) {
                    return false;
                }
            }
        }
        return true;
    }

    // ---- ops and describe -----------------------------------------------------------------

    @Test
    void ops__listsAllSortedOrOneFamily() {
        Fixture f = fixture();

        OperatorList all = f.operators.ops("");
        assertEquals(List.of("test.clean", "test.kinds", "test.nothing", "test.refuse", "test.select_all"),
                all.operators().stream().map(o -> o.id()).toList());

        OperatorList select = f.operators.ops("select");
        assertEquals(String.join("\n",
                "1 operator of family select",
                "ID               FAMILY  NAME            DESCRIPTION",
                "test.select_all  select  (De)select All  Toggle selection of all keyframes"), select.toString());
        assertEquals("no operators of family 'nope'", f.operators.ops("nope").toString());
    }

    @Test
    void describe__showsFlagsProviderAndEveryProperty() {
        Fixture f = fixture();

        assertEquals(String.join("\n",
                "test.clean: Clean Keyframes",
                "  Simplify F-Curves by removing closely spaced keyframes",
                "  family:   edit",
                "  flags:    REGISTER, UNDO",
                "  provider: (standalone), ranking 0",
                "  command:  test:clean name=value ...",
                "  properties:",
                "    threshold: float, default 0.001, range [0.0, 3.4028235E38], soft range [0.0, 1.0]",
                "        \"Threshold\"",
                "    channels: boolean, default False",
                "        \"Channels\""), f.operators.describe("test.clean").toString());
    }

    @Test
    void describe__enumItemsNestedGroupsAndNotes() {
        Fixture f = fixture();

        String text = f.operators.describe("test.kinds").toString();

        assertTrue(text.contains("\n  flags:    REGISTER, INTERNAL\n"), text);
        assertTrue(text.contains("\n    count: int, default 3, range [0, 10], soft range [1, 5]\n        \"Count\": How many"),
                text);
        assertTrue(text.contains("\n    label: string, default 'x', at most 8 characters (hidden)\n"), text);
        assertTrue(text.contains("\n    types: enum set, default [SELECT], items TOGGLE, SELECT, DESELECT, INVERT"
                + " (skip save)\n        \"Types\"\n"
                + "        ITEM      NAME      DESCRIPTION\n"
                + "        TOGGLE    Toggle    Toggle selection for all elements\n"
                + "        SELECT    Select    Select all elements\n"), text);
        assertTrue(text.contains("\n    sub: group {flag}\n        \"Sub\"\n        flag: boolean, default True\n"
                + "            \"Flag\""), text);
        assertTrue(text.contains("\n    path: collection of {time}\n        \"Path\"\n        time: float, default 0.0"),
                text);
    }

    @Test
    void describe__unknownOperator_namesOperatorsOfTheScope() {
        Fixture f = fixture();

        OperatorException e = assertThrows(OperatorException.class, () -> f.operators.describe("test.clen"));
        assertEquals(OperatorException.Kind.UNKNOWN_OPERATOR, e.kind());
        assertEquals("unknown operator 'test.clen'; operators of this scope: test.clean, test.kinds, test.nothing,"
                + " test.refuse, test.select_all", e.getMessage());
        OperatorException other = assertThrows(OperatorException.class, () -> f.operators.describe("graph.clean"));
        assertEquals("unknown operator 'graph.clean'; no operators of scope 'graph' are registered (list them with"
                + " ds:ops)", other.getMessage());
    }

    // ---- run ------------------------------------------------------------------------------

    @Test
    void run__textForm_changesTheCurrentDocumentAndPrintsReportsAndValues() {
        Fixture f = fixture();
        Document doc = f.open(Fixture.tiny());

        RunResult run = f.operators.run(null, "test.select_all(action='SELECT')");

        assertTrue(allSelected(doc, true));
        assertEquals(Map.of("action", "SELECT"), run.arguments());
        assertEquals(String.join("\n",
                "test.select_all(action='SELECT') on tiny: FINISHED",
                "  INFO: 4 keys selected",
                "  values:",
                "    selected = 4"), run.toString());
    }

    @Test
    void run__idWithNameValueArguments_parsesPythonLiterals() {
        Fixture f = fixture();
        Document doc = f.open(Fixture.tiny());

        f.operators.run(null, "test.select_all", "action=DESELECT");
        assertTrue(allSelected(doc, false));

        RunResult clean = f.operators.run(null, "test.clean", "threshold=0.25", "channels=True");
        assertEquals(0.25f, clean.result().values().get("threshold"));
        assertEquals(Boolean.TRUE, clean.result().values().get("channels"));
        assertEquals("test.clean(threshold=0.25, channels=True)", clean.invocation());
        assertEquals("test.clean on tiny: FINISHED", org.dopesheet.shell.internal.ShellFormat
                .format(clean, org.apache.felix.service.command.Converter.LINE).toString());
    }

    @Test
    void run__bothFormsOrMalformedArguments_areClearErrors() {
        Fixture f = fixture();
        f.open(Fixture.tiny());

        ShellException both = assertThrows(ShellException.class,
                () -> f.operators.run(null, "test.clean(threshold=0.1)", "channels=True"));
        assertTrue(both.getMessage().startsWith("give either the text form"), both.getMessage());
        ShellException noEquals = assertThrows(ShellException.class,
                () -> f.operators.run(null, "test.clean", "0.1"));
        assertEquals("test.clean: expected an argument of the form name=value, got '0.1' (e.g. threshold=0.01,"
                + " action=SELECT, channels=True)", noEquals.getMessage());
        OperatorException syntax = assertThrows(OperatorException.class,
                () -> f.operators.run(null, "test.clean", "threshold=0.0.1"));
        assertEquals(OperatorException.Kind.SYNTAX, syntax.kind());
        assertTrue(syntax.getMessage().startsWith("test.clean: argument 'threshold=0.0.1': syntax error at column"),
                syntax.getMessage());
        OperatorException textSyntax = assertThrows(OperatorException.class,
                () -> f.operators.run(null, "test.clean(threshold=)"));
        assertEquals(OperatorException.Kind.SYNTAX, textSyntax.kind());
    }

    @Test
    void run__registryErrorsPassThroughUnchanged() {
        Fixture f = fixture();
        f.open(Fixture.tiny());

        OperatorException unknown = assertThrows(OperatorException.class,
                () -> f.operators.run(null, "test.nope"));
        assertEquals(OperatorException.Kind.UNKNOWN_OPERATOR, unknown.kind());
        assertTrue(unknown.getMessage().startsWith("unknown operator 'test.nope'; operators of this scope:"),
                unknown.getMessage());
        PropertyException property = assertThrows(PropertyException.class,
                () -> f.operators.run(null, "test.clean", "treshold=0.1"));
        assertEquals("test.clean: unknown property 'treshold'; properties are threshold, channels",
                property.getMessage());
        PropertyException item = assertThrows(PropertyException.class,
                () -> f.operators.run(null, "test.select_all", "action=SELEC"));
        assertEquals("test.select_all: property 'action' has no item 'SELEC'; expected one of TOGGLE, SELECT,"
                + " DESELECT, INVERT", item.getMessage());
    }

    @Test
    void run__pollFailureThrowsWithThePollMessage() {
        Fixture f = fixture();
        f.open(new Document("empty"));

        RunFailedException e = assertThrows(RunFailedException.class,
                () -> f.operators.run(null, "test.select_all"));
        assertEquals(OperatorException.Kind.POLL_FAILED, e.kind());
        assertEquals("test.select_all() on empty: poll failed: the document has no actions", e.getMessage());
        assertFalse(e.run().result().poll());
    }

    @Test
    void run__cancelledWithAnErrorThrows_withoutAnErrorItDoesNot() {
        Fixture f = fixture();
        f.open(Fixture.tiny());

        RunFailedException e = assertThrows(RunFailedException.class, () -> f.operators.run(null, "test.refuse"));
        assertEquals(OperatorException.Kind.EXECUTION_FAILED, e.kind());
        assertEquals("test.refuse() on tiny was cancelled: ERROR: No keyframes to refuse", e.getMessage());

        RunResult nothing = f.operators.run(null, "test.nothing");
        assertEquals(java.util.Set.of(OperatorStatus.CANCELLED), nothing.result().status());
        assertEquals("test.nothing() on tiny: CANCELLED\n  WARNING: Nothing to do", nothing.toString());
    }

    @Test
    void run__withoutADocument_saysHowToGetOne() {
        Fixture f = fixture();

        ShellException e = assertThrows(ShellException.class, () -> f.operators.run(null, "test.clean"));
        assertEquals("no document is open; create one with ds:new NAME or open a file with ds:open PATH",
                e.getMessage());
    }

    // ---- frame ----------------------------------------------------------------------------

    @Test
    void frame__withoutChangeFrameOperator_setsTheSceneDirectly() {
        Fixture f = fixture();
        Document doc = f.open(Fixture.tiny());

        FrameChange change = f.operators.frame(null, 7.5);

        assertEquals(new FrameChange("tiny", 4, 8, null), change);
        assertEquals(8, doc.scene().frameCurrent());
        assertEquals(0, f.operators.frame(null, -3).current(), "frames never go below 0");
        assertTrue(change.toString().endsWith("(set on the scene directly: no anim.change_frame operator is"
                + " registered)"), change.toString());
    }

    @Test
    void frame__throughAnimChangeFrameWhenRegistered() {
        Fixture f = new Fixture(new TestOperators.ChangeFrame());
        Document doc = f.open(Fixture.tiny());

        FrameChange change = f.operators.frame(null, 20);

        assertEquals(new FrameChange("tiny", 4, 20, "anim.change_frame"), change);
        assertEquals(20, doc.scene().frameCurrent());
        assertEquals("tiny: frame 4 -> 20 (anim.change_frame)", change.toString());
    }

    // ---- await ----------------------------------------------------------------------------

    @Test
    void await__registeredOperatorsReturnAtOnce() throws Exception {
        Fixture f = fixture();

        AwaitResult r = f.operators.await(10_000, "test.clean", "test.refuse");

        assertEquals(List.of("test.clean", "test.refuse"), r.operatorIds());
        assertTrue(r.elapsedMillis() < 5_000);
    }

    @Test
    void await__operatorRegisteredLater_endsTheWait() throws Exception {
        Fixture f = new Fixture();
        Thread later = new Thread(() -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
            f.registries.register(new TestOperators.Nothing());
        });
        later.start();

        AwaitResult r = f.operators.await(10_000, "test.nothing");

        later.join();
        assertEquals(List.of("test.nothing"), r.operatorIds());
    }

    @Test
    void await__timeoutNamesTheMissingOperators() {
        Fixture f = fixture();

        long start = System.nanoTime();
        ShellException e = assertThrows(ShellException.class,
                () -> f.operators.await(150, "test.clean", "test.later"));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertEquals("timed out after 150 ms waiting for operator test.later", e.getMessage());
        assertTrue(millis >= 140, "waited " + millis + " ms");
        assertThrows(ShellException.class, () -> f.operators.await(100));
    }

    // ---- families -------------------------------------------------------------------------

    @Test
    void families__groupsOperatorServicesByBundle() throws Exception {
        Bundle edit = bundle(12, "org.dopesheet.ops.edit", Bundle.ACTIVE);
        Bundle select = bundle(11, "org.dopesheet.ops.select", Bundle.ACTIVE);
        List<ServiceReference<?>> refs = new ArrayList<>();
        refs.add(reference(edit, "action.snap", "edit"));
        refs.add(reference(select, "action.select_all", "select"));
        refs.add(reference(edit, "action.clean", "edit"));
        refs.add(reference(edit, "action.keyframe_type", "keys"));
        Fixture f = new Fixture();
        OperatorCommands commands = new OperatorCommands(f.registries.registry(), f.shell, context(refs));

        FamilyList families = commands.families();

        assertEquals(List.of(
                new FamilyList.Provider(11, "org.dopesheet.ops.select", "1.2.3", "ACTIVE", List.of("select"),
                        List.of("action.select_all")),
                new FamilyList.Provider(12, "org.dopesheet.ops.edit", "1.2.3", "ACTIVE", List.of("edit", "keys"),
                        List.of("action.clean", "action.keyframe_type", "action.snap"))), families.bundles());
        assertEquals(String.join("\n",
                "ID  BUNDLE                    VERSION  STATE   OPERATORS  FAMILIES",
                "11  org.dopesheet.ops.select  1.2.3    ACTIVE          1  select",
                "12  org.dopesheet.ops.edit    1.2.3    ACTIVE          3  edit, keys"), families.toString());
    }

    @Test
    void families__withoutAFramework_isAClearError() {
        Fixture f = fixture();

        ShellException e = assertThrows(ShellException.class, f.operators::families);
        assertTrue(e.getMessage().startsWith("families needs the OSGi framework"), e.getMessage());
        assertEquals("no bundle provides operator services", new FamilyList(List.of()).toString());
    }

    private static Bundle bundle(long id, String bsn, int state) {
        return (Bundle) Proxy.newProxyInstance(OperatorCommandsTest.class.getClassLoader(),
                new Class<?>[] {Bundle.class}, (p, m, a) -> {
                switch (m.getName()) {
                    case "getBundleId":
                        return id;
                    case "getSymbolicName":
                        return bsn;
                    case "getVersion":
                        return new Version(1, 2, 3);
                    case "getState":
                        return state;
                    case "hashCode":
                        return Long.hashCode(id);
                    case "equals":
                        return p == a[0];
                    default:
                        throw new UnsupportedOperationException(m.getName());
                }
            });
    }

    private static ServiceReference<?> reference(Bundle bundle, String id, String family) {
        Map<String, Object> props = Map.of(OperatorDefinition.ID, id, OperatorDefinition.FAMILY, family);
        return (ServiceReference<?>) Proxy.newProxyInstance(OperatorCommandsTest.class.getClassLoader(),
                new Class<?>[] {ServiceReference.class}, (p, m, a) -> {
                switch (m.getName()) {
                    case "getBundle":
                        return bundle;
                    case "getProperty":
                        return props.get((String) a[0]);
                    case "hashCode":
                        return System.identityHashCode(p);
                    case "equals":
                        return p == a[0];
                    default:
                        throw new UnsupportedOperationException(m.getName());
                }
            });
    }

    private static BundleContext context(List<ServiceReference<?>> refs) {
        return (BundleContext) Proxy.newProxyInstance(OperatorCommandsTest.class.getClassLoader(),
                new Class<?>[] {BundleContext.class}, (p, m, a) -> {
                if (m.getName().equals("getServiceReferences") && a[0] == Operator.class
                        && ("(" + OperatorDefinition.ID + "=*)").equals(a[1])) {
                    return new ArrayList<>(refs);
                }
                throw new UnsupportedOperationException(m.getName());
            });
    }
}
