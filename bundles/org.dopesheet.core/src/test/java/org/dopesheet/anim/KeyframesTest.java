package org.dopesheet.anim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.dopesheet.anim.Keyframes.InsertFlag;
import org.dopesheet.model.CyclesMode;
import org.dopesheet.model.CyclesModifier;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.GenericModifier;
import org.dopesheet.model.HandleType;
import org.dopesheet.model.Interpolation;
import org.dopesheet.model.KeyframeType;
import org.dopesheet.model.Preferences;
import org.junit.jupiter.api.Test;

/** Insertion (spec 4.4/4.5), sorting (4.6), merging (4.8), cycle detection (4.9), deletion. */
class KeyframesTest {
    private static final Set<InsertFlag> NONE = EnumSet.noneOf(InsertFlag.class);

    private static BezTriple key(float x, float y) {
        BezTriple b = new BezTriple();
        b.x = x;
        b.y = y;
        b.leftX = x - 1;
        b.leftY = y;
        b.rightX = x + 1;
        b.rightY = y;
        return b;
    }

    @Test
    void insertBeztKeepsKeysSorted() {
        FCurve fc = new FCurve("location", 0);
        assertEquals(0, Keyframes.insertBezt(fc, key(10, 1), NONE));
        assertEquals(0, Keyframes.insertBezt(fc, key(0, 2), NONE));
        assertEquals(2, Keyframes.insertBezt(fc, key(20, 3), NONE));
        assertEquals(1, Keyframes.insertBezt(fc, key(5, 4), NONE));
        assertEquals(3, Keyframes.insertBezt(fc, key(15, 5), NONE));
        float[] frames = fc.framesCopy();
        assertEquals(5, frames.length);
        for (int i = 1; i < frames.length; i++) {
            assertTrue(frames[i - 1] < frames[i]);
        }
        assertEquals(4, fc.y(1));
    }

    @Test
    void replacingAddsTheValueChangeToKeyAndHandlesAndCopiesSelection() {
        FCurve fc = TestCurves.curve(Interpolation.BEZIER, 0, 0, 10, 2);
        fc.setLeft(1, 8, 1);
        fc.setRight(1, 12, 3);
        fc.setHandleLeft(1, HandleType.FREE);
        BezTriple b = key(10.005f, 5);
        b.selectLeft = false;
        b.selectRight = false;
        assertEquals(1, Keyframes.insertBezt(fc, b, NONE));
        assertEquals(2, fc.size());
        assertEquals(10, fc.x(1), "frame and handle x are kept");
        assertEquals(5, fc.y(1));
        assertEquals(4, fc.leftY(1));
        assertEquals(6, fc.rightY(1));
        assertEquals(8, fc.leftX(1));
        assertEquals(HandleType.FREE, fc.handleLeft(1), "handle types are kept");
        assertTrue(fc.selected(1));
        assertFalse(fc.leftSelected(1));
        assertFalse(fc.rightSelected(1));
    }

    @Test
    void replaceOnlyAndOverwriteFull() {
        FCurve fc = TestCurves.curve(Interpolation.BEZIER, 0, 0, 10, 2);
        assertEquals(-1, Keyframes.insertBezt(fc, key(5, 1), EnumSet.of(InsertFlag.REPLACE)));
        assertEquals(2, fc.size());
        assertEquals(-1, Keyframes.insertBezt(new FCurve("x", 0), key(5, 1), EnumSet.of(InsertFlag.REPLACE)));
        BezTriple b = key(10.008f, 7);
        b.interpolation = Interpolation.ELASTIC;
        assertEquals(1, Keyframes.insertBezt(fc, b, EnumSet.of(InsertFlag.OVERWRITE_FULL)));
        assertEquals(10.008f, fc.x(1));
        assertEquals(Interpolation.ELASTIC, fc.interpolation(1));
    }

    @Test
    void cycleAwareReplacementOfAnEndUpdatesBothEnds() {
        FCurve fc = TestCurves.curve(Interpolation.BEZIER, 0, 0, 5, 3, 10, 0);
        fc.addModifier(new CyclesModifier());
        Keyframes.insertBezt(fc, key(10, 4), EnumSet.of(InsertFlag.CYCLE_AWARE));
        assertEquals(4, fc.y(2));
        assertEquals(4, fc.y(0));
        FCurve plain = TestCurves.curve(Interpolation.BEZIER, 0, 0, 5, 3, 10, 0);
        Keyframes.insertBezt(plain, key(10, 4), EnumSet.of(InsertFlag.CYCLE_AWARE));
        assertEquals(0, plain.y(0), "not cyclic: only the replaced key");
    }

