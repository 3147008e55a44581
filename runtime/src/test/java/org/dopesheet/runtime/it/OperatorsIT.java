package org.dopesheet.runtime.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dopesheet.document.DocumentStore;
import org.dopesheet.io.DocumentFormat;
import org.dopesheet.model.Document;
import org.dopesheet.operator.OperatorException;
import org.dopesheet.operator.OperatorFlag;
import org.dopesheet.operator.OperatorRegistry;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.OperatorType;
import org.dopesheet.operator.PropertyType;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

/** Operators of a separately deployed bundle run through the registry on documents of the store. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class OperatorsIT {
    private OperatorRegistry registry;
    private DocumentStore store;
    private DocumentFormat format;

    @Configuration
    public Option[] config() {
        return DopesheetTestSupport.runtimeWithTestOperators();
    }

    @Before
    public void services() throws Exception {
        BundleContext context = DopesheetTestSupport.contextOf(getClass());
        registry = DopesheetTestSupport.registryWithTestOperators(context);
        store = DopesheetTestSupport.service(context, DocumentStore.class);
        format = DopesheetTestSupport.service(context, DocumentFormat.class);
    }

    @Test
    public void registryDescribesTheTestBundlesOperators() {
        OperatorType count = registry.operator("test.count_keys").orElseThrow();
        assertEquals("Count Keys", count.name());
        assertEquals("Report the number of keys of the document", count.description());
        assertEquals("test", count.family());
        assertEquals(Set.of(OperatorFlag.REGISTER), count.flags());
        assertEquals("org.dopesheet.test.operators 0.1.0.SNAPSHOT", count.provider());

        OperatorType setFrame = registry.operator("test.set_frame").orElseThrow();
        assertEquals(Set.of(OperatorFlag.REGISTER, OperatorFlag.UNDO), setFrame.flags());
        assertEquals(PropertyType.INT, setFrame.properties().get("frame").type());
        assertEquals(1, setFrame.properties().get("frame").defaultValue());

        List<String> ids = registry.operators().stream().map(OperatorType::id).toList();
        assertTrue(ids + " lists the test operators", ids.containsAll(DopesheetTestSupport.TEST_OPERATORS));
    }

    @Test
    public void countKeysReportsTheKeysOfAStoredDocument() {
        DopesheetTestSupport.sampleDocument(store, "count");
        OperatorResult r = registry.invoke("count", "test.count_keys", Map.of());
        assertTrue(r.toString(), r.finished());
        assertEquals(6L, r.values().get("keys"));
        assertEquals("6 keys", r.reports().get(0).message());
    }

    @Test
    public void setFrameChangesTheCurrentFrame() {
        Document doc = DopesheetTestSupport.sampleDocument(store, "frame");
        OperatorResult r = registry.invoke("frame", "test.set_frame(frame=42)");
        assertTrue(r.toString(), r.finished());
        assertEquals(42, doc.scene().frameCurrent());

        OperatorException e = assertThrows(OperatorException.class,
                () -> registry.invoke("frame", "test.set_frame", Map.of("frame", -3)));
        assertEquals(OperatorException.Kind.INVALID_PROPERTY, e.kind());
        assertEquals(42, doc.scene().frameCurrent());
    }

    @Test
    public void failHalfwayLeavesTheDocumentExactlyAsItWas() throws Exception {
        Document doc = DopesheetTestSupport.sampleDocument(store, "fail");
        registry.invoke("fail", "test.set_frame", Map.of("frame", 7));
        String before = DocumentSnapshot.of(doc, format);

        OperatorException e = assertThrows(OperatorException.class,
                () -> registry.invoke("fail", "test.fail_halfway", Map.of()));
        assertEquals(OperatorException.Kind.EXECUTION_FAILED, e.kind());
        assertEquals("test.fail_halfway", e.operatorId());
        assertTrue(e.getMessage(), e.getMessage().contains("failing on purpose after changing the document"));

        assertEquals(before, DocumentSnapshot.of(doc, format));
        assertEquals(1, doc.actions().size());
        assertEquals(7, doc.scene().frameCurrent());
        // the document is still usable and unchanged for the next operator
        assertEquals(6L, registry.invoke("fail", "test.count_keys", Map.of()).values().get("keys"));
    }

    @Test
    public void theSnapshotSeesWhatFailHalfwayChanges() throws Exception {
        // guards the previous test: a snapshot blind to these changes would make it pass vacuously
        Document doc = DopesheetTestSupport.sampleDocument(store, "blind");
        String before = DocumentSnapshot.of(doc, format);
        doc.actions().get(0).fcurves().get(1).setSelected(2, !doc.actions().get(0).fcurves().get(1).selected(2));
        assertNotEquals(before, DocumentSnapshot.of(doc, format));
        doc.actions().get(0).fcurves().get(1).setSelected(2, !doc.actions().get(0).fcurves().get(1).selected(2));
        assertEquals(before, DocumentSnapshot.of(doc, format));
        doc.actions().get(0).fcurves().get(0).translate(0, 10f, 1f);
        assertNotEquals(before, DocumentSnapshot.of(doc, format));
    }
}
