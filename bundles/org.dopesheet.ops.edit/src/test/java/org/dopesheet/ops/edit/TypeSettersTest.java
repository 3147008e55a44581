package org.dopesheet.ops.edit;

import static org.dopesheet.ops.edit.Fixture.keys;
import static org.dopesheet.ops.edit.Fixture.select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dopesheet.model.BehaviourProfile;
import org.dopesheet.model.CyclesMode;
import org.dopesheet.model.CyclesModifier;
import org.dopesheet.model.Easing;
import org.dopesheet.model.EditorMode;
import org.dopesheet.model.Extrapolation;
import org.dopesheet.model.FModifier;
import org.dopesheet.model.GenericModifier;
import org.dopesheet.model.HandleType;
import org.dopesheet.model.Interpolation;
import org.dopesheet.model.KeyframeType;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.OperatorStatus;
import org.dopesheet.operator.PropertyException;
import org.dopesheet.operator.ReportType;
import org.junit.jupiter.api.Test;

class TypeSettersTest {

    private static Map<String, Object> type(String t) {
        return Map.of("type", t);
    }

    @Test
    void interpolationAndEasingSetSelectedKeysWhateverTheChannelSelection() {
        Fixture f = new Fixture(BehaviourProfile.CURRENT);
        keys(f.locX, 1, 0, 2, 1, 3, 0);
        select(f.locX, "101");
        f.locX.setSelect(false);
        f.locX.setSelection(1, true, false, true);
        f.run("action.interpolation_type", type("ELASTIC"));
        f.run("action.easing_type", type("EASE_IN_OUT"));
        assertEquals(List.of(Interpolation.ELASTIC, Interpolation.BEZIER, Interpolation.ELASTIC),
                List.of(f.locX.interpolation(0), f.locX.interpolation(1), f.locX.interpolation(2)));
        assertEquals(List.of(Easing.EASE_IN_OUT, Easing.AUTO, Easing.EASE_IN_OUT),
                List.of(f.locX.easing(0), f.locX.easing(1), f.locX.easing(2)));
    }

    @Test
    void handleTypeSetsBothSidesOfSelectedKeys() {
        Fixture f = new Fixture(BehaviourProfile.CURRENT);
        keys(f.locX, 1, 0, 2, 1, 3, 0);
        select(f.locX, "010");
        f.run("action.handle_type", type("VECTOR"));
        assertEquals(HandleType.VECTOR, f.locX.handleLeft(1));
        assertEquals(HandleType.VECTOR, f.locX.handleRight(1));
        assertEquals(HandleType.AUTO_CLAMPED, f.locX.handleLeft(0));
        // vector handles point a third of the way to the neighbours
        assertEquals(2f - 1f / 3f, f.locX.leftX(1), 1e-6f);
        assertEquals(1f - 1f / 3f, f.locX.leftY(1), 1e-6f);
    }

    @Test
    void automaticHandleTypesMustMatchOnBothSides() {
        Fixture f = new Fixture(BehaviourProfile.CURRENT);
        keys(f.locX, 1, 0, 2, 1, 3, 0);
        select(f.locX, "000");
        f.locX.setHandleLeft(1, HandleType.VECTOR);
        f.locX.setHandleRight(1, HandleType.ALIGNED);
        f.locX.setSelection(1, false, false, true);
        f.run("action.handle_type", type("AUTO"));
        assertEquals(HandleType.FREE, f.locX.handleRight(1), "AUTO on one side only: made FREE");
        assertEquals(HandleType.VECTOR, f.locX.handleLeft(1), "VECTOR is kept");
        f.locX.setSelection(1, true, false, false);
        f.run("action.handle_type", type("ALIGNED"));
        assertEquals(HandleType.ALIGNED, f.locX.handleLeft(1));
        assertEquals(HandleType.FREE, f.locX.handleRight(1), "no matching rule for ALIGNED");
    }

    @Test
    void theMatchingRuleAlsoFreesUnselectedKeys() {
        // ENSURE_HANDLES_MATCH runs for every key of a processed curve, selected or not
        Fixture f = new Fixture(BehaviourProfile.CURRENT);
        keys(f.locX, 1, 0, 2, 1, 3, 0);
        select(f.locX, "100");
        f.locX.setHandleLeft(2, HandleType.AUTO);
        f.locX.setHandleRight(2, HandleType.ALIGNED);
        f.run("action.handle_type", type("AUTO_CLAMPED"));
        assertEquals(HandleType.AUTO_CLAMPED, f.locX.handleLeft(0));
        assertEquals(HandleType.FREE, f.locX.handleLeft(2), "unselected, unmatched AUTO: made FREE");
        assertEquals(HandleType.FREE, f.locX.handleRight(2), "unselected, unmatched ALIGNED: made FREE");
        f.run("action.handle_type", type("VECTOR"));
        assertEquals(HandleType.FREE, f.locX.handleLeft(2), "no matching rule for VECTOR");
    }

