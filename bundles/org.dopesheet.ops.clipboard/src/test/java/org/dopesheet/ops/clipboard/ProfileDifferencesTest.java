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
import org.dopesheet.model.NlaStrip;
import org.dopesheet.model.NlaTrack;
import org.dopesheet.model.ObjectType;
import org.dopesheet.model.SceneObject;
import org.dopesheet.model.StripType;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.Registries;
import org.junit.jupiter.api.Test;

/** Where Blender 3.4 (profile BLENDER_3_4) and the current Blender (CURRENT) copy and paste differently. */
class ProfileDifferencesTest {
    private final Registries.Standalone rt = Fixture.runtime();

    private static Document cube(BehaviourProfile profile) {
        Document d = Fixture.document("cube", profile, EditorMode.ACTION);
        Fixture.object(d, "Cube", ObjectType.EMPTY, "CubeAction");
        return d;
    }

    @Test
    void keysWithOnlyAHandleSelectedAreCopiedIn34Only() {
        for (BehaviourProfile p : BehaviourProfile.values()) {
            Document d = cube(p);
            Channelbag bag = bag(d.object("Cube"));
            FCurve src = curve(bag, null, "location", 0, "1:1+ 3:2* 5:3");
            src.setSelect(false);
            FCurve target = curve(bag, null, "scale", 0, "");
            assertTrue(copy(rt, d, 1).finished());
            assertTrue(paste(rt, d, 10, "START", "MIX", false).finished());
            if (p == BehaviourProfile.BLENDER_3_4) {
                assertEquals("10:1* 12:2*", keys(target), p.name());
            } else {
                assertEquals("10:2*", keys(target), p.name());
            }
        }
        // a curve whose only selection is a handle: copied in 3.4, nothing to copy now
        Document d34 = cube(BehaviourProfile.BLENDER_3_4);
        curve(bag(d34.object("Cube")), null, "location", 0, "1:1+");
        assertTrue(copy(rt, d34, 1).finished());
        Document now = cube(BehaviourProfile.CURRENT);
        curve(bag(now.object("Cube")), null, "location", 0, "1:1+");
        assertEquals(List.of("ERROR: No keyframes copied to the internal clipboard"), Fixture.reports(copy(rt, now, 1)));
    }

    @Test
    void currentBlenderBuffersKeysInFrameOrder() {
        // an unsorted source curve: 3.4 keeps array order (the item's range is then empty for
        // OVER_RANGE), the current Blender sorts the buffered keys
        for (BehaviourProfile p : BehaviourProfile.values()) {
            Document d = cube(p);
            Channelbag bag = bag(d.object("Cube"));
            curve(bag, null, "location", 0, "12:2* 10:1*").setSelect(false);
            FCurve target = curve(bag, null, "scale", 0, "9:5 11:5 13:5");
            assertTrue(copy(rt, d, 1).finished());
            assertTrue(paste(rt, d, 1, "NONE", "OVER_RANGE", false).finished());
            FCurve buffered = rt.clipboard().content().items().get(0).keys();
            if (p == BehaviourProfile.BLENDER_3_4) {
                assertEquals("12:2* 10:1*", keys(buffered));
                assertEquals("9:5 10:1* 11:5 12:2* 13:5", keys(target));
            } else {
                assertEquals("10:1* 12:2*", keys(buffered));
                assertEquals("9:5 10:1* 12:2* 13:5", keys(target));
            }
        }
    }

    @Test
    void currentBlenderMergesCopiedKeysWithin001Frames() {
        for (BehaviourProfile p : BehaviourProfile.values()) {
            Document d = cube(p);
            curve(bag(d.object("Cube")), null, "location", 0, "10:1* 10.005:2*");
            assertTrue(copy(rt, d, 1).finished());
            String expected = p == BehaviourProfile.BLENDER_3_4 ? "10:1* 10.005:2*" : "10.005:2*";
            assertEquals(expected, keys(rt.clipboard().content().items().get(0).keys()), p.name());
            assertEquals(10f, rt.clipboard().content().firstFrame());
        }
    }

    /** Cube in NLA tweak mode on a strip that starts at frame 100 (action time 0 = scene 100). */
    private static Document tweaked(BehaviourProfile profile) {
        Document d = cube(profile);
        SceneObject cube = d.object("Cube");
        NlaStrip strip = new NlaStrip("CubeAction").setType(StripType.CLIP).setAction(cube.animationData().action())
                .setFrameStart(100).setFrameEnd(200).setActionFrameStart(0).setActionFrameEnd(100).setScale(1)
                .setRepeat(1);
        NlaTrack track = new NlaTrack("NlaTrack");
        track.addStrip(strip);
        cube.animationData().addTrack(0, track);
        cube.animationData().setUseTweakMode(true).setActiveTrack(track).setActiveStrip(strip);
        return d;
    }