    @Test
    void insertVertBuildsKeysFromPreferencesOrApiDefaults() {
        Preferences prefs = new Preferences().setKeyframeNewInterpolationType(Interpolation.LINEAR)
                .setKeyframeNewHandleType(HandleType.VECTOR);
        FCurve fc = new FCurve("location", 0);
        int i = Keyframes.insertVert(fc, 3, 4, KeyframeType.BREAKDOWN, NONE, prefs);
        assertEquals(0, i);
        assertEquals(Interpolation.LINEAR, fc.interpolation(0));
        assertEquals(HandleType.VECTOR, fc.handleLeft(0));
        assertEquals(KeyframeType.BREAKDOWN, fc.keyType(0));
        assertEquals(0, fc.activeKeyframeIndex());
        assertTrue(fc.selected(0) && fc.leftSelected(0) && fc.rightSelected(0));
        assertEquals(FCurve.DEFAULT_BACK, fc.back(0));
        assertEquals(FCurve.DEFAULT_AMPLITUDE, fc.amplitude(0));
        assertEquals(FCurve.DEFAULT_PERIOD, fc.period(0));
        FCurve api = new FCurve("location", 0);
        Keyframes.insertVert(api, 3, 4, KeyframeType.KEYFRAME, EnumSet.of(InsertFlag.NO_USERPREF), prefs);
        assertEquals(Interpolation.BEZIER, api.interpolation(0));
        assertEquals(HandleType.AUTO_CLAMPED, api.handleRight(0));
    }

    @Test
    void insertVertOnDiscreteAndIntegerCurves() {
        FCurve discrete = new FCurve("hide", 0);
        discrete.setDiscreteValues(true);
        Keyframes.keyframePointsInsert(discrete, 1, 1);
        assertEquals(Interpolation.CONSTANT, discrete.interpolation(0));
        FCurve integer = new FCurve("pass_index", 0);
        integer.setIntValues(true);
        Keyframes.keyframePointsInsert(integer, 1, 1);
        assertEquals(Interpolation.LINEAR, integer.interpolation(0));
    }

    @Test
    void insertVertCopiesTheNeighboursInterpolation() {
        FCurve fc = TestCurves.curve(Interpolation.BEZIER, 0, 0, 10, 1, 20, 2);
        fc.setInterpolation(0, Interpolation.CONSTANT);
        fc.setInterpolation(1, Interpolation.SINE);
        assertEquals(1, Keyframes.keyframePointsInsert(fc, 5, 0));
        assertEquals(Interpolation.CONSTANT, fc.interpolation(1), "from the previous key");
        assertEquals(0, Keyframes.keyframePointsInsert(fc, -5, 0));
        assertEquals(Interpolation.CONSTANT, fc.interpolation(0), "inserted first: from the next key");
        assertEquals(5, Keyframes.keyframePointsInsert(fc, 30, 0));
        assertEquals(Interpolation.BEZIER, fc.interpolation(5));
        // A replacement keeps the key's interpolation.
        assertEquals(3, Keyframes.keyframePointsInsert(fc, 10, 4));
        assertEquals(Interpolation.SINE, fc.interpolation(3));
        assertEquals(4, fc.y(3));
        assertEquals(6, fc.size());
        assertEquals(3, fc.activeKeyframeIndex());
    }

    @Test
    void insertingIntoANonAutoBezierSegmentKeepsItsShape() {
        FCurve fc = TestCurves.withHandles(HandleType.FREE, 0, 0, 10, 10);
        fc.setRight(0, 2, 6);
        fc.setLeft(1, 8, 4);
        float[] probes = {1, 2.5f, 4, 6, 7.5f, 9};
        float[] before = new float[probes.length];
        for (int i = 0; i < probes.length; i++) {
            before[i] = FCurveEvaluation.evaluate(fc, probes[i]);
        }
        int k = Keyframes.keyframePointsInsert(fc, 5, FCurveEvaluation.evaluate(fc, 5));
        assertEquals(1, k);
        assertEquals(HandleType.ALIGNED, fc.handleLeft(1), "auto handles turned into aligned ones");
        assertEquals(HandleType.ALIGNED, fc.handleRight(1));
        for (int i = 0; i < probes.length; i++) {
            assertEquals(before[i], FCurveEvaluation.evaluate(fc, probes[i]), 1e-4f, "t=" + probes[i]);
        }
    }

