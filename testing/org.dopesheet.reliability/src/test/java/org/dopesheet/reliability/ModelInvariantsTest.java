package org.dopesheet.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.dopesheet.anim.Handles;
import org.dopesheet.model.Action;
import org.dopesheet.model.ActionGroup;
import org.dopesheet.model.ActionSlot;
import org.dopesheet.model.AnimData;
import org.dopesheet.model.Bone;
import org.dopesheet.model.Channelbag;
import org.dopesheet.model.Document;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.GenericModifier;
import org.dopesheet.model.HandleType;
import org.dopesheet.model.NlaStrip;
import org.dopesheet.model.NlaTrack;
import org.dopesheet.model.ObjectType;
import org.dopesheet.model.SceneObject;
import org.dopesheet.reliability.ModelInvariants.Rule;
import org.dopesheet.reliability.ModelInvariants.Violation;
import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link ModelInvariants} fires on a document broken in that one way, names the
 * broken element's path, and stays quiet on the intact document. Documents come from two
 * conformance vectors: random_000 (an action with two groups and an ungrouped curve, AUTO,
 * AUTO_CLAMPED, VECTOR, ALIGNED and FREE handles) and frame_jump_nla_mapped (three NLA tracks,
 * an object in tweak mode).
 */
class ModelInvariantsTest {
    private static final ModelInvariants RULES = new ModelInvariants();
    private static final Set<Rule> COVERED = EnumSet.noneOf(Rule.class);

    static Document grouped() {
        return Vectors.input(Vectors.file("random_000"));
    }

    static Document tweaking() {
        return Vectors.input(Vectors.file("frame_jump_nla_mapped"));
    }

    static Channelbag bag(Document d) {
        return d.action("AlphaAction").channelbag();
    }

    static AnimData cube(Document d) {
        return d.object("Cube").animationData();
    }

    /**
     * Breaks a fresh document with {@code breaker} and asserts that {@code rule} fires, with a
     * path containing {@code pathPart}, and that the intact document had no violation at all.
     */
    static List<Violation> expect(Rule rule, String pathPart, Document d, Consumer<Document> breaker) {
        return expect(rule, pathPart, d, breaker, List.of());
    }

    static List<Violation> expect(Rule rule, String pathPart, Document d, Consumer<Document> breaker,
            List<FCurve> updated) {
        assertEquals(List.of(), RULES.check(d, updated), "intact document");
        breaker.accept(d);
        List<Violation> found = RULES.violations(d, updated);
        assertTrue(found.stream().anyMatch(v -> v.rule() == rule && v.path().contains(pathPart)),
                "expected " + rule + " at " + pathPart + ", got " + found);
        COVERED.add(rule);
        return found;
    }

    // ---- keys and handles ----------------------------------------------------------------------

    @Test
    void unsortedKeys() {
        expect(Rule.KEYS_SORTED, "fcurves[\"scale\"[2]].keyframes[1]", grouped(),
                d -> bag(d).fcurve("scale", 2).swapKeys(0, 1));
    }

    @Test
    void coincidentKeysAreAllowed() {
        Document d = grouped();
        FCurve c = bag(d).fcurve("scale", 2);
        float x = c.x(0);
        c.setX(1, x);
        c.setLeft(1, x - 1, c.leftY(1));
        assertEquals(List.of(), RULES.check(d));
    }

    @Test
    void leftHandleAfterTheKey() {
        expect(Rule.HANDLE_ORDER, "fcurves[\"location\"[2]].keyframes[1]", grouped(), d -> {
            FCurve c = bag(d).fcurve("location", 2);
            c.setLeft(1, c.x(1) + 0.5f, c.leftY(1));
        });
    }

