package org.dopesheet.runtime.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.options;

import java.util.List;
import java.util.Map;
import org.dopesheet.document.DocumentStore;
import org.dopesheet.model.Action;
import org.dopesheet.model.Document;
import org.dopesheet.model.EditorMode;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.ObjectType;
import org.dopesheet.model.SceneObject;
import org.dopesheet.operator.OperatorException;
import org.dopesheet.operator.OperatorRegistry;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.OperatorType;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerMethod;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * The select family in the assembled runtime: its ten operators come from its bundle, and the
 * bundle can be stopped and started while the runtime runs, the registry following at once.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerMethod.class) // a test stops the family's bundle
public class SelectFamilyIT {
    static final String BSN = "org.dopesheet.ops.select";
    static final List<String> OPERATORS = List.of("action.clickselect", "action.select_all", "action.select_box",
            "action.select_circle", "action.select_column", "action.select_lasso", "action.select_leftright",
            "action.select_less", "action.select_linked", "action.select_more");

    private BundleContext context;
    private OperatorRegistry registry;
    private DocumentStore store;

    @Configuration
    public Option[] config() {
        return options(DopesheetTestSupport.runtime().toArray(Option[]::new));
    }

    @Before
    public void services() throws Exception {
        context = DopesheetTestSupport.contextOf(getClass());
        registry = DopesheetTestSupport.service(context, OperatorRegistry.class);
        store = DopesheetTestSupport.service(context, DocumentStore.class);
        DopesheetTestSupport.awaitOperators(registry, OPERATORS);
    }

    @Test
    public void theTenOperatorsComeFromTheFamilyBundle() {
        for (String id : OPERATORS) {
            OperatorType t = registry.operator(id).orElseThrow();
            assertEquals(id, "select", t.family());
            assertTrue(id + " provided by " + t.provider(), t.provider().startsWith(BSN + " "));
        }
        assertEquals(List.of("path", "use_smooth_stroke", "smooth_stroke_factor", "smooth_stroke_radius", "mode"),
                registry.operator("action.select_lasso").orElseThrow().properties().properties().stream()
                        .map(p -> p.id()).toList());
    }

    @Test
    public void stoppingAndStartingTheFamilyWhileTheRuntimeRuns() throws Exception {
        Document doc = cubeDocument("select");
        assertTrue(registry.invoke("select", "action.select_all(action='DESELECT')").finished());
        assertEquals(0, selectedKeys(doc));

        Bundle family = DopesheetTestSupport.installed(context, BSN);
        assertNotNull(BSN + " is installed", family);
        family.stop();
        DopesheetTestSupport.awaitRegistry(registry, "select operators gone",
                () -> DopesheetTestSupport.noneRegistered(registry, OPERATORS));
        for (String id : OPERATORS) {
            OperatorException e = assertThrows(OperatorException.class, () -> registry.invoke("select", id, Map.of()));
            assertEquals(id + ": " + e.getMessage(), OperatorException.Kind.NOT_AVAILABLE, e.kind());
        }
        // the rest of the runtime keeps working
        assertTrue(registry.invoke("select", "anim.change_frame(frame=12)").finished());
        assertEquals(12, doc.scene().frameCurrent());

        family.start();
        DopesheetTestSupport.awaitOperators(registry, OPERATORS);
        OperatorResult r = registry.invoke("select", "action.select_all(action='SELECT')");
        assertTrue(r.toString(), r.finished());
        assertEquals(6, selectedKeys(doc));
        r = registry.invoke("select", "action.select_column(mode='CFRA')");
        assertTrue(r.toString(), r.finished());
    }

    /** An object with a two-curve, six-key action, shown in the Action editor. */
    private Document cubeDocument(String name) {
        store.remove(name);
        Document doc = store.create(name);
        SceneObject cube = doc.addObject(new SceneObject("Cube", ObjectType.EMPTY).setSelect(true));
        doc.setActiveObject(cube);
        Action action = doc.addAction(new Action("CubeAction"));
        cube.ensureAnimationData().setAction(action);
        action.addUsers(1);
        for (int c = 0; c < 2; c++) {
            FCurve curve = action.channelbag().addFcurve(new FCurve("location", c));
            for (float frame : new float[] {1, 10, 20}) {
                curve.addKey(frame, c);
            }
        }
        doc.editor().setMode(EditorMode.ACTION);
        return doc;
    }

    private static int selectedKeys(Document doc) {
        int n = 0;
        for (FCurve c : doc.actions().get(0).channelbag().fcurves()) {
            for (int i = 0; i < c.size(); i++) {
                n += c.selected(i) ? 1 : 0;
            }
        }
        return n;
    }
}
