package org.dopesheet.ops.nla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dopesheet.model.Action;
import org.dopesheet.model.AnimData;
import org.dopesheet.model.NlaTrack;
import org.dopesheet.model.PropertyValue;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.ReportType;
import org.junit.jupiter.api.Test;

/** action.layer_next / action.layer_prev: solo handling, errors, profiles. */
class LayerOperatorsTest {

    /** Own action, tracks Base (Walk 1..10), Top (Run 1..10). */
    private static Fixture stack() {
        Fixture f = Fixture.blender34();
        f.assign(f.action("Own", 1, 5));
        f.track("Base", f.action("Walk", 1, 10), 1, 10);
        f.track("Top", f.action("Run", 1, 10), 1, 10);
        return f;
    }

    @Test
    void theOperatorsDoNotExistInCurrentBlender() {
        Fixture f = Fixture.current();
        f.assign(f.action("Own", 1, 5));
        f.track("Base", f.action("Walk", 1, 10), 1, 10);
        OperatorResult r = f.run("action.layer_prev");
        assertFalse(r.poll());
        assertTrue(r.pollMessage().contains("removed in Blender 5.0"), r.pollMessage());
        assertFalse(f.run("action.layer_next").poll());
    }

    @Test
    void layerPrevWithNlaMutedSolosTheTrackAndLayerNextMutesAgain() {
        Fixture f = stack();
        AnimData adt = f.cube.animationData();
        adt.setUseNla(false);
        Fixture.assertFinished(f.run("action.layer_prev"));
        NlaTrack top = adt.tracks().get(1);
        assertTrue(adt.useNla(), "NLA evaluation is turned back on");
        assertTrue(adt.nlaSolo() && top.isSolo());
        assertSame(f.doc.action("Run"), adt.action());
        assertSame(f.doc.action("Run"), f.doc.editor().action());
        assertFalse(f.doc.scene().nlaTweakmode(), "layer_prev does not set the scene's flag");

        Fixture.assertFinished(f.run("action.layer_next"));
        assertFalse(adt.useTweakMode());
        assertFalse(adt.nlaSolo() || top.isSolo());
        assertFalse(adt.useNla(), "solo turns into muted NLA evaluation");
        assertSame(f.doc.action("Own"), adt.action());
    }

    @Test
    void soloMovesWithTheTweakedTrack() {
        Fixture f = stack();
        AnimData adt = f.cube.animationData();
        NlaTrack base = adt.tracks().get(0);
        NlaTrack top = adt.tracks().get(1);
        base.setActive(true);
        base.strips().get(0).setActive(true);
        NlaTweakMode.enter(f.cube);
        base.setIsSolo(true);
        Fixture.assertFinished(f.run("action.layer_next"));
        assertFalse(base.isSolo());
        assertTrue(top.isSolo());
        assertSame(top, adt.activeTrack());
        assertFalse(base.active() || base.select(), "the old track loses active and selected");
        assertFalse(base.strips().get(0).active() || base.strips().get(0).select());
    }

    @Test
    void layerNextWithoutTheTweakedTrackReportsAnError() {
        Fixture f = stack();
        AnimData adt = f.cube.animationData();
        adt.setUseTweakMode(true);
        adt.tracks().get(1).setDisabled(true);
        adt.setActiveStrip(adt.tracks().get(0).strips().get(0));
        OperatorResult r = f.run("action.layer_next");
        assertTrue(r.cancelled());
        assertEquals(List.of("Could not find current NLA Track"), Fixture.messages(r, ReportType.ERROR));
    }

    @Test
    void layerPrevFindsNothingAndStillFinishes() {
        Fixture f = Fixture.blender34();
        f.assign(f.action("Own", 1, 5));
        NlaTrack empty = f.cube.animationData().addTrack(-1, new NlaTrack("Empty"));
        Fixture.assertFinished(f.run("action.layer_prev"));
        assertFalse(f.cube.animationData().useTweakMode());
        assertTrue(empty.strips().isEmpty());
    }

    @Test
    void pickStripTakesTheStripAtOrNearestTheEndsOfTheTrack() {
        Fixture f = Fixture.blender34();
        Action a = f.action("A", 1, 10);
        NlaTrack t = f.track("T", a, 10, 20);
        var second = new org.dopesheet.model.NlaStrip("S2");
        second.setAction(a);
        second.setFrameStart(30);
        second.setFrameEnd(40);
        t.addStrip(second);
        assertSame(t.strips().get(0), LayerNavigation.pickStrip(t, 5f), "before the first strip");
        assertSame(t.strips().get(0), LayerNavigation.pickStrip(t, 20f), "inclusive end");
        assertEquals(null, LayerNavigation.pickStrip(t, 25f), "between strips");
        assertSame(second, LayerNavigation.pickStrip(t, 45f), "after the last strip");
    }

    @Test
    void switchingLayersKeepsThePropertyValuesButRelistsThem() {
        Fixture f = stack();
        f.cube.setProperties(List.of(new PropertyValue("location", 0, 0.25f)));
        f.doc.action("Run").fcurves().get(0).setDataPath("scale");
        Fixture.assertFinished(f.run("action.layer_prev"));
        assertEquals(List.of(new PropertyValue("scale", 0, 1.0f), new PropertyValue("location", 0, 0.25f)),
                f.cube.properties(), "tweaked action first; no re-evaluation, new properties at their default");
    }
}
