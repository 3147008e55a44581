package org.dopesheet.ops.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dopesheet.model.Action;
import org.dopesheet.model.BehaviourProfile;
import org.dopesheet.model.Document;
import org.dopesheet.model.EditorMode;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.HandleType;
import org.dopesheet.model.Marker;
import org.dopesheet.model.ObjectType;
import org.dopesheet.model.SceneObject;
import org.dopesheet.ops.edit.DuplicateOperator;
import org.dopesheet.operator.EnumProperty;
import org.dopesheet.operator.GroupProperty;
import org.dopesheet.operator.OperatorRegistry;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.OperatorType;
import org.dopesheet.operator.Registries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TransformOperatorsTest {
    private OperatorRegistry registry;
    private Document doc;
    private FCurve curve;

    @BeforeEach
    void setUp() {
        Registries.Standalone s = Registries.create().register(new SnapOperator(), new MirrorOperator(),
                new TransformOperator(), new DuplicateMoveOperator(), new DuplicateOperator());
        registry = s.registry();
        doc = s.documents().create("d");
        SceneObject ob = doc.addObject(new SceneObject("Cube", ObjectType.EMPTY).setSelect(true));
        doc.setActiveObject(ob);
        Action a = doc.addAction(new Action("Act"));
        a.addUsers(1);
        ob.ensureAnimationData().setAction(a);
        curve = a.channelbag().addFcurve(new FCurve("location", 0).setSelect(true));
        curve.addKey(1, 0);
        curve.addKey(4.4f, 1);
        curve.addKey(10, 2);
        curve.setSelected(0, false);
        curve.setSelected(2, false);
        doc.editor().setMode(EditorMode.ACTION);
    }

    private static float[] frames(FCurve c) {
        return c.framesCopy();
    }

    @Test
    void propertiesFollowBlender() {
        OperatorType snap = registry.operator("action.snap").orElseThrow();
        EnumProperty<?> type = (EnumProperty<?>) snap.properties().get("type");
        assertEquals("CFRA", ((Enum<?>) type.defaultValue()).name());
        assertEquals(List.of("CFRA", "NEAREST_FRAME", "NEAREST_SECOND", "NEAREST_MARKER"),
                type.items().stream().map(i -> i.identifier()).toList());
        OperatorType macro = registry.operator("action.duplicate_move").orElseThrow();
        assertTrue(macro.properties().get("ACTION_OT_duplicate") instanceof GroupProperty);
        assertTrue(((GroupProperty) macro.properties().get("TRANSFORM_OT_transform")).schema().get("value") != null);
    }

    @Test
    void snapMovesHandlesAndMergesInCurrentBlenderOnly() {
        curve.setSelected(2, true);
        doc.scene().setFrameCurrent(7);
        doc.setProfile(BehaviourProfile.BLENDER_3_4);
        float leftBefore = curve.leftX(1);
        registry.invoke(doc, "action.snap(type='CFRA')");
        assertEquals(3, curve.size(), "3.4 keeps both keys on frame 7");
        assertEquals(7f, curve.x(1));
        assertEquals(7f, curve.x(2));
        assertTrue(leftBefore != curve.leftX(1) || curve.leftX(1) <= 7f);
        setUp();
        curve.setSelected(2, true);
        doc.scene().setFrameCurrent(7);
        registry.invoke(doc, "action.snap(type='CFRA')");
        assertEquals(2, curve.size(), "current Blender merges the two keys on frame 7");
        assertEquals(7f, curve.x(1));
        assertEquals(1.5f, curve.y(1), 1e-6, "merged keys take the average value");
    }

    @Test
    void snapNearestMarkerAndSecond() {
        doc.scene().addMarker(new Marker("a", 3));
        doc.scene().addMarker(new Marker("b", 6));
        registry.invoke(doc, "action.snap(type='NEAREST_MARKER')");
        assertEquals(3f, curve.x(1));
        curve.setCo(1, 30, 1);
        registry.invoke(doc, "action.snap(type='NEAREST_SECOND')");
        assertEquals(24f, curve.x(2), "snapped to the nearest second, then sorted after the key at 10");
    }

    @Test
    void mirrorSwapsHandlesTypesAndFlags() {
        curve.setHandleLeft(1, HandleType.VECTOR);
        curve.setHandleRight(1, HandleType.FREE);
        curve.setSelection(1, true, true, false);
        doc.scene().setFrameCurrent(5);
        registry.invoke(doc, "action.mirror(type='CFRA')");
        int i = curve.indexOfFrame(5.6f);
        assertTrue(i >= 0, java.util.Arrays.toString(frames(curve)));
        assertEquals(HandleType.FREE, curve.handleLeft(i));
        assertEquals(HandleType.VECTOR, curve.handleRight(i));
        assertFalse(curve.leftSelected(i));
        assertTrue(curve.rightSelected(i));
        OperatorResult none = registry.invoke(doc, "action.mirror(type='MARKER')");
        assertTrue(none.finished(), "no selected marker: silent no-op");
    }

    @Test
    void transformTranslatesScalesSnapsAndMerges() {
        registry.invoke(doc, "transform.transform(mode='TIME_TRANSLATE', value=[2.0, 0, 0, 0])");
        assertEquals(6.4f, curve.x(1), 1e-6);
        assertEquals(5.4f, curve.leftX(1) + 0f, 2f);
        registry.invoke(doc, "transform.transform(mode='TIME_TRANSLATE', value=[0.3, 0, 0, 0], snap=True)");
        assertEquals(7f, curve.x(1));
        doc.scene().setFrameCurrent(1);
        registry.invoke(doc, "transform.transform(mode='TIME_SCALE', value=[1.5, 0, 0, 0])");
        assertEquals(10f, curve.x(1), 1e-6);
        assertEquals(2, curve.size(), "the moved key landed on frame 10 and merged with the key there");
        OperatorResult bad = registry.invoke(doc, "transform.transform(mode='ROTATION')");
        assertTrue(bad.cancelled());
        assertTrue(bad.hasOwnError());
    }

    @Test
    void duplicateMoveIsOneInvocationInBothProfiles() {
        for (BehaviourProfile p : BehaviourProfile.values()) {
            setUp();
            doc.setProfile(p);
            OperatorResult r = registry.invoke(doc,
                    "action.duplicate_move(TRANSFORM_OT_transform={'value': [3.0, 0.0, 0.0, 0.0]})");
            assertTrue(r.finished(), p + ": " + r);
            assertEquals(4, curve.size(), p + ": " + java.util.Arrays.toString(frames(curve)));
            assertEquals(4.4f, curve.x(1), 1e-6);
            assertFalse(curve.selected(1), "the original is deselected");
            assertEquals(7.4f, curve.x(2), 1e-6);
            assertTrue(curve.selected(2), "the copy moved");
        }
    }
}
