package org.dopesheet.ops.clipboard;

import static org.dopesheet.ops.clipboard.Fixture.bag;
import static org.dopesheet.ops.clipboard.Fixture.copy;
import static org.dopesheet.ops.clipboard.Fixture.curve;
import static org.dopesheet.ops.clipboard.Fixture.keys;
import static org.dopesheet.ops.clipboard.Fixture.paste;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dopesheet.model.BehaviourProfile;
import org.dopesheet.model.Channelbag;
import org.dopesheet.model.Document;
import org.dopesheet.model.EditorMode;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.ObjectType;
import org.dopesheet.model.SceneObject;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.Registries;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * How buffer items find target curves (spec 3.20): the one-to-one case, the three passes (full
 * path with the flipped-only rule for bones, property name, array index), the silent finish when
 * nothing matches, and which curves are targets at all. These rules are the same in both
 * profiles for legacy actions.
 */
class MatchingTest {
    private final Registries.Standalone rt = Fixture.runtime();

    private static Document rig(BehaviourProfile profile) {
        Document d = Fixture.document("rig", profile, EditorMode.ACTION);
        SceneObject rig = Fixture.object(d, "Rig", ObjectType.ARMATURE, "RigAction");
        Fixture.bones(rig, "arm.L", "arm.R");
        return d;
    }

    private static String bone(String name, String property) {
        return "pose.bones[\"" + name + "\"]." + property;
    }

    private static void finished(OperatorResult r) {
        assertTrue(r.finished(), r.toString());
        assertEquals(List.of(), r.reports());
    }

    @ParameterizedTest
    @EnumSource(BehaviourProfile.class)
    void oneItemIntoOneCurveIgnoresThePathAndDoesNotFlip(BehaviourProfile profile) {
        Document d = rig(profile);
        Channelbag bag = bag(d.object("Rig"));
        curve(bag, "arm.L", bone("arm.L", "location"), 0, "1:1* 5:2*").setSelect(false);
        FCurve target = curve(bag, "arm.R", bone("arm.R", "rotation_euler"), 1, "");
        finished(copy(rt, d, 1));
        finished(paste(rt, d, 1, "NONE", "MIX", true));
        assertEquals("1:1* 5:2*", keys(target));
    }

    @ParameterizedTest
    @EnumSource(BehaviourProfile.class)
    void flippedBoneItemsMatchOnlyTheirMirroredPathAndNegateMirroredValues(BehaviourProfile profile) {
        Document d = rig(profile);
        Channelbag bag = bag(d.object("Rig"));
        FCurve l0 = curve(bag, "arm.L", bone("arm.L", "location"), 0, "1:1* 5:2*");
        FCurve l1 = curve(bag, "arm.L", bone("arm.L", "location"), 1, "1:3* 5:4*");
        FCurve r0 = curve(bag, "arm.R", bone("arm.R", "location"), 0, "2:9");
        FCurve r1 = curve(bag, "arm.R", bone("arm.R", "location"), 1, "");
        finished(copy(rt, d, 1));
        finished(paste(rt, d, 1, "NONE", "OVER_ALL", true));
        // all four curves are selected targets; the arm.L items only match arm.R paths
        assertEquals("1:-1* 5:-2*", keys(r0));
        assertEquals("1:3* 5:4*", keys(r1));
        // arm.L curves were not pasted into: keys untouched, still selected
        assertEquals("1:1* 5:2*", keys(l0));
        assertEquals("1:3* 5:4*", keys(l1));
    }

    @ParameterizedTest
    @EnumSource(BehaviourProfile.class)
    void withoutFlippingBoneItemsPasteBackOntoTheirOwnPath(BehaviourProfile profile) {
        Document d = rig(profile);
        Channelbag bag = bag(d.object("Rig"));
        FCurve l0 = curve(bag, "arm.L", bone("arm.L", "location"), 0, "1:1* 5:2*");
        curve(bag, "arm.L", bone("arm.L", "location"), 1, "1:3* 5:4*");
        FCurve r0 = curve(bag, "arm.R", bone("arm.R", "location"), 0, "2:9");
        finished(copy(rt, d, 1));
        finished(paste(rt, d, 10, "START", "MIX", false));
        assertEquals("1:1 5:2 10:1* 14:2*", keys(l0));
        // pass 1 matched, so arm.R (whose match would need pass 2) is left alone
        assertEquals("2:9", keys(r0));
    }

