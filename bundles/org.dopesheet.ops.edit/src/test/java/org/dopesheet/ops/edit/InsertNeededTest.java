package org.dopesheet.ops.edit;

import static org.dopesheet.ops.edit.Fixture.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dopesheet.model.FCurve;
import org.dopesheet.ops.edit.InsertNeeded.Decision;
import org.dopesheet.operator.ReportType;
import org.junit.jupiter.api.Test;

/** The two "Only Insert Needed" rules and the current Blender's combined keying report. */
class InsertNeededTest {

    private static FCurve curve(float... frameValuePairs) {
        return keys(new FCurve("location", 0), frameValuePairs);
    }

    @Test
    void legacyRule() {
        assertEquals(Decision.ADD, InsertNeeded.legacy(new FCurve("location", 0), 1, 0));
        assertEquals(Decision.ADD, InsertNeeded.legacy(curve(5, 1), 1, 1), "before a single key");
        assertEquals(Decision.ADD, InsertNeeded.legacy(curve(5, 1), 9, 1), "after a single key: never DELPREV");
        assertEquals(Decision.ADD_DELETE_PREVIOUS, InsertNeeded.legacy(curve(1, 2, 5, 2), 9, 2));
        assertEquals(Decision.ADD, InsertNeeded.legacy(curve(1, 2, 5, 3), 9, 3));
        assertEquals(Decision.ADD_DELETE_NEXT, InsertNeeded.legacy(curve(3, 2, 5, 2, 9, 0), 1, 2));
        assertEquals(Decision.DONT_ADD, InsertNeeded.legacy(curve(1, 2, 5, 2), 3, 2), "flat segment");
        assertEquals(Decision.DONT_ADD, InsertNeeded.legacy(curve(1, 2, 5, 2), 5, 2.0000001f), "IS_EQF");
        assertEquals(Decision.ADD, InsertNeeded.legacy(curve(1, 2, 5, 2), 3, 2.1f));
        assertEquals(Decision.DONT_ADD, InsertNeeded.legacy(curve(1, 0, 1, 0, 5, 3), 1, 7),
                "two keys already on the frame");
    }

    @Test
    void currentRule() {
        assertTrue(InsertNeeded.current(new FCurve("location", 0), 1, 0));
        FCurve c = curve(1, 2, 5, 2);
        assertFalse(InsertNeeded.current(c, 5.005f, 2), "a key within 0.01 with the same value");
        assertTrue(InsertNeeded.current(c, 5.005f, 2.0000002f), "exact comparison with an existing key");
        assertFalse(InsertNeeded.current(c, 3, 2.0000002f), "evaluated value within FLT_EPSILON");
        assertFalse(InsertNeeded.current(c, 9, 2), "extrapolated value");
        assertTrue(InsertNeeded.current(c, 9, 2.5f));
    }

    @Test
    void relativeComparisonUsesUlpsBeyondTheAbsoluteTolerance() {
        float big = 1.0e6f;
        assertTrue(InsertNeeded.compareRelative(big, Math.nextUp(big), 1.1920929e-7f, 32));
        float far = big;
        for (int i = 0; i < 33; i++) {
            far = Math.nextUp(far);
        }
        assertFalse(InsertNeeded.compareRelative(big, far, 1.1920929e-7f, 32));
        assertFalse(InsertNeeded.compareRelative(-1.0e-3f, 1.0e-3f, 1.1920929e-7f, 32), "signs differ");
    }

    @Test
    void combinedKeyingReport() {
        KeyingResults one = new KeyingResults();
        one.add(KeyingResults.Kind.CANNOT_RESOLVE_PATH);
        assertEquals(ReportType.ERROR, one.reportType());
        assertEquals("Inserting keys on 1 data-block(s) has been skipped because the RNA path wasn't valid for them.",
                one.message());
        KeyingResults two = new KeyingResults();
        two.add(KeyingResults.Kind.UNABLE_TO_INSERT_TO_NLA_STACK);
        two.add(KeyingResults.Kind.NO_KEY_NEEDED);
        two.add(KeyingResults.Kind.UNABLE_TO_INSERT_TO_NLA_STACK);
        assertEquals("Inserting keyframes failed:\n- Due to the setting 'Only Insert Needed', 1 keyframe(s) have not"
                + " been inserted.\n- Due to the NLA stack setup, 2 keyframe(s) have not been inserted.", two.message());
        KeyingResults none = new KeyingResults();
        assertEquals(ReportType.WARNING, none.reportType());
        assertEquals("No keys have been inserted and no errors have been reported.", none.message());
    }
}