    @Test
    void keyframeTypeSkipsLockedCurves() {
        Fixture f = new Fixture(BehaviourProfile.BLENDER_3_4);
        keys(f.locX, 1, 0, 2, 1);
        keys(f.locY, 1, 0, 2, 1);
        select(f.locX, "01");
        f.locY.setLock(true);
        f.run("action.keyframe_type", type("MOVING_HOLD"));
        assertEquals(List.of(KeyframeType.KEYFRAME, KeyframeType.MOVING_HOLD),
                List.of(f.locX.keyType(0), f.locX.keyType(1)));
        assertEquals(KeyframeType.KEYFRAME, f.locY.keyType(1));
    }

    @Test
    void generatedKeysExistInTheCurrentBlenderOnly() {
        Fixture fc = new Fixture(BehaviourProfile.CURRENT);
        keys(fc.locX, 1, 0);
        assertEquals(Set.of(OperatorStatus.FINISHED), fc.run("action.keyframe_type", type("GENERATED")).status());
        assertEquals(KeyframeType.GENERATED, fc.locX.keyType(0));

        Fixture f3 = new Fixture(BehaviourProfile.BLENDER_3_4);
        keys(f3.locX, 1, 0);
        PropertyException e = assertThrows(PropertyException.class,
                () -> f3.run("action.keyframe_type", type("GENERATED")));
        assertEquals("type", e.property());
        assertEquals(KeyframeType.KEYFRAME, f3.locX.keyType(0));
    }

    @Test
    void keyframeTypeIsNotImplementedForMasks() {
        Fixture f = new Fixture(BehaviourProfile.CURRENT);
        f.doc.editor().setMode(EditorMode.MASK);
        OperatorResult r = f.run("action.keyframe_type", type("EXTREME"));
        assertEquals(Set.of(OperatorStatus.PASS_THROUGH), r.status());
        assertEquals(ReportType.ERROR, r.reports().get(0).type());
        assertEquals("Not implemented for Masks", r.reports().get(0).message());
    }

    @Test
    void extrapolationActsOnSelectedChannelsOnly() {
        Fixture f = new Fixture(BehaviourProfile.CURRENT);
        keys(f.locX, 1, 0, 2, 1);
        keys(f.locY, 1, 0, 2, 1);
        f.locY.setSelect(false);
        f.run("action.extrapolation_type", type("LINEAR"));
        assertEquals(Extrapolation.LINEAR, f.locX.extrapolation());
        assertEquals(Extrapolation.CONSTANT, f.locY.extrapolation());
    }

    @Test
    void makeCyclicAddsAnActiveRepeatingCyclesModifierToEmptyStacksOnly() {
        Fixture f = new Fixture(BehaviourProfile.CURRENT);
        keys(f.locX, 1, 0, 2, 1);
        keys(f.locY, 1, 0, 2, 1);
        GenericModifier noise = new GenericModifier("NOISE", Map.of("strength", 0.5));
        f.locY.addModifier(noise);
        f.run("action.extrapolation_type", type("MAKE_CYCLIC"));
        assertEquals(1, f.locX.modifiers().size());
        CyclesModifier c = (CyclesModifier) f.locX.modifiers().get(0);
        assertTrue(c.active());
        assertEquals(CyclesMode.REPEAT, c.modeBefore());
        assertEquals(CyclesMode.REPEAT, c.modeAfter());
        assertEquals(0, c.cyclesBefore() + c.cyclesAfter());
        assertEquals(1f, c.influence());
        assertEquals(List.of(noise), f.locY.modifiers(), "Cycles must be first: refused");
        f.run("action.extrapolation_type", type("MAKE_CYCLIC"));
        assertEquals(1, f.locX.modifiers().size(), "no second Cycles modifier");
    }

    @Test
    void clearCyclicRemovesEveryCyclesModifier() {
        Fixture f = new Fixture(BehaviourProfile.CURRENT);
        keys(f.locX, 1, 0, 2, 1);
        FModifier noise = new GenericModifier("NOISE", Map.of());
        f.locX.addModifier(new CyclesModifier());
        f.locX.addModifier(noise);
        f.locX.addModifier(new CyclesModifier());
        f.run("action.extrapolation_type", type("CLEAR_CYCLIC"));
        assertEquals(List.of(noise), f.locX.modifiers());
    }
}
