package org.dopesheet.ops.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dopesheet.anim.Handles;
import org.dopesheet.anim.Keyframes;
import org.dopesheet.model.BehaviourProfile;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.HandleType;
import org.junit.jupiter.api.Test;

/**
 * Operators over curves holding more keys than the parallel threshold (spread over the
 * processors) give the curves the one-curve-at-a-time steps give, and record one undo step that
 * undoes them.
 */
class ParallelOperatorsTest {

    private static Fixture big() {
        Fixture f = new Fixture(BehaviourProfile.BLENDER_3_4);
        for (FCurve c : List.of(f.locX, f.locY, f.locZ, f.rotZ)) {
            for (int k = 0; k < 30_000; k++) {
                int i = c.addKey(1 + 2 * k + (k % 7 == 0 ? 0.5f : 0f), (float) Math.sin(0.05 * k + c.arrayIndex()));
                c.setSelected(i, k % 3 != 0);
            }
            Handles.recalculate(c);
        }
        return f;
    }

    private static List<FCurve> curves(Fixture f) {
        return List.of(f.locX, f.locY, f.locZ, f.rotZ);
    }

    private void check(String op, java.util.function.Consumer<FCurve> perCurve) {
        Fixture f = big();
        List<FCurve> before = new ArrayList<>();
        for (FCurve c : curves(f)) {
            before.add(c.copy(false));
        }
        assertTrue(Handles.parallel(curves(f)));
        int steps = f.standalone.undoHistory().position(f.doc);
        f.run(op);
        assertEquals(steps + 1, f.standalone.undoHistory().position(f.doc));
        for (int c = 0; c < before.size(); c++) {
            FCurve expected = before.get(c).copy(false);
            perCurve.accept(expected);
            assertEquals(BatchEquivalenceTest.dump(expected), BatchEquivalenceTest.dump(curves(f).get(c)), op + " " + c);
        }
        f.standalone.undoHistory().undo(f.doc);
        for (int c = 0; c < before.size(); c++) {
            assertEquals(BatchEquivalenceTest.dump(before.get(c)), BatchEquivalenceTest.dump(curves(f).get(c)));
        }
    }

    @Test
    void duplicate() {
        check("action.duplicate", c -> {
            KeyEdits.duplicateSelected(c);
            Keyframes.sortTime(c);
            Handles.recalculate(c);
        });
    }

    @Test
    void bakeKeys() {
        check("action.bake_keys", c -> KeyBaker.bake(c, new org.dopesheet.model.Preferences()));
    }

    @Test
    void handleType() {
        Fixture f = big();
        FCurve expected = f.locY.copy(false);
        f.run("action.handle_type", Map.of("type", "VECTOR"));
        KeyEdits.setHandleType(expected, HandleType.VECTOR);
        Handles.recalculate(expected);
        Keyframes.sortTime(expected);
        Handles.recalculate(expected);
        assertEquals(BatchEquivalenceTest.dump(expected), BatchEquivalenceTest.dump(f.locY));
    }
}