    @Test
    void fastInsertionSkipsTheHandleRecalculation() {
        FCurve fc = TestCurves.withHandles(HandleType.AUTO_CLAMPED, 0, 0, 10, 10);
        Keyframes.insertVert(fc, 5, 8, KeyframeType.KEYFRAME, EnumSet.of(InsertFlag.FAST), null);
        assertEquals(4, fc.leftX(1));
        assertEquals(8, fc.leftY(1));
        Handles.recalculate(fc);
        assertTrue(fc.leftX(1) != 4);
    }

    @Test
    void sortIsStableAndFixesHandles() {
        FCurve fc = TestCurves.curve(Interpolation.BEZIER, 3, 30, 1, 10, 2, 20, 1, 11);
        Keyframes.sortTime(fc);
        assertEquals(1, fc.x(0));
        assertEquals(10, fc.y(0));
        assertEquals(1, fc.x(1));
        assertEquals(11, fc.y(1), "equal frames keep their order");
        assertEquals(2, fc.x(2));
        assertEquals(3, fc.x(3));
        assertFalse(Keyframes.needsSort(fc));

        FCurve h = TestCurves.curve(Interpolation.BEZIER, 5, 0, 10, 0);
        h.setLeft(0, 7, 1);
        h.setRight(0, 3, 2);
        h.setLeft(1, 11, 5);
        h.setRight(1, 12, 6);
        Keyframes.sortTime(h);
        assertEquals(3, h.leftX(0), "crossed handles are swapped");
        assertEquals(2, h.leftY(0));
        assertEquals(7, h.rightX(0));
        assertEquals(10, h.leftX(1), "a handle on the wrong side is clamped");
        assertEquals(5, h.leftY(1));
    }

    @Test
    void updateSortsThenRecalculates() {
        FCurve fc = TestCurves.withHandles(HandleType.VECTOR, 6, 3, 0, 0);
        assertTrue(Keyframes.needsSort(fc));
        Keyframes.update(fc);
        assertEquals(0, fc.x(0));
        assertEquals(2, fc.rightX(0), 1e-6f);
        assertEquals(1, fc.rightY(0), 1e-6f);
    }

    @Test
    void mergeAveragesSelectedDuplicatesAndDropsUnselected() {
        FCurve fc = TestCurves.curve(Interpolation.BEZIER, 0, 1, 5, 2, 5.005f, 4, 5.008f, 9, 10, 0);
        fc.setSelected(3, false);
        fc.setSelected(4, false);
        Keyframes.mergeDuplicateKeys(fc, false);
        assertEquals(3, fc.size());
        assertEquals(5, fc.x(1));
        assertEquals(3, fc.y(1));
        assertEquals(10, fc.x(2));

        FCurve integer = TestCurves.curve(Interpolation.BEZIER, 5, 2, 5.005f, 4);
        integer.setIntValues(true);
        Keyframes.mergeDuplicateKeys(integer, false);
        assertEquals(1, integer.size());
        assertEquals(2, integer.y(0), "no averaging on integer curves");
    }

    @Test
    void testHandlesConvertsPartiallySelectedAutoHandles() {
        FCurve fc = TestCurves.withHandles(HandleType.AUTO_CLAMPED, 0, 0, 5, 1, 10, 0);
        fc.setSelection(1, true, false, false);
        Keyframes.testHandles(fc, true);
        assertEquals(HandleType.ALIGNED, fc.handleLeft(1));
        assertEquals(HandleType.ALIGNED, fc.handleRight(1));
        assertEquals(HandleType.AUTO_CLAMPED, fc.handleLeft(0), "fully selected keys keep auto handles");
        FCurve keyOnly = TestCurves.withHandles(HandleType.AUTO_CLAMPED, 0, 0, 5, 1, 10, 0);
        keyOnly.setSelection(1, true, false, false);
        Keyframes.testHandles(keyOnly, false);
        assertEquals(HandleType.AUTO_CLAMPED, keyOnly.handleLeft(1), "without handle use only f2 counts");
    }

