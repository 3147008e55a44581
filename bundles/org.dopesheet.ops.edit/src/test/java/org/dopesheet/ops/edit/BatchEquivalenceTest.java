package org.dopesheet.ops.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.dopesheet.model.Extrapolation;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.HandleType;
import org.dopesheet.model.Interpolation;
import org.dopesheet.model.Preferences;
import org.junit.jupiter.api.Test;

/**
 * The one-pass forms of duplicate and bake give bit-identical curves to the key-by-key
 * algorithms they replace (Blender's loops): duplicate against the old loop kept here, bake's
 * batch path against its key-by-key path on curves where the batch path applies.
 */
class BatchEquivalenceTest {

    static String dump(FCurve c) {
        StringBuilder sb = new StringBuilder("active " + c.activeKeyframeIndex() + "\n");
        for (int i = 0; i < c.size(); i++) {
            sb.append(Float.floatToRawIntBits(c.x(i))).append(' ').append(Float.floatToRawIntBits(c.y(i))).append(' ')
                    .append(Float.floatToRawIntBits(c.leftX(i))).append(' ').append(Float.floatToRawIntBits(c.leftY(i)))
                    .append(' ').append(Float.floatToRawIntBits(c.rightX(i))).append(' ')
                    .append(Float.floatToRawIntBits(c.rightY(i))).append(' ').append(c.interpolation(i)).append(' ')
                    .append(c.handleLeft(i)).append(' ').append(c.handleRight(i)).append(' ').append(c.easing(i))
                    .append(' ').append(c.keyType(i)).append(' ').append(c.back(i)).append(' ').append(c.amplitude(i))
                    .append(' ').append(c.period(i)).append(' ').append(c.selected(i)).append(c.leftSelected(i))
                    .append(c.rightSelected(i)).append(c.autoHandleLocked(i)).append('\n');
        }
        return sb.toString();
    }

    /** The duplicate loop as it was (Blender's duplicate_fcurve_keys, one insertion per key). */
    static boolean duplicateKeyByKey(FCurve fcu) {
        boolean changed = false;
        for (int i = 0; i < fcu.size(); i++) {
            if (!fcu.selected(i)) {
                continue;
            }
            fcu.insertKey(i + 1, fcu.x(i), fcu.y(i));
            fcu.copyKey(fcu, i, i + 1);
            fcu.setSelected(i, false);
            fcu.setSelected(i + 1, true);
            i++;
            changed = true;
        }
        return changed;
    }

    private static FCurve curve(SplittableRandom r, int n, boolean autoOnly) {
        FCurve c = new FCurve("location", 0);
        float x = (float) r.nextDouble(-5, 5);
        Interpolation[] ipos = Interpolation.values();
        HandleType[] types = autoOnly ? new HandleType[] {HandleType.AUTO, HandleType.AUTO_CLAMPED} : HandleType.values();
        for (int i = 0; i < n; i++) {
            // whole frames, half frames and arbitrary spacing: baked frames hit existing keys too
            double step = r.nextInt(3) == 0 ? 1 + r.nextInt(4) : r.nextInt(2) == 0 ? 0.5 : r.nextDouble(0.03, 4);
            x += (float) step;
            int k = c.addKey(x, (float) r.nextDouble(-2, 2));
            c.setInterpolation(k, r.nextInt(3) == 0 ? ipos[r.nextInt(ipos.length)] : Interpolation.BEZIER);
            c.setHandleLeft(k, types[r.nextInt(types.length)]);
            c.setHandleRight(k, types[r.nextInt(types.length)]);
            c.setSelection(k, r.nextInt(4) == 0, r.nextInt(3) != 0, r.nextInt(4) == 0);
        }
        if (r.nextBoolean()) {
            c.setExtrapolation(Extrapolation.LINEAR);
        }
        c.setActiveKeyframeIndex(n > 0 ? r.nextInt(n) : -1);
        org.dopesheet.anim.Handles.recalculate(c);
        return c;
    }

    @Test
    void duplicateMatchesTheKeyByKeyLoop() {
        SplittableRandom r = new SplittableRandom(17);
        for (int round = 0; round < 300; round++) {
            FCurve a = curve(r, r.nextInt(30), false);
            FCurve b = a.copy(false);
            boolean ca = KeyEdits.duplicateSelected(a);
            boolean cb = duplicateKeyByKey(b);
            assertEquals(cb, ca);
            assertEquals(dump(b), dump(a), "round " + round);
        }
    }

    @Test
    void batchBakeMatchesKeyByKeyBake() {
        SplittableRandom r = new SplittableRandom(23);
        Preferences prefs = new Preferences();
        int batched = 0;
        for (int round = 0; round < 300; round++) {
            FCurve a = curve(r, 2 + r.nextInt(25), true);
            if (r.nextInt(5) == 0) {
                for (int i = 0; i < a.size(); i++) {
                    a.setSelected(i, true);
                }
            }
            FCurve b = a.copy(false);
            boolean batch = KeyBaker.batchable(a, prefs);
            batched += batch ? 1 : 0;
            KeyBaker.bake(a, prefs, batch);
            KeyBaker.bake(b, prefs, false);
            assertEquals(dump(b), dump(a), "round " + round);
        }
        assertTrue(batched > 200, "the batch path ran in " + batched + " rounds");
    }

    @Test
    void spacedCleanMatchesKeyByKeyClean() {
        SplittableRandom r = new SplittableRandom(29);
        float[] thresholds = {0.001f, 0.01f, 0.3f, 1f, 2.5f};
        int spaced = 0;
        for (int round = 0; round < 400; round++) {
            FCurve a = curve(r, 1 + r.nextInt(30), r.nextBoolean());
            // repeated values and flat runs, so that clean removes keys
            for (int i = 0; i < a.size(); i++) {
                if (r.nextInt(3) == 0) {
                    a.setY(i, i > 0 && r.nextBoolean() ? a.y(i - 1) + (float) r.nextDouble(-0.002, 0.002) : 1f);
                }
            }
            FCurve b = a.copy(false);
            float threshold = thresholds[r.nextInt(thresholds.length)];
            boolean onlySelected = r.nextBoolean();
            if (KeyCleaner.spaced(a)) {
                spaced++;
                KeyCleaner.cleanSpaced(a, threshold, onlySelected);
            } else {
                KeyCleaner.cleanKeyByKey(a, threshold, onlySelected);
            }
            KeyCleaner.cleanKeyByKey(b, threshold, onlySelected);
            assertEquals(dump(b), dump(a), "round " + round);
        }
        assertTrue(spaced > 200, "the spaced path ran in " + spaced + " rounds");
    }

    @Test
    void bakeWithOtherHandleTypesTakesTheKeyByKeyPath() {
        FCurve c = curve(new SplittableRandom(1), 10, true);
        c.setHandleLeft(3, HandleType.ALIGNED);
        assertEquals(false, KeyBaker.batchable(c, new Preferences()));
        Preferences vector = new Preferences().setKeyframeNewHandleType(HandleType.VECTOR);
        assertEquals(false, KeyBaker.batchable(curve(new SplittableRandom(1), 10, true), vector));
    }
}
