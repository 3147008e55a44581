package org.dopesheet.anim;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dopesheet.model.CyclesMode;
import org.dopesheet.model.CyclesModifier;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.FModifier;
import org.dopesheet.model.HandleType;
import org.dopesheet.model.Interpolation;
import org.dopesheet.model.KeyframeType;
import org.dopesheet.model.Preferences;

/**
 * Keyframe editing primitives of Blender's {@code keyframing.c} and {@code fcurve.c}:
 * insertion with the 0.01-frame threshold and replace rules ({@code insert_bezt_fcurve},
 * {@code insert_vert_fcurve}, spec 4.4/4.5), the Python {@code keyframe_points.insert},
 * sorting ({@code sort_time_fcurve}, 4.6), merging of coincident keys
 * ({@code BKE_fcurve_merge_duplicate_keys}, 4.8), cycle detection
 * ({@code BKE_fcurve_get_cycle_type}, 4.9) and deletion.
 */
public final class Keyframes {
    /** {@code BEZT_BINARYSEARCH_THRESH}. */
    public static final float THRESHOLD = 0.01f;

    /** The {@code eInsertKeyFlags} bits the insertion functions honour. */
    public enum InsertFlag {
        /** {@code INSERTKEY_REPLACE}: only replace existing keys, never add one. */
        REPLACE,
        /** {@code INSERTKEY_OVERWRITE_FULL}: a replaced key is overwritten completely. */
        OVERWRITE_FULL,
        /** {@code INSERTKEY_FAST}: skip the handle recalculation. */
        FAST,
        /** {@code INSERTKEY_NO_USERPREF}: AUTO_CLAMPED handles and BEZIER instead of the preferences. */
        NO_USERPREF,
        /** {@code INSERTKEY_CYCLE_AWARE}: replacing an end key of a perfect cycle replaces both ends. */
        CYCLE_AWARE
    }

    private Keyframes() {
    }

    /**
     * Blender's {@code BKE_fcurve_get_cycle_type}: the first modifier is an enabled Cycles
     * modifier without restricted range or custom influence and both counts are 0.
     */
    public static CycleType cycleType(FCurve fcu) {
        List<FModifier> mods = fcu.modifiers();
        if (mods.isEmpty() || !(mods.get(0) instanceof CyclesModifier)) {
            return CycleType.NONE;
        }
        CyclesModifier m = (CyclesModifier) mods.get(0);
        if (m.mute() || m.useRestrictedRange() || m.useInfluence()) {
            return CycleType.NONE;
        }
        if (m.cyclesAfter() == 0 && m.cyclesBefore() == 0) {
            if (m.modeBefore() == CyclesMode.REPEAT && m.modeAfter() == CyclesMode.REPEAT) {
                return CycleType.PERFECT;
            }
            if (isRepeat(m.modeBefore()) && isRepeat(m.modeAfter())) {
                return CycleType.OFFSET;
            }
        }
        return CycleType.NONE;
    }

    private static boolean isRepeat(CyclesMode m) {
        return m == CyclesMode.REPEAT || m == CyclesMode.REPEAT_OFFSET;
    }

    /**
     * Blender's {@code BKE_fcurve_bezt_binarysearch_index} with threshold 0.01: the index where
     * a key at {@code frame} belongs, or {@code -(index + 1)} when a key within 0.01 frames
     * exists at {@code index}. Keys must be sorted.
     */
    public static int binarySearch(FCurve fcu, float frame) {
        int packed = FCurveEvaluation.searchIndex(fcu, frame, THRESHOLD);
        int index = packed >>> 1;
        return (packed & 1) != 0 ? -(index + 1) : index;
    }

