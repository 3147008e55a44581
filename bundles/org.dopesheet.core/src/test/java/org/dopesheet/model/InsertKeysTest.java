package org.dopesheet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link FCurve#insertKeys} gives the same curve as the equivalent {@link FCurve#insertKey} calls. */
class InsertKeysTest {

    private static String dump(FCurve c) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < c.size(); i++) {
            sb.append(c.x(i)).append(' ').append(c.y(i)).append(' ').append(c.leftX(i)).append(' ').append(c.leftY(i))
                    .append(' ').append(c.rightX(i)).append(' ').append(c.rightY(i)).append(' ')
                    .append(c.interpolation(i)).append(' ').append(c.handleLeft(i)).append(' ')
                    .append(c.handleRight(i)).append(' ').append(c.easing(i)).append(' ').append(c.keyType(i))
                    .append(' ').append(c.back(i)).append(' ').append(c.amplitude(i)).append(' ').append(c.period(i))
                    .append(' ').append(c.selected(i)).append(c.leftSelected(i)).append(c.rightSelected(i))
                    .append(c.autoHandleLocked(i)).append('\n');
        }
        return sb.toString();
    }

    @Test
    void sameAsOneByOne() {
        SplittableRandom r = new SplittableRandom(3);
        for (int round = 0; round < 200; round++) {
            FCurve a = new FCurve("location", 0);
            int n = r.nextInt(20);
            for (int i = 0; i < n; i++) {
                int k = a.addKey(i, r.nextInt(100));
                a.setKeyType(k, KeyframeType.values()[r.nextInt(KeyframeType.values().length)]);
                a.setSelection(k, r.nextBoolean(), r.nextBoolean(), r.nextBoolean());
                a.setAutoHandleLocked(k, r.nextBoolean());
            }
            a.trimToSize();
            FCurve b = a.copy(false);
            int count = r.nextInt(10);
            int[] before = new int[count + 2];
            for (int k = 0; k < count; k++) {
                before[k] = r.nextInt(n + 1);
            }
            Arrays.sort(before, 0, count);
            FCurve c = a.copy(false);
            FCurve d = a.copy(false);
            a.insertKeys(before, count);
            for (int k = 0; k < count; k++) {
                b.insertKey(before[k] + k, 0, 0);
            }
            assertEquals(dump(b), dump(a), "round " + round);
            if (n > 0) {
                int[] sources = new int[count];
                for (int k = 0; k < count; k++) {
                    sources[k] = r.nextInt(n);
                }
                c.insertKeys(before, count, sources);
                FCurve original = d.copy(false);
                for (int k = 0; k < count; k++) {
                    d.insertKey(before[k] + k, 0, 0);
                    d.copyKey(original, sources[k], before[k] + k);
                }
                assertEquals(dump(d), dump(c), "copies, round " + round);
            }
        }
    }

    @Test
    void denseCopiesOfOwnKeysSameAsOneByOne() {
        // many copies relative to the keys (duplicating): the gathered path
        SplittableRandom r = new SplittableRandom(5);
        for (int round = 0; round < 200; round++) {
            FCurve c = new FCurve("location", 0);
            int n = 1 + r.nextInt(80);
            for (int i = 0; i < n; i++) {
                int k = c.addKey(i, r.nextInt(100));
                c.setKeyType(k, KeyframeType.values()[r.nextInt(KeyframeType.values().length)]);
                c.setEasing(k, Easing.values()[r.nextInt(Easing.values().length)]);
                c.setBack(k, r.nextInt(9));
                c.setSelection(k, r.nextBoolean(), r.nextBoolean(), r.nextBoolean());
                c.setAutoHandleLocked(k, r.nextBoolean());
            }
            int count = 16 + r.nextInt(2 * n + 1);
            int[] before = new int[count];
            int[] sources = new int[count];
            for (int k = 0; k < count; k++) {
                before[k] = r.nextInt(n + 1);
                sources[k] = r.nextInt(n);
            }
            Arrays.sort(before);
            FCurve d = c.copy(false);
            c.insertKeys(before, count, sources);
            FCurve original = d.copy(false);
            for (int k = 0; k < count; k++) {
                d.insertKey(before[k] + k, 0, 0);
                d.copyKey(original, sources[k], before[k] + k);
            }
            assertEquals(dump(d), dump(c), "round " + round);
        }
    }

    @Test
    void copiesFromAnotherCurve() {
        SplittableRandom r = new SplittableRandom(8);
        for (int round = 0; round < 200; round++) {
            FCurve target = new FCurve("location", 0);
            FCurve from = new FCurve("location", 1);
            int n = r.nextInt(10);
            for (int i = 0; i < n; i++) {
                target.addKey(i, r.nextInt(50));
            }
            int fn = 1 + r.nextInt(60);
            for (int i = 0; i < fn; i++) {
                int k = from.addKey(i * 2, r.nextInt(50));
                from.setKeyType(k, KeyframeType.BREAKDOWN);
                from.setAutoHandleLocked(k, r.nextBoolean());
            }
            // long blocks of consecutive sources as well as scattered ones
            int count = r.nextInt(fn + 1);
            int[] before = new int[count];
            int[] sources = new int[count];
            int start = r.nextInt(fn);
            for (int k = 0; k < count; k++) {
                before[k] = r.nextInt(4) == 0 ? r.nextInt(n + 1) : n;
                sources[k] = r.nextBoolean() ? (start + k) % fn : r.nextInt(fn);
            }
            Arrays.sort(before);
            FCurve expected = target.copy(false);
            for (int k = 0; k < count; k++) {
                expected.insertKey(before[k] + k, 0, 0);
                expected.copyKey(from, sources[k], before[k] + k);
            }
            target.insertKeys(before, count, from, sources);
            assertEquals(dump(expected), dump(target), "round " + round);
        }
    }

    @Test
    void allKeysIntoAnEmptyCurveAreSharedUntilWritten() {
        FCurve from = new FCurve("location", 0);
        for (int i = 0; i < 40; i++) {
            from.addKey(i, i);
        }
        String original = dump(from);
        FCurve copy = new FCurve("location", 0);
        int[] all = new int[40];
        for (int i = 0; i < 40; i++) {
            all[i] = i;
        }
        copy.insertKeys(new int[40], 40, from, all);
        assertEquals(original, dump(copy));
        copy.setSelectedAll(false);
        copy.setY(3, 99);
        copy.addKey(50, 1);
        assertEquals(original, dump(from));
        from.setX(0, -7);
        from.removeKey(5);
        assertEquals(99f, copy.y(3));
        assertEquals(0f, copy.x(0));
        assertEquals(41, copy.size());
    }

    @Test
    void rejectsDecreasingIndices() {
        FCurve a = new FCurve("location", 0);
        a.addKey(1, 1);
        a.addKey(2, 1);
        assertThrows(IllegalArgumentException.class, () -> a.insertKeys(new int[] {2, 1}, 2));
        assertThrows(IllegalArgumentException.class, () -> a.insertKeys(new int[] {3}, 1));
    }
}
