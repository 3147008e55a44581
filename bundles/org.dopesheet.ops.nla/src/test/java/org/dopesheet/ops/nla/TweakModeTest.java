package org.dopesheet.ops.nla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dopesheet.model.Action;
import org.dopesheet.model.AnimData;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.NlaStrip;
import org.dopesheet.model.NlaTrack;
import org.junit.jupiter.api.Test;

/** NLA tweak mode enter / exit as model API. */
class TweakModeTest {

    @Test
    void enterTweaksTheActiveStripOfTheActiveTrack() {
        Fixture f = Fixture.blender34();
        Action own = f.action("Own", 1, 5);
        Action walk = f.action("Walk", 1, 10);
        AnimData adt = f.assign(own);
        NlaTrack base = f.track("Base", walk, 1, 10);
        NlaTrack mid = f.track("Mid", f.action("Run", 1, 10), 1, 10);
        NlaTrack top = f.track("Top", walk, 20, 29);
        mid.setActive(true);
        mid.strips().get(0).setActive(true);

        assertTrue(NlaTweakMode.enter(f.cube));
        NlaStrip tweaked = mid.strips().get(0);
        assertSame(tweaked, adt.activeStrip());
        assertSame(mid, adt.activeTrack());
        assertSame(tweaked.action(), adt.action());
        assertSame(own, adt.tweakStoredAction());
        assertEquals(2, tweaked.action().users(), "the strip and the tweaking");
        assertEquals(1, own.users(), "the parked action keeps its user");
        assertFalse(base.disabled());
        assertTrue(mid.disabled() && top.disabled(), "the tweaked track and those above it are disabled");
        assertFalse(base.strips().get(0).tweakUser(), "other action");
        assertTrue(NlaTweakMode.isTweaking(f.cube));
        assertSame(mid, NlaTweakMode.tweakedTrack(f.cube));
        assertTrue(NlaTweakMode.enter(f.cube), "entering again reports tweak mode");
    }

    @Test
    void stripsOfTheTweakedActionBecomeTweakUsers() {
        Fixture f = Fixture.blender34();
        Action walk = f.action("Walk", 1, 10);
        NlaTrack base = f.track("Base", walk, 1, 10);
        NlaTrack top = f.track("Top", walk, 20, 29);
        top.setActive(true);
        top.strips().get(0).setActive(true);
        assertTrue(NlaTweakMode.enter(f.cube));
        assertTrue(base.strips().get(0).tweakUser());
        assertFalse(top.strips().get(0).tweakUser(), "the tweaked strip itself is not a tweak user");
        NlaTweakMode.exit(f.cube);
        assertFalse(base.strips().get(0).tweakUser());
    }

    @Test
    void withoutActiveTrackTheTopmostSelectedTrackAndItsFirstSelectedStripAreUsed() {
        Fixture f = Fixture.blender34();
        NlaTrack low = f.track("Low", f.action("A", 1, 10), 1, 10);
        NlaTrack high = f.track("High", f.action("B", 1, 10), 1, 10);
        low.setSelect(true);
        high.setSelect(true);
        NlaStrip second = new NlaStrip("B2");
        second.setAction(f.doc.action("B"));
        second.setFrameStart(20);
        second.setFrameEnd(30);
        high.addStrip(second);
        second.setSelect(true);
        assertTrue(NlaTweakMode.enter(f.cube));
        assertSame(second, f.cube.animationData().activeStrip());
        assertFalse(low.disabled());
    }

    @Test
    void enterFailsWithoutAStripToTweak() {
        Fixture f = Fixture.blender34();
        assertFalse(NlaTweakMode.enter(f.cube), "no animation data");
        f.assign(f.action("Own", 1, 5));
        assertFalse(NlaTweakMode.enter(f.cube), "no tracks");
        NlaTrack t = f.track("T", f.action("A", 1, 10), 1, 10);
        t.setActive(true);
        assertFalse(NlaTweakMode.enter(f.cube), "no active or selected strip");
        t.strips().get(0).setSelect(true);
        t.strips().get(0).setAction(null);
        assertFalse(NlaTweakMode.enter(f.cube), "a strip without action cannot be tweaked");
        assertFalse(f.cube.animationData().useTweakMode());
    }

    @Test
    void exitSyncsTheLengthOfStripsOfTheTweakedActionAndMovesNeighbours() {
        Fixture f = Fixture.blender34();
        Action walk = f.action("Walk", 1, 10);
        NlaTrack t = f.track("T", walk, 1, 10);
        NlaStrip next = new NlaStrip("Next");
        next.setAction(f.action("Other", 1, 5));
        next.setFrameStart(12);
        next.setFrameEnd(16);
        t.addStrip(next);
        NlaStrip strip = t.strips().get(0);
        strip.setScale(2f);
        strip.setFrameEnd(19f);
        t.setActive(true);
        strip.setActive(true);
        assertTrue(NlaTweakMode.enter(f.cube));

        FCurve c = walk.fcurves().get(0);
        c.setX(0, 3f);
        c.setX(1, 12f);
        NlaTweakMode.exit(f.cube);

        assertEquals(3f, strip.actionFrameStart());
        assertEquals(12f, strip.actionFrameEnd());
        assertEquals(5f, strip.frameStart(), "start moves by (3 - 1) * scale so that the keys stay put");
        assertEquals(23f, strip.frameEnd(), "start + 9 frames * scale 2");
        assertEquals(23f, next.frameStart(), "the next strip moves right by ceil(23 - 12) frames");
        assertEquals(27f, next.frameEnd());
        assertFalse(t.disabled());
        assertNull(f.cube.animationData().activeStrip());
        assertNull(f.cube.animationData().tweakStoredAction());
        assertEquals(1, walk.users(), "the tweaking user is released");
    }

    @Test
    void stripsWithoutSyncLengthKeepTheirRange() {
        Fixture f = Fixture.blender34();
        Action walk = f.action("Walk", 1, 10);
        NlaTrack t = f.track("T", walk, 1, 10);
        NlaStrip strip = t.strips().get(0);
        strip.setUseSyncLength(false);
        t.setActive(true);
        strip.setActive(true);
        NlaTweakMode.enter(f.cube);
        walk.fcurves().get(0).setX(1, 30f);
        NlaTweakMode.exit(f.cube);
        assertEquals(10f, strip.frameEnd());
        assertEquals(10f, strip.actionFrameEnd());
    }

    @Test
    void enterStripAndExitInSceneKeepTheScenesFlag() {
        Fixture f = Fixture.blender34();
        Action own = f.action("Own", 1, 5);
        AnimData adt = f.assign(own);
        NlaTrack a = f.track("A", f.action("Walk", 1, 10), 1, 10);
        NlaTrack b = f.track("B", f.action("Run", 1, 10), 1, 10);
        a.setActive(true);
        assertTrue(NlaTweakMode.enterStrip(f.doc, f.cube, b, b.strips().get(0)));
        assertTrue(f.doc.scene().nlaTweakmode());
        assertTrue(b.active() && !a.active());
        assertSame(f.doc.action("Run"), adt.action());
        NlaTweakMode.exitInScene(f.doc, f.cube);
        assertFalse(f.doc.scene().nlaTweakmode());
        assertSame(own, adt.action());
        assertThrows(IllegalArgumentException.class,
                () -> NlaTweakMode.enterStrip(f.doc, f.cube, a, b.strips().get(0)));
    }
}