    /**
     * Blender's {@code insert_bezt_fcurve}: inserts {@code b} at its sorted position, or
     * replaces the key within 0.01 frames (OVERWRITE_FULL: the whole key; otherwise the value
     * change is added to the old key and its handles, and the selection flags are copied).
     * Returns the index, or -1 when nothing was added (REPLACE and no key at that frame).
     */
    public static int insertBezt(FCurve fcu, BezTriple b, Set<InsertFlag> flags) {
        int n = fcu.size();
        if (n == 0) {
            if (flags.contains(InsertFlag.REPLACE)) {
                return -1;
            }
            fcu.insertKey(0, b.x, b.y);
            b.writeTo(fcu, 0);
            fcu.setAutoHandleLocked(0, false);
            return 0;
        }
        int packed = FCurveEvaluation.searchIndex(fcu, b.x, THRESHOLD);
        int i = packed >>> 1;
        if ((packed & 1) != 0) {
            if (flags.contains(InsertFlag.OVERWRITE_FULL)) {
                b.writeTo(fcu, i);
                fcu.setAutoHandleLocked(i, false);
            } else {
                replaceYPos(fcu, i, b);
            }
            if (flags.contains(InsertFlag.CYCLE_AWARE) && (i == 0 || i == n - 1)
                    && cycleType(fcu) == CycleType.PERFECT) {
                replaceYPos(fcu, i == 0 ? n - 1 : 0, b);
            }
            return i;
        }
        if (flags.contains(InsertFlag.REPLACE)) {
            return -1;
        }
        fcu.insertKey(i, b.x, b.y);
        b.writeTo(fcu, i);
        fcu.setAutoHandleLocked(i, false);
        return i;
    }

    /** Blender's {@code replace_bezt_keyframe_ypos}. */
    private static void replaceYPos(FCurve fcu, int i, BezTriple b) {
        float dy = b.y - fcu.y(i);
        fcu.setLeft(i, fcu.leftX(i), fcu.leftY(i) + dy);
        fcu.setY(i, fcu.y(i) + dy);
        fcu.setRight(i, fcu.rightX(i), fcu.rightY(i) + dy);
        fcu.setSelection(i, b.selectLeft, b.select, b.selectRight);
    }

    /**
     * Blender's {@code insert_vert_fcurve}: builds a new selected key at {@code (x, y)} (handle
     * type and interpolation from {@code prefs}, or AUTO_CLAMPED/BEZIER with NO_USERPREF or null
     * preferences; CONSTANT on discrete curves, LINEAR instead of BEZIER on integer curves),
     * inserts it, makes it the active key, copies the interpolation of the previous key (of the
     * next when inserted first) on a real insertion into a curve of more than two keys,
     * subdivides non-auto Bézier handles for an interior key, and recalculates the handles
     * unless FAST. Returns the key's index or -1.
     */
    public static int insertVert(FCurve fcu, float x, float y, KeyframeType keyType, Set<InsertFlag> flags,
            Preferences prefs) {
        BezTriple b = new BezTriple();
        b.x = x;
        b.y = y;
        b.leftX = x - 1.0f;
        b.leftY = y;
        b.rightX = x + 1.0f;
        b.rightY = y;
        if (flags.contains(InsertFlag.NO_USERPREF) || prefs == null) {
            b.handleLeft = b.handleRight = HandleType.AUTO_CLAMPED;
            b.interpolation = Interpolation.BEZIER;
        } else {
            b.handleLeft = b.handleRight = prefs.keyframeNewHandleType();
            b.interpolation = prefs.keyframeNewInterpolationType();
        }
        if (fcu.discreteValues()) {
            b.interpolation = Interpolation.CONSTANT;
        } else if (b.interpolation == Interpolation.BEZIER && fcu.intValues()) {
            b.interpolation = Interpolation.LINEAR;
        }
        b.keyType = keyType;
        b.easing = org.dopesheet.model.Easing.AUTO;
        b.back = FCurve.DEFAULT_BACK;
        b.amplitude = FCurve.DEFAULT_AMPLITUDE;
        b.period = FCurve.DEFAULT_PERIOD;

        int oldTot = fcu.size();
        int a = insertBezt(fcu, b, flags);
        fcu.setActiveKeyframeIndex(a >= 0 && a < fcu.size() ? a : -1);
        if (a < 0) {
            return -1;
        }
        int n = fcu.size();
        if (n > 2 && !flags.contains(InsertFlag.REPLACE) && n > oldTot) {
            if (a > 0) {
                fcu.setInterpolation(a, fcu.interpolation(a - 1));
            } else if (a < n - 1) {
                fcu.setInterpolation(a, fcu.interpolation(a + 1));
            }
            if (0 < a && a < n - 1 && !flags.contains(InsertFlag.OVERWRITE_FULL)) {
                subdivideNonAutoHandles(fcu, a, a - 1, a + 1);
            }
        }
        if (!flags.contains(InsertFlag.FAST)) {
            Handles.recalculate(fcu);
        }
        return a;
    }

