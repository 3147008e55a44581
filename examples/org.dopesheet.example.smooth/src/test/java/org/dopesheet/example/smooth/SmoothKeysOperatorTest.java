package org.dopesheet.example.smooth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dopesheet.model.Action;
import org.dopesheet.model.Document;
import org.dopesheet.model.EditorMode;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.HandleType;
import org.dopesheet.model.ObjectType;
import org.dopesheet.model.SceneObject;
import org.dopesheet.operator.OperatorException;
import org.dopesheet.operator.OperatorFlag;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.OperatorStatus;
import org.dopesheet.operator.OperatorType;
import org.dopesheet.operator.Registries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The operator through a standalone registry, on an Action editor document, as the runtime runs it. */
class SmoothKeysOperatorTest {
    private Registries.Standalone standalone;
    private Document doc;
    private FCurve locX, locY;

    @BeforeEach
    void document() {
        standalone = Registries.create().register(new SmoothKeysOperator());
        doc = standalone.documents().create("smooth");
        SceneObject cube = doc.addObject(new SceneObject("Cube", ObjectType.EMPTY).setSelect(true));
        doc.setActiveObject(cube);
        Action action = doc.addAction(new Action("CubeAction")).setIdRoot("OBJECT");
        action.addUsers(1);
        cube.ensureAnimationData().setAction(action);
        locX = action.channelbag().addFcurve(GaussianSmoothingTest.curve(0, 0, 0, 4, 10, 4, 0, 0, 0, 0));
        locY = action.channelbag().addFcurve(GaussianSmoothingTest.curve(0, 0, 0, 4, 10, 4, 0, 0, 0, 0));
        locY.setArrayIndex(1);
        doc.editor().setMode(EditorMode.ACTION).setShowOnlySelected(false);
    }

    @Test
    void definition__isAnUndoableEditOperatorWithBlendersProperties() {
        OperatorType t = standalone.registry().operator("example.smooth_keys").orElseThrow();
        assertEquals("Gaussian Smooth", t.name());
        assertEquals("edit", t.family());
        assertEquals(Set.of(OperatorFlag.REGISTER, OperatorFlag.UNDO), t.flags());
        assertEquals(List.of("factor: float, default 1.0, range [0.0, 3.4028235E38]",
                "sigma: float, default 0.33, range [0.001, 3.4028235E38]",
                "filter_width: int, default 6, range [1, 64]"), t.properties().describe());
    }

    @Test
    void smoothKeys__smoothsOnlySelectedKeysAndRecalculatesHandles() {
        GaussianSmoothingTest.select(locX, "0001110000");
        float leftBefore = locX.leftY(4);
        OperatorResult r = standalone.registry().invoke(doc, "example.smooth_keys(sigma=0.5, filter_width=2)");
        assertEquals(Set.of(OperatorStatus.FINISHED), r.status());
        assertEquals(3, r.values().get("smoothed_keys"));
        assertEquals("Smoothed 3 keys", r.reports().get(0).message());

        double[] k = GaussianSmoothing.kernel(0.5f, 3);
        assertEquals((float) (10 * k[0] + 8 * k[1] + 0 * k[2]), locX.y(4), 1e-5f);
        assertEquals((float) (4 * k[0] + 10 * k[1] + 4 * k[2]), locX.y(3), 1e-5f);
        assertEquals(0f, locX.y(2));
        assertEquals(0f, locX.y(6));
        assertEquals(10f, locY.y(4), "keys of an unselected curve's unselected keys keep their values");
        // AUTO_CLAMPED handles were recalculated: the new peak's handles are flat at its new value
        assertEquals(HandleType.AUTO_CLAMPED, locX.handleLeft(4));
        assertEquals(locX.y(4), locX.leftY(4), 1e-6f);
        assertNotEquals(leftBefore, locX.leftY(4));
    }

    @Test
    void smoothKeys__isUndoneAsOneStep() {
        GaussianSmoothingTest.select(locX, "1111111111");
        GaussianSmoothingTest.select(locY, "1111111111");
        standalone.registry().invoke(doc, "example.smooth_keys", Map.of());
        assertTrue(locX.y(4) < 10f && locY.y(4) < 10f);
        assertTrue(standalone.undoHistory().undo(doc));
        assertEquals(10f, locX.y(4));
        assertEquals(10f, locY.y(4));
        assertFalse(standalone.undoHistory().undo(doc));
    }

    @Test
    void smoothKeys__skipsLockedCurvesAndHiddenChannels() {
        GaussianSmoothingTest.select(locX, "1111111111");
        GaussianSmoothingTest.select(locY, "1111111111");
        locX.setLock(true);
        locY.setHide(true);
        OperatorResult r = standalone.registry().invoke(doc, "example.smooth_keys", Map.of());
        assertEquals(0, r.values().get("smoothed_keys"));
        assertEquals(10f, locX.y(4));
        assertEquals(10f, locY.y(4));
    }

    @Test
    void smoothKeys__rejectsPropertiesOutOfRange() {
        OperatorException e = assertThrows(OperatorException.class,
                () -> standalone.registry().invoke(doc, "example.smooth_keys(filter_width=0)"));
        assertTrue(e.getMessage().contains("filter_width"), e.getMessage());
        assertThrows(OperatorException.class, () -> standalone.registry().invoke(doc, "example.smooth_keys(sigma=0.0)"));
        assertEquals(10f, locX.y(4));
    }

    @Test
    void poll__failsWithoutKeyframeData() {
        doc.editor().setMode(EditorMode.GPENCIL);
        OperatorResult r = standalone.registry().invoke(doc, "example.smooth_keys", Map.of());
        assertFalse(r.poll());
        assertEquals("No F-Curve keyframes in this editor mode", r.pollMessage());
    }
}