    @ParameterizedTest
    @EnumSource(BehaviourProfile.class)
    void flippingLeavesCurvesOfObjectsAndUnmirroredChannelsAlone(BehaviourProfile profile) {
        Document d = Fixture.document("objects", profile, EditorMode.ACTION);
        Channelbag bag = bag(Fixture.object(d, "Cube", ObjectType.EMPTY, "CubeAction"));
        FCurve loc = curve(bag, null, "location", 0, "1:1* 5:2*");
        FCurve rot = curve(bag, null, "rotation_euler", 2, "1:3* 5:4*");
        finished(copy(rt, d, 1));
        finished(paste(rt, d, 20, "START", "MIX", true));
        // not bones: matched by their own path, values kept
        assertEquals("1:1 5:2 20:1* 24:2*", keys(loc));
        assertEquals("1:3 5:4 20:3* 24:4*", keys(rot));
    }

    /** Cube (location, rotation_euler keys) and Rig (bone "b" curves) in the Dope Sheet. */
    private static Document twoObjects(BehaviourProfile profile) {
        Document d = Fixture.document("two", profile, EditorMode.DOPESHEET);
        Channelbag cube = bag(Fixture.object(d, "Cube", ObjectType.EMPTY, "CubeAction"));
        curve(cube, null, "rotation_euler", 0, "1:7* 3:8*").setSelect(false);
        curve(cube, null, "location", 0, "1:1* 3:2*").setSelect(false);
        SceneObject rig = Fixture.object(d, "Rig", ObjectType.ARMATURE, "RigAction");
        Fixture.bones(rig, "b");
        curve(bag(rig), null, bone("b", "location"), 0, "");
        curve(bag(rig), null, bone("b", "location"), 2, "");
        return d;
    }

    @ParameterizedTest
    @EnumSource(BehaviourProfile.class)
    void theSecondPassMatchesThePropertyNameResolvedOnTheCopiedOwner(BehaviourProfile profile) {
        Document d = twoObjects(profile);
        finished(copy(rt, d, 1));
        finished(paste(rt, d, 1, "NONE", "MIX", false));
        // location[0] ends the target path "pose.bones["b"].location"; rotation_euler does not
        assertEquals("1:1* 3:2*", keys(bag(d.object("Rig")).fcurve(bone("b", "location"), 0)));
        assertEquals("", keys(bag(d.object("Rig")).fcurve(bone("b", "location"), 2)));
    }

    @ParameterizedTest
    @EnumSource(BehaviourProfile.class)
    void withTheOwnerGoneTheThirdPassMatchesByIndexOnly(BehaviourProfile profile) {
        Document d = twoObjects(profile);
        finished(copy(rt, d, 1));
        d.removeObject(d.object("Cube"));
        finished(paste(rt, d, 1, "NONE", "MIX", false));
        // the first buffer item with index 0 is rotation_euler[0]
        assertEquals("1:7* 3:8*", keys(bag(d.object("Rig")).fcurve(bone("b", "location"), 0)));
    }

    @ParameterizedTest
    @EnumSource(BehaviourProfile.class)
    void whenNothingMatchesThePasteStillFinishesAndChangesNothing(BehaviourProfile profile) {
        Document d = Fixture.document("none", profile, EditorMode.ACTION);
        Channelbag bag = bag(Fixture.object(d, "Cube", ObjectType.EMPTY, "CubeAction"));
        curve(bag, null, "location", 0, "1:1* 3:2*").setSelect(false);
        curve(bag, null, "location", 1, "1:1* 3:2*").setSelect(false);
        FCurve s2 = curve(bag, null, "scale", 2, "4:1 6:1");
        FCurve r2 = curve(bag, null, "rotation_euler", 2, "");
        finished(copy(rt, d, 1));
        Fixture.select(s2, "4:1* 6:1");
        finished(paste(rt, d, 30, "START", "OVER_ALL", false));
        // neither target took an item: keys, and their selection, unchanged
        assertEquals("4:1* 6:1", keys(s2));
        assertEquals("", keys(r2));
    }