    /**
     * Python's {@code FCurveKeyframePoints.insert(frame, value)} with {@code options=[]} and
     * {@code keyframe_type='KEYFRAME'} in Blender 3.4 (FORMAT.md 8.1): {@code insert_vert} with
     * a KEYFRAME key and no user preferences. Returns the index of the inserted (or replaced)
     * key, or -1.
     */
    public static int keyframePointsInsert(FCurve fcu, float frame, float value) {
        return insertVert(fcu, frame, value, KeyframeType.KEYFRAME, EnumSet.of(InsertFlag.NO_USERPREF), null);
    }

    /**
     * Blender's {@code subdivide_nonauto_handles}: keeps the curve shape when a key is inserted
     * inside a Bézier segment with non-auto handles, turning the new key's auto handles into
     * ALIGNED unless Continuous Acceleration smoothing would reproduce them.
     */
    private static void subdivideNonAutoHandles(FCurve fcu, int bezt, int prev, int next) {
        if (fcu.interpolation(prev) != Interpolation.BEZIER || fcu.interpolation(bezt) != Interpolation.BEZIER) {
            return;
        }
        boolean beztAuto = Handles.isAutoH(fcu, bezt)
                || (fcu.handleLeft(bezt) == HandleType.VECTOR && fcu.handleRight(bezt) == HandleType.VECTOR);
        boolean prevAuto = Handles.isAutoH(fcu, prev) || fcu.handleRight(prev) == HandleType.VECTOR;
        boolean nextAuto = Handles.isAutoH(fcu, next) || fcu.handleLeft(next) == HandleType.VECTOR;
        if (beztAuto && prevAuto && nextAuto) {
            return;
        }
        if (!subdivideHandles(fcu, bezt, prev, next)) {
            return;
        }
        if (!Handles.isAutoH(fcu, bezt)) {
            return;
        }
        if ((prevAuto || nextAuto) && fcu.autoSmoothing() == org.dopesheet.model.AutoSmoothing.CONT_ACCEL) {
            float hx = fcu.x(bezt) - fcu.leftX(bezt);
            float dx = fcu.x(bezt) - fcu.x(prev);
            if (Math.abs(hx - dx / 3.0f) < 0.001f) {
                return;
            }
        }
        fcu.setHandleLeft(bezt, HandleType.ALIGNED);
        fcu.setHandleRight(bezt, HandleType.ALIGNED);
    }

