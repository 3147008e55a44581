package org.dopesheet.ops.clipboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dopesheet.anim.Handles;
import org.dopesheet.anim.Keyframes;
import org.dopesheet.edit.KeyframeClipboard.Content;
import org.dopesheet.edit.KeyframeClipboard.Item;
import org.dopesheet.model.BehaviourProfile;
import org.dopesheet.model.Channelbag;
import org.dopesheet.model.Document;
import org.dopesheet.model.EditorMode;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.ObjectType;
import org.dopesheet.operator.Registries;
import org.junit.jupiter.api.Test;

/**
 * A paste into curves holding more keys than the parallel threshold (spread over the processors)
 * gives the curves the one-curve-at-a-time paste gives, and records one undo step that undoes it.
 */
class ParallelPasteTest {

    @Test
    void parallelPasteMatchesCurveByCurve() {
        Registries.Standalone rt = Fixture.runtime();
        Document d = Fixture.document("big", BehaviourProfile.BLENDER_3_4, EditorMode.ACTION);
        Channelbag bag = Fixture.object(d, "Cube", ObjectType.EMPTY, "CubeAction").animationData().action()
                .channelbag();
        d.editor().setAction(d.actions().get(0));
        int curves = 12;
        int keys = 10_000;
        List<FCurve> before = new ArrayList<>();
        for (int c = 0; c < curves; c++) {
            FCurve f = new FCurve("location", c).setSelect(true);
            for (int k = 0; k < keys; k++) {
                f.addKey(1 + 2 * k, (float) Math.sin(0.05 * k + c));
            }
            Handles.recalculate(f);
            bag.addFcurve(f);
            before.add(f.copy(false));
        }
        List<FCurve> live = new ArrayList<>(bag.fcurves());
        assertTrue(Handles.parallel(live));
        assertEquals("action.copy [FINISHED]", Fixture.run(rt, d, "action.copy", Map.of()).toString());
        Content content = rt.clipboard().content();
        d.scene().setFrameCurrent(2 * keys + 10);
        int steps = rt.undoHistory().position(d);
        Fixture.run(rt, d, "action.paste", Map.of("offset", "START", "merge", "MIX"));
        assertEquals(steps + 1, rt.undoHistory().position(d));
        float offset = PasteOffset.START.offset(2 * keys + 10, content.firstFrame(), content.lastFrame(),
                content.copyFrame());
        for (int c = 0; c < curves; c++) {
            FCurve expected = before.get(c).copy(false);
            Item item = content.items().get(c);
            CurvePaste.paste(expected, item, content, offset, PasteMerge.MIX, false, true);
            Keyframes.sortTime(expected);
            Handles.recalculate(expected);
            assertEquals(BatchPasteTest.dump(expected), BatchPasteTest.dump(live.get(c)), "curve " + c);
        }
        rt.undoHistory().undo(d);
        for (int c = 0; c < curves; c++) {
            assertEquals(BatchPasteTest.dump(before.get(c)), BatchPasteTest.dump(live.get(c)), "undone curve " + c);
        }
    }
}