    @ParameterizedTest
    @EnumSource(BehaviourProfile.class)
    void withoutSelectedCurvesEveryVisibleEditableCurveIsATarget(BehaviourProfile profile) {
        Document d = Fixture.document("all", profile, EditorMode.ACTION);
        Channelbag bag = bag(Fixture.object(d, "Cube", ObjectType.EMPTY, "CubeAction"));
        FCurve loc = curve(bag, null, "location", 0, "1:1* 3:2*");
        FCurve other = curve(bag, null, "location", 1, "1:5* 2:5");
        FCurve locked = curve(bag, null, "location", 2, "1:5");
        for (FCurve c : List.of(loc, other, locked)) {
            c.setSelect(false);
        }
        locked.setLock(true);
        finished(copy(rt, d, 1));
        finished(paste(rt, d, 30, "START", "MIX", false));
        assertEquals("1:1 3:2 30:1* 32:2*", keys(loc));
        assertEquals("1:5 2:5 30:5*", keys(other));
        assertEquals("1:5", keys(locked));
    }

    @ParameterizedTest
    @EnumSource(BehaviourProfile.class)
    void lockedCurvesAreCopiedButNeverPastedInto(BehaviourProfile profile) {
        Document d = Fixture.document("locked", profile, EditorMode.ACTION);
        Channelbag bag = bag(Fixture.object(d, "Cube", ObjectType.EMPTY, "CubeAction"));
        FCurve locked = curve(bag, null, "location", 0, "1:1* 3:2*");
        locked.setLock(true);
        FCurve open = curve(bag, null, "location", 1, "");
        finished(copy(rt, d, 1));
        finished(paste(rt, d, 10, "START", "MIX", false));
        assertEquals("1:1* 3:2*", keys(locked));
        assertEquals("10:1* 12:2*", keys(open));

        open.setLock(true);
        OperatorResult r = paste(rt, d, 10, "START", "MIX", false);
        assertTrue(r.cancelled());
        assertTrue(r.hasOwnError());
        assertEquals(List.of("ERROR: No selected F-Curves to paste into"), Fixture.reports(r));
    }

    @ParameterizedTest
    @EnumSource(BehaviourProfile.class)
    void aSelectedCollapsedGroupMakesAllItsCurvesTargets(BehaviourProfile profile) {
        Document d = Fixture.document("groups", profile, EditorMode.ACTION);
        Channelbag bag = bag(Fixture.object(d, "Cube", ObjectType.EMPTY, "CubeAction"));
        curve(bag, null, "scale", 0, "1:1* 3:2*").setSelect(false);
        FCurve a = curve(bag, "G", "location", 0, "");
        FCurve b = curve(bag, "G", "location", 1, "");
        a.setSelect(false);
        b.setSelect(false);
        bag.group("G").setShowExpanded(false).setSelect(true);
        // the collapsed group's curves count as selected targets (spec 2.2, rule 2); one item
        // into two curves: the index pass matches location[0] (pass 1 and 2 find nothing)
        finished(copy(rt, d, 1));
        finished(paste(rt, d, 5, "START", "MIX", false));
        assertEquals("5:1* 7:2*", keys(a));
        assertEquals("5:1* 7:2*", keys(b));
    }

    @ParameterizedTest
    @EnumSource(BehaviourProfile.class)
    void curvesOfUnselectedBonesAreInvisibleWithOnlyShowSelected(BehaviourProfile profile) {
        Document d = rig(profile);
        d.editor().setShowOnlySelected(true);
        Channelbag bag = bag(d.object("Rig"));
        curve(bag, "arm.L", bone("arm.L", "location"), 0, "1:1* 5:2*");
        d.object("Rig").bone("arm.L").setSelect(false);
        OperatorResult r = copy(rt, d, 1);
        assertTrue(r.cancelled());
        assertTrue(rt.clipboard().content().isEmpty());
        d.object("Rig").bone("arm.L").setSelect(true);
        finished(copy(rt, d, 1));
        assertEquals(1, rt.clipboard().content().items().size());
    }
}