    /**
     * Blender's {@code BKE_fcurve_bezt_subdivide_handles}: splits the Bézier segment
     * {@code prev → next} at the x of key {@code bezt} (de Casteljau) and gives the new key the
     * split's handles, shifted by the key's offset from the curve.
     */
    static boolean subdivideHandles(FCurve fcu, int bezt, int prev, int next) {
        float px = fcu.x(prev);
        float py = fcu.y(prev);
        float nx = fcu.x(next);
        float ny = fcu.y(next);
        float kx = fcu.x(bezt);
        float ky = fcu.y(bezt);
        if (kx <= px || kx >= nx) {
            return false;
        }
        float prx = fcu.rightX(prev);
        float pry = fcu.rightY(prev);
        float nlx = fcu.leftX(next);
        float nly = fcu.leftY(next);
        // BKE_fcurve_correct_bezpart, written back to the keys as Blender does.
        float h1x = px - prx;
        float h1y = py - pry;
        float h2x = nx - nlx;
        float h2y = ny - nly;
        float len = nx - px;
        float len1 = Math.abs(h1x);
        float len2 = Math.abs(h2x);
        if ((len1 + len2) != 0.0f) {
            if (len1 > len) {
                float fac = len / len1;
                prx = px - fac * h1x;
                pry = py - fac * h1y;
                fcu.setRight(prev, prx, pry);
            }
            if (len2 > len) {
                float fac = len / len2;
                nlx = nx - fac * h2x;
                nly = ny - fac * h2y;
                fcu.setLeft(next, nlx, nly);
            }
        }
        float t = FCurveEvaluation.findZero(kx, px, prx, nlx, nx);
        if (Float.isNaN(t) || t <= 0.0f || t >= 1.0f) {
            return false;
        }
        float s = 1.0f - t;
        float s10x = s * px + t * prx;
        float s10y = s * py + t * pry;
        float s11x = s * prx + t * nlx;
        float s11y = s * pry + t * nly;
        float s12x = s * nlx + t * nx;
        float s12y = s * nly + t * ny;
        float s20x = s * s10x + t * s11x;
        float s20y = s * s10y + t * s11y;
        float s21x = s * s11x + t * s12x;
        float s21y = s * s11y + t * s12y;
        float s3x = s * s20x + t * s21x;
        float s3y = s * s20y + t * s21y;
        fcu.setRight(prev, s10x, s10y);
        fcu.setLeft(next, s12x, s12y);
        float diffX = kx - s3x;
        float diffY = ky - s3y;
        fcu.setLeft(bezt, s20x + diffX, s20y + diffY);
        fcu.setRight(bezt, s21x + diffX, s21y + diffY);
        return true;
    }

    /**
     * Blender's {@code sort_time_fcurve}: stable bubble sort of the keys by frame, then per key
     * swap handles that both crossed over the key, else clamp them to their side.
     */
    public static void sortTime(FCurve fcu) {
        int n = fcu.size();
        if (inTimeOrder(fcu.columns())) {
            return;
        }
        if (needsSort(fcu)) {
            boolean swapped = true;
            while (swapped) {
                swapped = false;
                for (int a = 0; a < n - 1; a++) {
                    if (fcu.x(a) > fcu.x(a + 1)) {
                        fcu.swapKeys(a, a + 1);
                        swapped = true;
                    }
                }
            }
        }
        // read through the columns; a write (rare: handles crossed over their key) may replace
        // the arrays (copy-on-write), so they are fetched again after it
        FCurve.Columns c = fcu.columns();
        for (int a = 0; a < n; a++) {
            float kx = c.x[a];
            float lx = c.leftX[a];
            float rx = c.rightX[a];
            if (lx <= kx && rx >= kx) {
                continue;
            }
            if (lx > kx && rx < kx) {
                fcu.swapHandles(a);
            } else {
                if (lx > kx) {
                    fcu.setLeft(a, kx, fcu.leftY(a));
                }
                if (rx < kx) {
                    fcu.setRight(a, kx, fcu.rightY(a));
                }
            }
            c = fcu.columns();
        }
    }

    /**
     * Whether {@link #sortTime} would change nothing: keys in frame order, every left handle at or
     * before its key and every right handle at or after it (or not comparable: NaN). One pass.
     */
    private static boolean inTimeOrder(FCurve.Columns c) {
        final float[] x = c.x;
        final float[] lx = c.leftX;
        final float[] rx = c.rightX;
        final int n = c.size;
        for (int a = 0; a < n; a++) {
            float kx = x[a];
            if (lx[a] > kx || rx[a] < kx || a < n - 1 && kx > x[a + 1]) {
                return false;
            }
        }
        return true;
    }

