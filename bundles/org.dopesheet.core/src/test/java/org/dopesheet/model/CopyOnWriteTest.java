package org.dopesheet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Snapshots share the key arrays with the curve (copy-on-write): whatever is written to the curve
 * after a snapshot, through any mutator, never shows in the snapshot's states, and restoring a
 * state never lets later writes reach it.
 */
class CopyOnWriteTest {

    private static Document document(FCurve c) {
        Document d = new Document("d");
        Action a = d.addAction(new Action("Act"));
        a.channelbag().addFcurve(c);
        return d;
    }

    private static FCurve curve() {
        FCurve c = new FCurve("location", 0);
        for (int i = 0; i < 5; i++) {
            c.addKey(i * 10, i);
        }
        return c;
    }

    private static String keys(FCurve c) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < c.size(); i++) {
            sb.append(c.x(i)).append(',').append(c.y(i)).append(',').append(c.leftX(i)).append(',')
                    .append(c.rightY(i)).append(',').append(c.interpolation(i)).append(',').append(c.handleLeft(i))
                    .append(',').append(c.selected(i)).append(',').append(c.keyType(i)).append(',')
                    .append(c.back(i)).append(';');
        }
        return sb.toString();
    }

    @Test
    void everyMutatorLeavesTheRecordedStatesAlone() {
        FCurve c = curve();
        Document d = document(c);
        String original = keys(c);
        ChangeTracker t = d.changes();
        Runnable[] edits = {
            () -> c.setX(1, 11), () -> c.setY(1, 7), () -> c.setCo(2, 21, 3), () -> c.setLeft(0, -5, 2),
            () -> c.setRight(4, 45, 1), () -> c.translate(3, 1, 1), () -> c.setInterpolation(0, Interpolation.LINEAR),
            () -> c.setHandleLeft(1, HandleType.VECTOR), () -> c.setHandleRight(1, HandleType.FREE),
            () -> c.setEasing(2, Easing.EASE_IN), () -> c.setKeyType(2, KeyframeType.BREAKDOWN),
            () -> c.setBack(0, 3), () -> c.setAmplitude(0, 3), () -> c.setPeriod(0, 3),
            () -> c.setSelected(0, false), () -> c.setSelection(1, true, false, true),
            () -> c.setAutoHandleLocked(2, true), () -> c.insertKey(2, 15, 9), () -> c.addKey(60, 1),
            () -> c.copyKey(c, 0, 1), () -> c.removeKey(1), () -> {
                boolean[] r = new boolean[c.size()];
                r[0] = true;
                r[2] = true;
                c.removeKeys(r);
            },
            () -> c.swapKeys(0, 1), () -> c.swapHandles(0), () -> c.setSelectedAll(false), () -> c.invertSelectedAll(),
            () -> c.handleColumnsForWrite().leftX[0] = 99, () -> {
                c.setY(0, 1);
                c.trimToSize();
                c.setY(0, 2);
            }, () -> c.clearKeys()
        };
        for (int e = 0; e < edits.length; e++) {
            String before = keys(c);
            t.begin();
            edits[e].run();
            String after = keys(c);
            ChangeTracker.ChangeSet changes = t.commit();
            // writes after the commit must not reach the recorded "after" state
            if (c.size() > 0) {
                c.setY(0, -1000);
            }
            c.setSelectedAll(true);
            c.invertSelectedAll();
            changes.undo();
            assertEquals(before, keys(c), "undo of edit " + e);
            changes.redo();
            assertEquals(after, keys(c), "redo of edit " + e);
            c.addKey(-50, -2000); // a write after restoring must not reach the ChangeSet either
            changes.undo();
            assertEquals(before, keys(c), "second undo of edit " + e);
            changes.redo();
            assertEquals(after, keys(c), "second redo of edit " + e);
        }
        assertFalse(original.equals(keys(c)));
    }

    @Test
    void copiesAreIndependent() {
        FCurve c = curve();
        FCurve copy = c.copy(false);
        c.setY(0, 5);
        copy.setX(1, 3);
        assertEquals(0f, copy.y(0));
        assertEquals(10f, c.x(1));
        assertEquals(5f, c.y(0));
        assertEquals(3f, copy.x(1));
    }

    @Test
    void rollbackAfterManyWritesRestores() {
        FCurve c = curve();
        Document d = document(c);
        String before = keys(c);
        d.changes().begin();
        for (int i = 0; i < 100; i++) {
            c.addKey(100 + i, i);
        }
        c.setSelectedAll(false);
        d.changes().rollback();
        assertEquals(before, keys(c));
        assertTrue(c.selected(0));
    }

    @Test
    void bulkSelectionMatchesPerKeyCalls() {
        FCurve a = curve();
        FCurve b = curve();
        a.setSelection(1, true, false, false);
        b.setSelection(1, true, false, false);
        a.setSelection(2, false, false, true);
        b.setSelection(2, false, false, true);
        a.invertSelectedAll();
        for (int i = 0; i < b.size(); i++) {
            b.setSelected(i, !b.selected(i));
        }
        assertEquals(keys(b), keys(a));
        assertTrue(a.anySelected());
        a.setSelectedAll(false);
        assertFalse(a.anySelected());
        a.setSelectedAll(true);
        for (int i = 0; i < a.size(); i++) {
            assertTrue(a.selected(i) && a.leftSelected(i) && a.rightSelected(i));
        }
    }
}