    @Test
    void crossingsByFloatRoundingAreMarked() {
        Document d = grouped();
        FCurve c = bag(d).fcurve("location", 2);
        c.setLeft(1, Math.nextUp(Math.nextUp(c.x(1))), c.leftY(1));
        c.setRight(3, c.x(3) - 0.5f, c.rightY(3));
        List<String> found = RULES.check(d);
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(0).contains(ModelInvariants.BY_ROUNDING), found.get(0));
        assertFalse(found.get(1).contains(ModelInvariants.BY_ROUNDING), found.get(1));
    }

    @Test
    void rightHandleBeforeTheKey() {
        expect(Rule.HANDLE_ORDER, "fcurves[\"location\"[2]].keyframes[3]", grouped(), d -> {
            FCurve c = bag(d).fcurve("location", 2);
            c.setRight(3, c.x(3) - 0.5f, c.rightY(3));
        });
    }

    @Test
    void automaticHandlesOfAnUpdatedCurveMustBeRecalculated() {
        Document d = grouped();
        FCurve c = bag(d).fcurve("scale", 2);
        assertEquals(HandleType.AUTO_CLAMPED, c.handleLeft(1));
        expect(Rule.HANDLES_RECALCULATED, "fcurves[\"scale\"[2]].keyframes[1].handle_left", d,
                doc -> c.setLeft(1, c.leftX(1), c.leftY(1) + 3f), List.of(c));
        // the same document, the curve not named as updated: the rule is not applied
        assertEquals(List.of(), RULES.check(d));
        // recalculated, it holds again
        Handles.recalculate(c);
        assertEquals(List.of(), RULES.check(d, List.of(c)));
    }

    @Test
    void vectorHandlesAreRecalculatedToo() {
        Document d = grouped();
        FCurve c = bag(d).fcurve("scale", 2);
        assertEquals(HandleType.VECTOR, c.handleRight(2));
        expect(Rule.HANDLES_RECALCULATED, "keyframes[2].handle_right", d,
                doc -> c.setRight(2, c.rightX(2) + 0.25f, c.rightY(2)), List.of(c));
    }

    @Test
    void freeHandlesAreNotRecalculated() {
        Document d = grouped();
        FCurve c = bag(d).fcurve("location", 2);
        assertEquals(HandleType.FREE, c.handleLeft(1));
        c.setLeft(1, c.leftX(1), c.leftY(1) + 5f);
        assertEquals(List.of(), RULES.check(d, List.of(c)));
    }

    /**
     * A tweaked action's curve is edited in scene time (its strip scales time by 2): coincident
     * keys' handles recalculated there differ from a recalculation in action time, and both are
     * accepted; anything else is not.
     */
    @Test
    void nlaMappedCurvesMayBeRecalculatedInSceneTime() {
        Document d = tweaking();
        NlaStrip wave = cube(d).activeStrip();
        assertEquals(2f, wave.scale());
        FCurve c = d.action("WaveAction").channelbag().fcurve("rotation_euler", 1);
        c.insertKey(1, c.x(1), c.y(1) + 0.2f);
        ModelInvariants.remap(c, wave, true);
        Handles.recalculate(c);
        ModelInvariants.remap(c, wave, false);
        FCurve inAction = c.copy(false);
        Handles.recalculate(inAction);
        assertTrue(Math.abs(inAction.leftX(1) - c.leftX(1)) > 0.01f, "the two recalculations differ here");
        assertEquals(List.of(), RULES.check(d, List.of(c)));
        Handles.recalculate(c);
        assertEquals(List.of(), RULES.check(d, List.of(c)));
        expect(Rule.HANDLES_RECALCULATED, "fcurves[\"rotation_euler\"[1]].keyframes[2]", d,
                doc -> c.setRight(2, c.rightX(2) + 0.5f, c.rightY(2)), List.of(c));
    }

    @Test
    void curveInputsNameTheCurvesWhoseKeysChanged() {
        Document d = grouped();
        ModelInvariants.CurveInputs before = ModelInvariants.CurveInputs.of(d);
        assertEquals(8, before.size());
        FCurve moved = bag(d).fcurve("scale", 0);
        FCurve selected = bag(d).fcurve("scale", 1);
        moved.translate(0, -0.5f, 0f);
        selected.setSelected(0, !selected.selected(0));
        assertEquals(List.of(moved), before.changedCurves(d));
    }

    // ---- selection and groups ---------------------------------------------------------------------

    @Test
    void twoActiveGroups() {
        expect(Rule.SELECTION, "actions[\"AlphaAction\"]", grouped(), d -> {
            for (ActionGroup g : bag(d).groups()) {
                g.setActive(true);
            }
        });
    }

    @Test
    void twoActiveCurves() {
        expect(Rule.SELECTION, "actions[\"AlphaAction\"]", grouped(), d -> {
            bag(d).fcurves().get(0).setActive(true);
            bag(d).fcurves().get(3).setActive(true);
        });
    }

    @Test
    void twoActiveSlots() {
        expect(Rule.SELECTION, "actions[\"Layered\"]", grouped(), d -> {
            Action a = d.addAction(new Action("Layered"));
            a.setUseFakeUser(true);
            a.addSlot("OBOne").setActive(true);
            a.addSlot("OBTwo").setActive(true);
        });
    }

    @Test
    void curveOfAGroupThatLeftTheChannelBag() {
        expect(Rule.GROUPS, "fcurves[\"rotation_quaternion\"[1]]", grouped(),
                d -> bag(d).removeGroup(bag(d).group("Extra")));
    }

    @Test
    void groupedCurveAfterUngroupedOnes() {
        expect(Rule.GROUPS, "fcurves[\"rotation_euler\"[2]]", grouped(), d -> {
            Channelbag b = bag(d);
            b.moveFcurve(b.indexOfFcurve(b.fcurve("rotation_euler", 2)), b.fcurves().size() - 1);
        });
    }

    @Test
    void groupSplitInTwo() {
        expect(Rule.GROUPS, "fcurves[\"rotation_quaternion\"[0]]", grouped(), d -> {
            Channelbag b = bag(d);
            b.moveFcurve(b.indexOfFcurve(b.fcurve("rotation_quaternion", 0)), 4);
        });
    }

    @Test
    void curvesInAnotherOrderThanTheGroups() {
        expect(Rule.GROUPS, "fcurves[\"rotation_quaternion\"[1]]", grouped(), d -> bag(d).moveGroup(1, 0));
    }

    // ---- NLA and frame ranges ---------------------------------------------------------------------

    @Test
    void overlappingStrips() {
        expect(Rule.NLA_STRIPS, "nla_tracks[0].strips[1]", tweaking(), d -> {
            NlaTrack base = cube(d).tracks().get(0);
            NlaStrip idle = base.strips().get(0);
            NlaStrip extra = new NlaStrip("Extra").setAction(idle.action()).setFrameStart(idle.frameEnd() - 2)
                    .setFrameEnd(idle.frameEnd() + 8).setActionFrameStart(idle.actionFrameStart())
                    .setActionFrameEnd(idle.actionFrameStart() + 10);
            base.addStrip(extra);
            idle.action().addUsers(1);
        });
    }

    @Test
    void stripsOutOfOrder() {
        expect(Rule.NLA_STRIPS, "nla_tracks[0].strips[1]", tweaking(), d -> {
            NlaTrack base = cube(d).tracks().get(0);
            NlaStrip idle = base.strips().get(0);
            NlaStrip early = new NlaStrip("Early").setAction(idle.action()).setFrameStart(idle.frameStart() - 30)
                    .setFrameEnd(idle.frameStart() - 20).setActionFrameStart(0).setActionFrameEnd(10);
            base.addStrip(early);
            idle.action().addUsers(1);
        });
    }

    @Test
    void stripLengthNotItsActionRangeTimesScale() {
        expect(Rule.NLA_STRIPS, "nla_tracks[0].strips[0]", tweaking(), d -> {
            NlaStrip idle = cube(d).tracks().get(0).strips().get(0);
            idle.setScale(2f);
        });
    }

    @Test
    void stripWithZeroScale() {
        expect(Rule.NLA_STRIPS, "nla_tracks[2].strips[0]", tweaking(),
                d -> cube(d).tracks().get(2).strips().get(0).setScale(0f));
    }

    @Test
    void sceneRangeBackwards() {
        expect(Rule.FRAME_RANGE, "scene", grouped(), d -> d.scene().setFrameEnd(d.scene().frameStart() - 1));
    }

    @Test
    void previewRangeBackwards() {
        expect(Rule.FRAME_RANGE, "scene.preview_range", grouped(),
                d -> d.scene().setUsePreviewRange(true).setPreviewStart(40).setPreviewEnd(10));
    }

    @Test
    void actionRangeBackwards() {
        expect(Rule.FRAME_RANGE, "actions[\"AlphaAction\"]", grouped(),
                d -> d.action("AlphaAction").setUseFrameRange(true).setFrameStart(20).setFrameEnd(5));
    }

    @Test
    void stripRangeBackwards() {
        expect(Rule.FRAME_RANGE, "nla_tracks[2].strips[0]", tweaking(), d -> {
            NlaStrip jump = cube(d).tracks().get(2).strips().get(0);
            jump.setFrameEnd(jump.frameStart() - 1);
        });
    }

    @Test
    void unusedManualRangeIsNotChecked() {
        Document d = grouped();
        d.action("AlphaAction").setFrameStart(20).setFrameEnd(5);
        assertEquals(List.of(), RULES.check(d));
    }

    // ---- users, names, references -----------------------------------------------------------------

    @Test
    void oneUserTooMany() {
        expect(Rule.USERS, "actions[\"AlphaAction\"]", grouped(), d -> d.action("AlphaAction").addUsers(1));
    }

    @Test
    void fakeUserNotCounted() {
        expect(Rule.USERS, "actions[\"JumpAction\"]", tweaking(),
                d -> d.action("JumpAction").setUseFakeUserFlag(true));
    }

    @Test
    void userOfAStripNotCounted() {
        expect(Rule.USERS, "actions[\"IdleAction\"]", tweaking(), d -> {
            NlaTrack top = cube(d).tracks().get(2);
            top.addStrip(new NlaStrip("Idle again").setAction(d.action("IdleAction")).setFrameStart(40)
                    .setFrameEnd(50).setActionFrameStart(1).setActionFrameEnd(11));
        });
    }

    @Test
    void tweakStoredActionCountsAsAUser() {
        Document d = tweaking();
        Action stored = cube(d).tweakStoredAction();
        assertEquals("CubeAction", stored.name());
        assertEquals(1, stored.users());
        assertEquals(List.of(), RULES.check(d));
    }

    @Test
    void duplicateActionNames() throws ReflectiveOperationException {
        Document d = grouped();
        Action other = d.addAction(new Action("Other"));
        other.setUseFakeUser(true);
        Field name = Action.class.getDeclaredField("name");
        name.setAccessible(true);
        expect(Rule.UNIQUE_NAMES, "actions[\"AlphaAction\"]", d, doc -> {
            try {
                name.set(other, "AlphaAction");
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void duplicateObjectNames() {
        expect(Rule.UNIQUE_NAMES, "objects[\"Alpha\"]", grouped(),
                d -> d.addObject(new SceneObject("Beta", ObjectType.EMPTY)).setName("Alpha"));
    }

    @Test
    void duplicateBoneNames() {
        expect(Rule.UNIQUE_NAMES, "bones[\"arm\"]", grouped(), d -> {
            SceneObject rig = d.addObject(new SceneObject("Rig", ObjectType.ARMATURE));
            rig.addBone(new Bone("arm"));
            rig.addBone(new Bone("arm"));
        });
    }

    @Test
    void duplicateGroupNames() {
        expect(Rule.UNIQUE_NAMES, "groups[1]", grouped(), d -> bag(d).groups().get(1).setName("Object Transforms"));
    }

    @Test
    void twoCurvesForOneProperty() {
        expect(Rule.UNIQUE_NAMES, "fcurves[\"scale\"[1]]", grouped(), d -> bag(d).fcurve("scale", 0).setArrayIndex(1));
    }

    @Test
    void duplicateTrackNamesAreAllowed() {
        Document d = tweaking();
        cube(d).tracks().get(1).setName("Base");
        assertEquals(List.of(), RULES.check(d));
    }

    @Test
    void duplicateStripNames() {
        expect(Rule.UNIQUE_NAMES, "strips[0]", tweaking(), d -> cube(d).tracks().get(2).strips().get(0).setName("Idle"));
    }

    @Test
    void duplicateSlotIdentifiers() {
        expect(Rule.UNIQUE_NAMES, "slots[handle=2]", grouped(), d -> {
            Action a = d.addAction(new Action("Layered"));
            a.setUseFakeUser(true);
            a.addSlot("OBOne");
            a.addSlot("OBTwo").setIdentifier("OBOne");
        });
    }

    @Test
    void assignedActionOutsideTheDocument() {
        expect(Rule.REFERENCES, "objects[\"Alpha\"].animation_data", grouped(),
                d -> d.object("Alpha").animationData().setAction(new Action("Ghost")));
    }

    @Test
    void editorActionOutsideTheDocument() {
        expect(Rule.REFERENCES, "editor.action", grouped(), d -> d.editor().setAction(new Action("Ghost")));
    }

    @Test
    void stripActionOutsideTheDocument() {
        expect(Rule.REFERENCES, "nla_tracks[0].strips[0]", tweaking(),
                d -> cube(d).tracks().get(0).strips().get(0).setAction(new Action("Ghost")));
    }

    @Test
    void activeObjectOutsideTheDocument() {
        expect(Rule.REFERENCES, "objects", grouped(), d -> d.setActiveObject(new SceneObject("Ghost", ObjectType.EMPTY)));
    }

    @Test
    void activeTrackOfAnotherAnimData() {
        expect(Rule.REFERENCES, "objects[\"Cube\"].animation_data", tweaking(),
                d -> cube(d).setActiveTrack(new NlaTrack("Elsewhere")));
    }

    @Test
    void slotHandleWithoutSlot() {
        expect(Rule.REFERENCES, "objects[\"Alpha\"].animation_data", grouped(), d -> {
            Action a = d.action("AlphaAction");
            a.addSlot("OBAlpha");
            d.object("Alpha").animationData().setSlotHandle(7);
        });
    }

    // ---- active keyframe, floats, tweak mode ------------------------------------------------------

    @Test
    void activeKeyframePastTheLastKey() {
        Document d = grouped();
        FCurve c = bag(d).fcurve("scale", 2);
        expect(Rule.ACTIVE_KEYFRAME, "fcurves[\"scale\"[2]]", d, doc -> c.setActiveKeyframeIndex(c.size()));
        assertEquals(List.of(), new ModelInvariants().allowStaleActiveKeyframe().check(d));
    }

    @Test
    void activeKeyframeBelowMinusOneIsNeverValid() {
        Document d = grouped();
        bag(d).fcurve("scale", 2).setActiveKeyframeIndex(-2);
        List<String> stale = new ModelInvariants().allowStaleActiveKeyframe().check(d);
        assertEquals(1, stale.size(), stale.toString());
        assertTrue(stale.get(0).endsWith("[ACTIVE_KEYFRAME]"), stale.get(0));
    }

    @Test
    void nonFiniteValuesEverywhere() {
        List<Consumer<Document>> breakers = List.of(
                d -> bag(d).fcurve("scale", 2).setY(1, Float.NaN),
                d -> bag(d).fcurve("scale", 2).setRight(0, Float.POSITIVE_INFINITY, 0f),
                d -> bag(d).fcurve("scale", 2).setBack(0, Float.NaN),
                d -> bag(d).fcurve("scale", 2).setAmplitude(0, Float.NEGATIVE_INFINITY),
                d -> bag(d).fcurve("scale", 2).setPeriod(0, Float.NaN),
                d -> d.scene().setFpsBase(Float.NaN),
                d -> d.scene().setSubframe(Float.POSITIVE_INFINITY),
                d -> d.editor().setCur(Float.NaN, 10, -100, 0),
                d -> d.editor().setUi(20, Float.POSITIVE_INFINITY, 23f),
                d -> d.preferences().setViewFrameSeconds(Float.NaN),
                d -> d.object("Alpha").setProperty("location", 0, Float.NaN),
                d -> d.object("Alpha").animationData().setActionInfluence(Float.NaN),
                d -> d.action("AlphaAction").setUseFrameRange(true).setFrameStart(1).setFrameEnd(Float.POSITIVE_INFINITY),
                d -> bag(d).fcurve("scale", 2).addModifier(new GenericModifier("NOISE", Map.of("strength", Float.NaN))),
                d -> bag(d).fcurve("scale", 2).addModifier(
                        new GenericModifier("GENERATOR", Map.of("coefficients", List.of(1f, Float.NaN)))),
                d -> bag(d).fcurve("scale", 2).addModifier(new GenericModifier("NOISE", Map.of()).setInfluence(Float.NaN)));
        List<String> paths = new ArrayList<>();
        for (Consumer<Document> b : breakers) {
            List<Violation> found = expect(Rule.FINITE, "", grouped(), b);
            paths.add(found.stream().filter(v -> v.rule() == Rule.FINITE).findFirst().orElseThrow().toString());
        }
        assertEquals(breakers.size(), paths.stream().distinct().count(), String.join("\n", paths));
        expect(Rule.FINITE, "nla_tracks[0].strips[0]", tweaking(),
                d -> cube(d).tracks().get(0).strips().get(0).setInfluence(Float.NaN));
    }

    @Test
    void tweakingWithoutStrip() {
        expect(Rule.TWEAK_MODE, "objects[\"Cube\"].animation_data", tweaking(), d -> cube(d).setActiveStrip(null));
    }

    @Test
    void tweakingAnotherActionThanTheStrips() {
        expect(Rule.TWEAK_MODE, "objects[\"Cube\"].animation_data", tweaking(), d -> {
            AnimData ad = cube(d);
            Action jump = d.action("JumpAction");
            ad.action().addUsers(-1);
            jump.addUsers(1);
            ad.setAction(jump);
        });
    }

    @Test
    void tweakedTrackNotDisabled() {
        expect(Rule.TWEAK_MODE, "nla_tracks[1]", tweaking(), d -> cube(d).tracks().get(1).setDisabled(false));
    }

    @Test
    void trackBelowTheTweakedOneDisabled() {
        expect(Rule.TWEAK_MODE, "nla_tracks[0]", tweaking(), d -> cube(d).tracks().get(0).setDisabled(true));
    }

    @Test
    void leftTweakModeHalfway() {
        List<Violation> found = expect(Rule.TWEAK_MODE, "objects[\"Cube\"].animation_data", tweaking(),
                d -> cube(d).setUseTweakMode(false));
        assertTrue(found.stream().anyMatch(v -> v.message().contains("stored action")), found.toString());
        assertTrue(found.stream().anyMatch(v -> v.message().contains("disabled outside tweak mode")), found.toString());
    }

    @Test
    void tweakUserOutsideTweakMode() {
        Document d = grouped();
        SceneObject alpha = d.object("Alpha");
        NlaTrack t = alpha.animationData().addTrack(-1, new NlaTrack("NlaTrack"));
        Action a = d.action("AlphaAction");
        FCurve first = a.fcurves().get(0);
        t.addStrip(new NlaStrip("S").setAction(a).setFrameStart(first.x(0)).setFrameEnd(first.x(0) + 10)
                .setActionFrameStart(first.x(0)).setActionFrameEnd(first.x(0) + 10));
        a.addUsers(1);
        expect(Rule.TWEAK_MODE, "nla_tracks[0].strips[0]", d, doc -> t.strips().get(0).setTweakUser(true));
    }

    @Test
    void violationTextNamesPathProblemAndRule() {
        Document d = grouped();
        bag(d).fcurve("scale", 2).setY(1, Float.NaN);
        assertEquals(List.of("actions[\"AlphaAction\"].fcurves[\"scale\"[2]].keyframes[1]: co.y is NaN [FINITE]"),
                RULES.check(d));
    }

    @Test
    void layeredActionsAreCheckedSlotBySlot() {
        Document d = grouped();
        Action a = d.action("AlphaAction");
        ActionSlot slot = a.addSlot("OBAlpha");
        d.object("Alpha").animationData().setSlotHandle(slot.handle());
        assertEquals(List.of(), RULES.check(d));
        slot.channelbag().fcurve("scale", 2).swapKeys(0, 1);
        List<String> found = RULES.check(d);
        assertFalse(found.isEmpty());
        assertTrue(found.get(0).startsWith("actions[\"AlphaAction\"].slots[handle=1].fcurves[\"scale\"[2]]"), found.get(0));
    }

    /** Every rule has a test above that breaks it: runs them all on fresh instances and collects the rules they saw fire. */
    @Test
    void everyRuleHasABreakingTest() {
        for (java.lang.reflect.Method m : ModelInvariantsTest.class.getDeclaredMethods()) {
            if (m.isAnnotationPresent(Test.class) && !m.getName().equals("everyRuleHasABreakingTest")) {
                try {
                    m.invoke(new ModelInvariantsTest());
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(m.getName(), e.getCause() == null ? e : e.getCause());
                }
            }
        }
        assertEquals(EnumSet.allOf(Rule.class), COVERED);
    }
}