    /** Blender's {@code test_time_fcurve}: whether some key comes after its successor. */
    public static boolean needsSort(FCurve fcu) {
        FCurve.Columns c = fcu.columns();
        float[] x = c.x;
        for (int a = 0; a < c.size - 1; a++) {
            if (x[a] > x[a + 1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Python's {@code FCurve.update()} ({@code rna_FCurve_update_data_ex}): sorts the keys and
     * recalculates the handles.
     */
    public static void update(FCurve fcu) {
        sortTime(fcu);
        Handles.recalculate(fcu);
    }

    /**
     * Blender's {@code BKE_fcurve_merge_duplicate_keys} (post-transform): any-selected keys on
     * the same frame (within 0.01) are merged into the last selected one with their average
     * value (not on integer or discrete curves), unselected keys on those frames are deleted;
     * then {@code testhandles_fcurve} (handle types of partially selected keys, with
     * {@code useHandle}) and the handle recalculation.
     */
    public static void mergeDuplicateKeys(FCurve fcu, boolean useHandle) {
        int n = fcu.size();
        if (n == 0) {
            return;
        }
        boolean canAverage = !fcu.intValues() && !fcu.discreteValues();
        float[] frame = new float[8];
        float[] val = new float[8];
        int[] tot = new int[8];
        int[] del = new int[8];
        int rn = 0;
        for (int i = 0; i < n; i++) {
            if (!fcu.anySelected(i)) {
                continue;
            }
            float x = fcu.x(i);
            boolean found = false;
            for (int r = rn - 1; r >= 0; r--) {
                if (FCurveEvaluation.isEqT(frame[r], x, THRESHOLD)) {
                    val[r] += fcu.y(i);
                    tot[r]++;
                    found = true;
                    break;
                }
                if (frame[r] < x) {
                    break;
                }
            }
            if (!found) {
                if (rn == frame.length) {
                    int cap = rn * 2;
                    frame = java.util.Arrays.copyOf(frame, cap);
                    val = java.util.Arrays.copyOf(val, cap);
                    tot = java.util.Arrays.copyOf(tot, cap);
                    del = java.util.Arrays.copyOf(del, cap);
                }
                frame[rn] = x;
                val[rn] = fcu.y(i);
                tot[rn] = 1;
                rn++;
            }
        }
        if (rn == 0) {
            return;
        }
        for (int r = 0; r < rn; r++) {
            val[r] = val[r] / (float) tot[r];
        }
        for (int i = fcu.size() - 1; i >= 0; i--) {
            float x = fcu.x(i);
            for (int r = rn - 1; r >= 0; r--) {
                if (FCurveEvaluation.isEqT(x, frame[r], THRESHOLD)) {
                    if (fcu.anySelected(i)) {
                        if (del[r] == tot[r] - 1) {
                            if (canAverage) {
                                fcu.setY(i, val[r]);
                            }
                        } else {
                            deleteKey(fcu, i);
                        }
                        del[r]++;
                    } else {
                        deleteKey(fcu, i);
                    }
                    break;
                }
            }
        }
        testHandles(fcu, useHandle);
    }

    /**
     * Blender's {@code testhandles_fcurve} with the SELECT flag: {@code BKE_nurb_bezt_handle_test}
     * on every key (a partially selected key's auto handles become ALIGNED, its vector handles
     * FREE where the handle's selection differs from the key's), then the handle recalculation.
     */
    public static void testHandles(FCurve fcu, boolean useHandle) {
        for (int i = 0; i < fcu.size(); i++) {
            boolean f1;
            boolean f2;
            boolean f3;
            if (useHandle) {
                f1 = fcu.leftSelected(i);
                f2 = fcu.selected(i);
                f3 = fcu.rightSelected(i);
            } else {
                f1 = f2 = f3 = fcu.selected(i);
            }
            boolean none = !f1 && !f2 && !f3;
            boolean all = f1 && f2 && f3;
            if (none || all) {
                continue;
            }
            HandleType h1 = fcu.handleLeft(i);
            HandleType h2 = fcu.handleRight(i);
            if (h1 == HandleType.AUTO || h1 == HandleType.AUTO_CLAMPED) {
                fcu.setHandleLeft(i, HandleType.ALIGNED);
            }
            if (h2 == HandleType.AUTO || h2 == HandleType.AUTO_CLAMPED) {
                fcu.setHandleRight(i, HandleType.ALIGNED);
            }
            if (fcu.handleLeft(i) == HandleType.VECTOR && f1 != f2) {
                fcu.setHandleLeft(i, HandleType.FREE);
            }
            if (fcu.handleRight(i) == HandleType.VECTOR && f3 != f2) {
                fcu.setHandleRight(i, HandleType.FREE);
            }
        }
        Handles.recalculate(fcu);
    }

    /**
     * Blender's {@code BKE_fcurve_delete_key}: removes key {@code index} (negative: counted from
     * the end; out of range: nothing). Like Blender, the stored active-key index is left as is.
     */
    public static void deleteKey(FCurve fcu, int index) {
        int n = fcu.size();
        if (Math.abs(index) >= n) {
            return;
        }
        if (index < 0) {
            index += n;
        }
        int active = fcu.activeKeyframeIndex();
        fcu.removeKey(index);
        fcu.setActiveKeyframeIndex(active);
    }

    /**
     * Blender's {@code BKE_fcurve_delete_keys_selected}: removes every key whose control point
     * is selected ({@code f2}); returns whether any was removed. The active-key index is
     * cleared when the key at that index (counted as Blender's loop does) is deleted, and
     * otherwise left as stored.
     */
    public static boolean deleteSelectedKeys(FCurve fcu) {
        int n = fcu.size();
        if (n > 0 && allSelected(fcu.columns())) {
            // every key goes: Blender's loop counts no kept key, so only an active index of 0 is
            // cleared; the others stay as stored
            int active = fcu.activeKeyframeIndex();
            fcu.clearKeys();
            fcu.setActiveKeyframeIndex(active == 0 ? -1 : active);
            return true;
        }
        boolean[] remove = new boolean[n];
        int active = fcu.activeKeyframeIndex();
        int kept = 0;
        boolean changed = false;
        for (int r = 0; r < n; r++) {
            if (fcu.selected(r)) {
                if (kept == active) {
                    active = -1;
                }
                remove[r] = true;
                changed = true;
            } else {
                kept++;
            }
        }
        if (changed) {
            fcu.removeKeys(remove);
            fcu.setActiveKeyframeIndex(active);
        }
        return changed;
    }

    /** The flags read eight at a time. */
    private static final VarHandle FLAGS8 = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** Whether every key has its control point selected. */
    private static boolean allSelected(FCurve.Columns c) {
        byte[] flags = c.flags;
        int n = c.size;
        long mask = 0x0101010101010101L * FCurve.Columns.SELECT_KEY;
        int i = 0;
        for (; i + 8 <= n; i += 8) {
            if (((long) FLAGS8.get(flags, i) & mask) != mask) {
                return false;
            }
        }
        for (; i < n; i++) {
            if ((flags[i] & FCurve.Columns.SELECT_KEY) == 0) {
                return false;
            }
        }
        return true;
    }

    /** Blender's {@code BKE_fcurve_delete_keys_all}: removes every key. */
    public static void deleteAllKeys(FCurve fcu) {
        int active = fcu.activeKeyframeIndex();
        fcu.clearKeys();
        fcu.setActiveKeyframeIndex(active);
    }

    /**
     * Blender's {@code BKE_fcurve_is_empty}: no keys and no modifier of the "generate curve"
     * class (Generator, Built-In Function, Limits, Stepped, Python). Such curves are what the
     * delete tools remove; a Cycles modifier does not keep a curve.
     */
    public static boolean isEmpty(FCurve fcu) {
        return fcu.isEmpty();
    }
}
