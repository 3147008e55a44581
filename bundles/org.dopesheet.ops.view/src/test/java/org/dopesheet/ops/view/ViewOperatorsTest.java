package org.dopesheet.ops.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dopesheet.model.Action;
import org.dopesheet.model.ActionGroup;
import org.dopesheet.model.BehaviourProfile;
import org.dopesheet.model.Document;
import org.dopesheet.model.EditorMode;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.ObjectType;
import org.dopesheet.model.SceneObject;
import org.dopesheet.model.ViewFrameType;
import org.dopesheet.operator.OperatorFlag;
import org.dopesheet.operator.OperatorRegistry;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.Registries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ViewOperatorsTest {
    private Registries.Standalone s;
    private OperatorRegistry registry;
    private Document doc;
    private FCurve curve;

    @BeforeEach
    void setUp() {
        s = Registries.create().register(new ViewAllOperator(), new ViewSelectedOperator(), new ViewFrameOperator(),
                new PreviewRangeSetOperator(), new FrameJumpOperator());
        registry = s.registry();
        doc = s.documents().create("d");
        SceneObject ob = doc.addObject(new SceneObject("Cube", ObjectType.EMPTY).setSelect(true));
        doc.setActiveObject(ob);
        Action a = doc.addAction(new Action("Act"));
        ob.ensureAnimationData().setAction(a);
        a.addUsers(1);
        ActionGroup g = a.channelbag().ensureGroup("Object Transforms");
        curve = a.channelbag().addFCurveToGroup(new FCurve("location", 0), g);
        for (float f : new float[] {2, 10, 26}) {
            curve.addKey(f, f);
        }
        doc.editor().setMode(EditorMode.ACTION).setCur(-9, 260, -872, 0).setMask(0, 396, 0, 872);
    }

    @Test
    void flagsFollowBlender() {
        assertTrue(registry.operator("action.view_all").orElseThrow().flags().isEmpty());
        assertEquals(java.util.Set.of(OperatorFlag.REGISTER, OperatorFlag.UNDO),
                registry.operator("action.frame_jump").orElseThrow().flags());
        assertEquals("Set Preview Range to Selected", registry.operator("action.previewrange_set").orElseThrow().name());
    }

    @Test
    void viewAllMarginDependsOnProfile() {
        doc.setProfile(BehaviourProfile.BLENDER_3_4);
        registry.invoke(doc, "action.view_all()");
        assertEquals(-1f, doc.editor().curXmin());
        assertEquals(29f, doc.editor().curXmax());
        assertEquals(-872f, doc.editor().curYmin());
        doc.setProfile(BehaviourProfile.CURRENT);
        registry.invoke(doc, "action.view_all()");
        float margin = Math.min(40f * 24f / 396f, 3f);
        assertEquals(2f - margin, doc.editor().curXmin(), 1e-5);
        assertEquals(26f + margin, doc.editor().curXmax(), 1e-5);
    }

    @Test
    void viewSelectedCentresOnSelectedRowAndValidates() {
        curve.setSelected(0, false);
        curve.setSelected(2, false);
        OperatorResult r = registry.invoke(doc, "action.view_selected()");
        assertTrue(r.finished());
        assertEquals(10f - 0.0005f - 134.5f, doc.editor().curXmin(), 1e-4); // a single key is widened by 0.0005 each side
        assertEquals(-873f, doc.editor().curYmin());
        assertEquals(0f, doc.editor().curYmax());
        curve.setSelected(1, false);
        assertTrue(registry.invoke(doc, "action.view_selected()").cancelled());
    }

    @Test
    void previewRangeWithNothingSelectedDependsOnProfile() {
        for (int i = 0; i < curve.size(); i++) {
            curve.setSelected(i, false);
        }
        assertTrue(registry.invoke(doc, "action.previewrange_set()").cancelled());
        assertFalse(doc.scene().usePreviewRange());
        doc.setProfile(BehaviourProfile.BLENDER_3_4);
        assertTrue(registry.invoke(doc, "action.previewrange_set()").finished());
        assertEquals(1000000000, doc.scene().previewStart());
        assertEquals(-1000000000, doc.scene().previewEnd());
    }

    @Test
    void frameJumpRoundsHalfUp() {
        curve.setSelected(2, false);
        registry.invoke(doc, "action.frame_jump()");
        assertEquals(6, doc.scene().frameCurrent());
        curve.setCo(1, 11, 11);
        curve.setLeft(1, 10, 11);
        curve.setRight(1, 12, 11);
        registry.invoke(doc, "action.frame_jump()");
        assertEquals(7, doc.scene().frameCurrent(), "6.5 rounds up");
    }

    @Test
    void viewFrameModes() {
        doc.scene().setFrameCurrent(12);
        registry.invoke(doc, "action.view_frame()");
        assertEquals(12 - 134.5f, doc.editor().curXmin());
        doc.preferences().setViewFrameType(ViewFrameType.SECONDS).setViewFrameSeconds(0.5f);
        registry.invoke(doc, "action.view_frame()");
        assertEquals(-1f, doc.editor().curXmin());
        assertEquals(25f, doc.editor().curXmax());
        doc.preferences().setViewFrameType(ViewFrameType.KEYFRAMES).setViewFrameKeyframes(1);
        registry.invoke(doc, "action.view_frame()");
        assertEquals(10f, doc.editor().curXmin());
        assertEquals(26f, doc.editor().curXmax());
        doc.scene().setFrameCurrent(30);
        registry.invoke(doc, "action.view_frame()");
        assertEquals(26f, doc.editor().curXmin(), "previous key");
        assertEquals(34f, doc.editor().curXmax(), "mirrored when there is no next key");
    }

    @Test
    void validationLocksHeightAndKeepsTheViewBelowZero() {
        ViewRect.setValidated(doc.editor(), 0, 10, -300, 200);
        assertEquals(0f, doc.editor().curYmax());
        assertEquals(-873f, doc.editor().curYmin());
        assertEquals(10f, doc.editor().curXmax());
    }
}