    @Test
    void oneToOnePasteMapsThroughTheTweakedStripOnlyInTheCurrentBlender() {
        for (BehaviourProfile p : BehaviourProfile.values()) {
            Document d = tweaked(p);
            Channelbag bag = bag(d.object("Cube"));
            curve(bag, null, "location", 0, "10:1* 12:2*").setSelect(false);
            FCurve target = curve(bag, null, "scale", 0, "");
            assertTrue(copy(rt, d, 1).finished());
            OperatorResult r = paste(rt, d, 110, "START", "MIX", false);
            assertTrue(r.finished(), r.toString());
            // START at scene frame 110: offset 100; 3.4 pastes into action time unmapped,
            // the current Blender pastes in scene time (110, 112) = action time 10, 12
            String expected = p == BehaviourProfile.BLENDER_3_4 ? "110:1* 112:2*" : "10:1* 12:2*";
            assertEquals(expected, keys(target), p.name());
        }
    }

    @Test
    void matchingPassesMapThroughTheTweakedStripInBothVersions() {
        for (BehaviourProfile p : BehaviourProfile.values()) {
            Document d = tweaked(p);
            Channelbag bag = bag(d.object("Cube"));
            curve(bag, null, "location", 0, "10:1* 12:2*").setSelect(false);
            curve(bag, null, "location", 1, "11:3*").setSelect(false);
            FCurve target = curve(bag, null, "scale", 0, "");
            FCurve other = curve(bag, null, "scale", 1, "");
            assertTrue(copy(rt, d, 1).finished());
            assertTrue(paste(rt, d, 110, "START", "MIX", false).finished());
            assertEquals("10:1* 12:2*", keys(target), p.name());
            assertEquals("11:3*", keys(other), p.name());
        }
    }

    @Test
    void only34UpdatesTargetsNothingWasPastedInto() {
        for (BehaviourProfile p : BehaviourProfile.values()) {
            Document d = cube(p);
            Channelbag bag = bag(d.object("Cube"));
            curve(bag, null, "location", 0, "1:1* 3:2*").setSelect(false);
            curve(bag, null, "location", 1, "1:1* 3:2*").setSelect(false);
            FCurve matched = curve(bag, null, "delta_location", 0, "");
            FCurve unmatched = curve(bag, null, "scale", 2, "");
            // an unsorted curve that no item matches (index 2)
            Fixture.setKeys(unmatched, "8:1 4:1");
            assertTrue(copy(rt, d, 1).finished());
            assertTrue(paste(rt, d, 1, "NONE", "MIX", false).finished());
            assertEquals("1:1* 3:2*", keys(matched));
            assertEquals(p == BehaviourProfile.BLENDER_3_4 ? "4:1 8:1" : "8:1 4:1", keys(unmatched), p.name());
        }
    }

    @Test
    void reportTextsOf34() {
        Document d = cube(BehaviourProfile.BLENDER_3_4);
        curve(bag(d.object("Cube")), null, "location", 0, "1:1");
        assertEquals(List.of("ERROR: No data in buffer to paste"), Fixture.reports(paste(rt, d, 1, "START", "MIX", false)));
        d.editor().setMode(EditorMode.MASK);
        assertEquals(List.of("ERROR: Keyframe pasting is not available for mask mode"), Fixture.reports(copy(rt, d, 1)));
        assertEquals(List.of("ERROR: Keyframe pasting is not available for grease pencil or mask mode"),
                Fixture.reports(paste(rt, d, 1, "START", "MIX", false)));
    }

    @Test
    void reportTextsOfTheCurrentBlender() {
        Document d = cube(BehaviourProfile.CURRENT);
        curve(bag(d.object("Cube")), null, "location", 0, "1:1");
        assertEquals(List.of("ERROR: No data in the internal clipboard to paste"),
                Fixture.reports(paste(rt, d, 1, "START", "MIX", false)));
        d.editor().setMode(EditorMode.MASK);
        assertEquals(List.of("ERROR: Keyframe pasting is not available for mask mode"), Fixture.reports(copy(rt, d, 1)));
        assertEquals(List.of("ERROR: Keyframe pasting is not available for Grease Pencil or mask mode"),
                Fixture.reports(paste(rt, d, 1, "START", "MIX", false)));
    }

    @Test
    void theGreasePencilModeNeverTouchesTheFCurveBuffer() {
        for (BehaviourProfile p : BehaviourProfile.values()) {
            Document d = cube(p);
            FCurve c = curve(bag(d.object("Cube")), null, "location", 0, "1:1* 2:2*");
            assertTrue(copy(rt, d, 1).finished());
            d.editor().setMode(EditorMode.GPENCIL);
            OperatorResult r = copy(rt, d, 1);
            assertTrue(r.cancelled());
            assertTrue(r.hasOwnError());
            OperatorResult q = paste(rt, d, 1, "START", "MIX", false);
            assertTrue(q.cancelled());
            assertEquals(List.of("ERROR: " + Behaviour.of(p == BehaviourProfile.BLENDER_3_4).messages().nothingToPaste()),
                    Fixture.reports(q));
            // back in the Action editor, the keys copied before are still there
            d.editor().setMode(EditorMode.ACTION);
            assertTrue(paste(rt, d, 10, "START", "MIX", false).finished());
            assertEquals("1:1 2:2 10:1* 11:2*", keys(c));
        }
    }
}