    @Test
    void cycleTypes() {
        FCurve fc = TestCurves.curve(Interpolation.LINEAR, 0, 0, 10, 1);
        assertEquals(CycleType.NONE, Keyframes.cycleType(fc));
        CyclesModifier m = new CyclesModifier();
        fc.addModifier(m);
        assertEquals(CycleType.PERFECT, Keyframes.cycleType(fc));
        m.setModeAfter(CyclesMode.REPEAT_OFFSET);
        assertEquals(CycleType.OFFSET, Keyframes.cycleType(fc));
        m.setModeAfter(CyclesMode.MIRROR);
        assertEquals(CycleType.NONE, Keyframes.cycleType(fc));
        m.setModeAfter(CyclesMode.REPEAT).setCyclesBefore(2);
        assertEquals(CycleType.NONE, Keyframes.cycleType(fc), "finite count");
        m.setCyclesBefore(0).setUseRestrictedRange(true);
        assertEquals(CycleType.NONE, Keyframes.cycleType(fc), "restricted range");
        m.setUseRestrictedRange(false).setUseInfluence(true);
        assertEquals(CycleType.NONE, Keyframes.cycleType(fc), "custom influence");
        m.setUseInfluence(false).setMute(true);
        assertEquals(CycleType.NONE, Keyframes.cycleType(fc), "muted");
        FCurve second = TestCurves.curve(Interpolation.LINEAR, 0, 0, 10, 1);
        second.addModifier(new GenericModifier("NOISE", Map.of()));
        second.addModifier(new CyclesModifier());
        assertEquals(CycleType.NONE, Keyframes.cycleType(second), "not the first modifier");
    }

    @Test
    void deletionFollowsBlendersActiveKeyBookkeeping() {
        FCurve fc = TestCurves.curve(Interpolation.LINEAR, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4);
        for (int i = 0; i < 5; i++) {
            fc.setSelected(i, i == 1 || i == 3);
        }
        fc.setActiveKeyframeIndex(2);
        assertTrue(Keyframes.deleteSelectedKeys(fc));
        assertEquals(3, fc.size());
        assertEquals(2, fc.x(1));
        // Blender compares the running (shifted) index: the second deletion happens at index 2.
        assertEquals(-1, fc.activeKeyframeIndex());
        assertFalse(Keyframes.deleteSelectedKeys(fc));

        Keyframes.deleteKey(fc, -1);
        assertEquals(2, fc.size());
        assertEquals(2, fc.x(1));
        Keyframes.deleteKey(fc, 7);
        assertEquals(2, fc.size());
    }

    @Test
    void emptinessIgnoresCyclesButNotGenerators() {
        FCurve fc = new FCurve("location", 0);
        assertTrue(Keyframes.isEmpty(fc));
        fc.addModifier(new CyclesModifier());
        assertTrue(Keyframes.isEmpty(fc));
        FCurve gen = new FCurve("location", 0);
        gen.addModifier(new GenericModifier("GENERATOR", Map.of()));
        assertFalse(Keyframes.isEmpty(gen));
        FCurve keyed = TestCurves.curve(Interpolation.LINEAR, 0, 0);
        assertFalse(Keyframes.isEmpty(keyed));
        Keyframes.deleteAllKeys(keyed);
        assertTrue(Keyframes.isEmpty(keyed));
    }

    @Test
    void binarySearchUsesTheHundredthOfAFrameThreshold() {
        FCurve fc = TestCurves.curve(Interpolation.LINEAR, 0, 0, 10, 0, 20, 0);
        assertEquals(-2, Keyframes.binarySearch(fc, 10.009f));
        assertEquals(2, Keyframes.binarySearch(fc, 10.02f));
        assertEquals(0, Keyframes.binarySearch(fc, -1));
        assertEquals(3, Keyframes.binarySearch(fc, 25));
        assertEquals(-3, Keyframes.binarySearch(fc, 19.995f));
    }
}
