package org.dopesheet.anim;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.dopesheet.model.AutoSmoothing;
import org.dopesheet.model.Extrapolation;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.HandleType;

/**
 * Automatic handle calculation of F-Curve keys, as Blender's {@code BKE_fcurve_handles_recalc}
 * ({@code fcurve.c}) with {@code BKE_nurb_handle_calc_ex} and
 * {@code BKE_nurb_handle_smooth_fcurve} ({@code curve.cc}) compute it (spec 4.7): AUTO,
 * AUTO_CLAMPED, VECTOR, ALIGNED and FREE handles, the end-key and extreme-key rules, cyclic
 * smoothing through a Cycles modifier and the Continuous Acceleration tridiagonal solve.
 */
public final class Handles {
    private static final float FLT_MAX = Float.MAX_VALUE;

    /** Total keys from which {@link #recalculateAll} spreads the curves over the processors. */
    public static final long PARALLEL_KEYS = 100_000;

    private Handles() {
    }

    /**
     * {@link #recalculate} on every curve of {@code curves}, in parallel across the curves when
     * they hold {@link #PARALLEL_KEYS} keys or more between them and the machine has several
     * processors. Each curve's result depends on that curve alone, so it is the same whatever
     * the order. The curves that a recalculation changes (two keys or more) are first recorded in
     * their document's open transaction, in list order as the loop would record them, so that the
     * change tracker (not thread-safe) is not called from the workers. A list holding a curve
     * twice is done in order, one curve at a time.
     */
    public static void recalculateAll(List<FCurve> curves) {
        if (!parallel(curves)) {
            for (FCurve c : curves) {
                recalculate(c);
            }
            return;
        }
        for (FCurve c : curves) {
            if (c.size() >= 2) {
                c.touch();
            }
        }
        IntStream.range(0, curves.size()).parallel().forEach(i -> recalculate(curves.get(i)));
    }

    /**
     * Whether work over {@code curves} is worth spreading over the processors: several processors,
     * several curves, no curve listed twice, {@link #PARALLEL_KEYS} keys or more.
     */
    public static boolean parallel(List<FCurve> curves) {
        if (curves.size() < 2 || Runtime.getRuntime().availableProcessors() < 2) {
            return false;
        }
        long keys = 0;
        for (FCurve c : curves) {
            keys += c.size();
        }
        if (keys < PARALLEL_KEYS) {
            return false;
        }
        Set<FCurve> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (FCurve c : curves) {
            if (!seen.add(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Blender's {@code BKE_fcurve_handles_recalc}: recomputes the handles of every key of
     * {@code fcu} from the key positions and handle types (keys are assumed sorted). Does
     * nothing for curves with fewer than two keys.
     */
    public static void recalculate(FCurve fcu) {
        int n = fcu.size();
        if (n < 2) {
            return;
        }
        boolean smooth = fcu.autoSmoothing() != AutoSmoothing.NONE;
        if (!smooth && Keyframes.cycleType(fcu) == CycleType.NONE) {
            if (fcu.handlesRecalculated()) {
                // nothing changed since the last (state-independent) recalculation: it would write
                // the same values; the curve is recorded as changed all the same, as writing does
                fcu.touch();
                return;
            }
            FCurve.Columns columns = fcu.columns();
            if (onlyVector(columns)) {
                recalculateVector(fcu);
                fcu.markHandlesRecalculated();
                return;
            }
            if (onlyAutoOrVector(columns)) {
                recalculateAutoVector(fcu);
                fcu.markHandlesRecalculated();
                return;
            }
        }
        recalculateGeneral(fcu);
    }

    /** The general path of {@link #recalculate} (every handle type, cycles, smoothing). */
    static void recalculateGeneral(FCurve fcu) {
        int n = fcu.size();
        if (n < 2) {
            return;
        }
        boolean smooth = fcu.autoSmoothing() != AutoSmoothing.NONE;
        boolean cycle = Keyframes.cycleType(fcu) != CycleType.NONE && isAutoH(fcu, 0) && isAutoH(fcu, n - 1);
        boolean constantExtend = fcu.extrapolation() == Extrapolation.CONSTANT;
        float firstX = fcu.x(0);
        float firstY = fcu.y(0);
        float lastX = fcu.x(n - 1);
        float lastY = fcu.y(n - 1);

        // Neighbour of the first key: none, or (cyclic) key n-2 shifted by (first - last). Exactly,
        // that frame is never after the first key (nor the last key's virtual neighbour before the
        // last key); in float the shift can round past it when the end keys are duplicated, which
        // would put the end key's handle on the wrong side of it, so both are held at their key.
        boolean hasPrev = cycle;
        float prevX = 0;
        float prevY = 0;
        if (cycle) {
            prevX = Math.min(fcu.x(n - 2) + (firstX - lastX), firstX);
            prevY = fcu.y(n - 2) + (firstY - lastY);
        }
        for (int i = 0; i < n; i++) {
            boolean hasNext;
            float nextX = 0;
            float nextY = 0;
            if (i < n - 1) {
                hasNext = true;
                nextX = fcu.x(i + 1);
                nextY = fcu.y(i + 1);
            } else {
                hasNext = cycle;
                if (cycle) {
                    nextX = Math.max(fcu.x(1) + (lastX - firstX), lastX);
                    nextY = fcu.y(1) + (lastY - firstY);
                }
            }
            float kx = fcu.x(i);
            if (fcu.leftX(i) > kx) {
                fcu.setLeft(i, kx, fcu.leftY(i));
            }
            if (fcu.rightX(i) < kx) {
                fcu.setRight(i, kx, fcu.rightY(i));
            }
            calcHandle(fcu, i, hasPrev, prevX, prevY, hasNext, nextX, nextY, smooth);

            if (isAutoH(fcu, i) && !cycle && (i == 0 || i == n - 1) && constantExtend) {
                float ky = fcu.y(i);
                fcu.setLeft(i, fcu.leftX(i), ky);
                fcu.setRight(i, fcu.rightX(i), ky);
                fcu.setAutoHandleLocked(i, true);
            }
            if (hasPrev && prevX >= kx) {
                if (i > 0) {
                    fcu.setAutoHandleLocked(i - 1, true);
                }
                fcu.setAutoHandleLocked(i, true);
            }
            hasPrev = true;
            prevX = kx;
            prevY = fcu.y(i);
        }
        if (cycle && (fcu.autoHandleLocked(0) || fcu.autoHandleLocked(n - 1))) {
            flatten(fcu, 0);
            flatten(fcu, n - 1);
        }
        if (smooth) {
            smoothFcurve(fcu, n, cycle);
        }
    }

    private static final byte AUTO = (byte) HandleType.AUTO.ordinal();
    private static final byte AUTO_CLAMPED = (byte) HandleType.AUTO_CLAMPED.ordinal();
    private static final byte VECTOR = (byte) HandleType.VECTOR.ordinal();

    /** Whether every handle of every key is AUTO, AUTO_CLAMPED or VECTOR. */
    private static boolean onlyAutoOrVector(FCurve.Columns c) {
        byte[] h1 = c.handleLeft;
        byte[] h2 = c.handleRight;
        for (int i = 0; i < c.size; i++) {
            byte a = h1[i];
            byte b = h2[i];
            if ((a != AUTO && a != AUTO_CLAMPED && a != VECTOR) || (b != AUTO && b != AUTO_CLAMPED && b != VECTOR)) {
                return false;
            }
        }
        return true;
    }

    private static boolean onlyVector(FCurve.Columns c) {
        byte[] h1 = c.handleLeft;
        byte[] h2 = c.handleRight;
        for (int i = 0; i < c.size; i++) {
            if ((h1[i] ^ VECTOR | h2[i] ^ VECTOR) != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #recalculate} without cycle and smoothing for a curve of two or more keys whose
     * handles are all VECTOR: each handle a third of the way towards its neighbouring key (the
     * missing neighbour of an end key reflected through it), a key on the frame of its
     * predecessor locked with it; the same arithmetic as {@link #calcHandle}. The stored values
     * are compared first: the arrays are copied (when shared with an undo state) and written only
     * from the first key whose values differ.
     */
    private static void recalculateVector(FCurve fcu) {
        fcu.touch();
        FCurve.Columns c = fcu.columns();
        final int n = c.size;
        float[] h = new float[4];
        int from = 0;
        while (from < n) {
            vectorHandles(c, from, h);
            if (Float.floatToRawIntBits(c.leftX[from]) != Float.floatToRawIntBits(h[0])
                    || Float.floatToRawIntBits(c.leftY[from]) != Float.floatToRawIntBits(h[1])
                    || Float.floatToRawIntBits(c.rightX[from]) != Float.floatToRawIntBits(h[2])
                    || Float.floatToRawIntBits(c.rightY[from]) != Float.floatToRawIntBits(h[3])
                    || c.flags[from] != vectorFlags(c, from)) {
                break;
            }
            from++;
        }
        if (from == n) {
            return;
        }
        // every handle from the first difference on is written: from the first key, the handle
        // arrays need no copy of their old values
        c = from == 0 ? fcu.handleColumnsForRewrite() : fcu.handleColumnsForWrite();
        final float[] x = c.x;
        final float[] y = c.y;
        final float[] hlx = c.leftX;
        final float[] hly = c.leftY;
        final float[] hrx = c.rightX;
        final float[] hry = c.rightY;
        final byte[] flags = c.flags;
        final byte locked = FCurve.Columns.LOCKED;
        if (from == 0) {
            writeVector(c, 0, h);
            from = 1;
        }
        // interior keys: both neighbours real (the hot loop, no end cases)
        final int last = n - 1;
        for (int i = from; i < last; i++) {
            float px = x[i];
            float py = y[i];
            float prevX = x[i - 1];
            float nextX = x[i + 1];
            hlx[i] = px + (px - prevX) * (-1.0f / 3.0f);
            hly[i] = py + (py - y[i - 1]) * (-1.0f / 3.0f);
            hrx[i] = px + (nextX - px) * (1.0f / 3.0f);
            hry[i] = py + (y[i + 1] - py) * (1.0f / 3.0f);
            int f = flags[i] & ~locked;
            if (prevX >= px || px >= nextX) {
                f |= locked;
            }
            flags[i] = (byte) f;
        }
        writeVector(c, last, h);
    }

    /**
     * The handles of key {@code i} of an all-VECTOR curve (two or more keys) into {@code out}
     * (left x, left y, right x, right y), the missing neighbour of an end key reflected through it.
     */
    private static void vectorHandles(FCurve.Columns c, int i, float[] out) {
        float[] x = c.x;
        float[] y = c.y;
        float p2x = x[i];
        float p2y = y[i];
        float dax;
        float day;
        float dbx;
        float dby;
        if (i == 0) {
            dbx = x[1] - p2x;
            dby = y[1] - p2y;
            dax = p2x - (2.0f * p2x - x[1]);
            day = p2y - (2.0f * p2y - y[1]);
        } else if (i == c.size - 1) {
            dax = p2x - x[i - 1];
            day = p2y - y[i - 1];
            dbx = (2.0f * p2x - x[i - 1]) - p2x;
            dby = (2.0f * p2y - y[i - 1]) - p2y;
        } else {
            dax = p2x - x[i - 1];
            day = p2y - y[i - 1];
            dbx = x[i + 1] - p2x;
            dby = y[i + 1] - p2y;
        }
        out[0] = p2x + dax * (-1.0f / 3.0f);
        out[1] = p2y + day * (-1.0f / 3.0f);
        out[2] = p2x + dbx * (1.0f / 3.0f);
        out[3] = p2y + dby * (1.0f / 3.0f);
    }

    /** The flags of key {@code i} of an all-VECTOR curve: locked when a neighbour is on or past its frame. */
    private static byte vectorFlags(FCurve.Columns c, int i) {
        float[] x = c.x;
        boolean lock = i > 0 && x[i - 1] >= x[i] || i < c.size - 1 && x[i] >= x[i + 1];
        int f = c.flags[i] & ~FCurve.Columns.LOCKED;
        return (byte) (lock ? f | FCurve.Columns.LOCKED : f);
    }

    /** Writes key {@code i}'s VECTOR handles and flags into columns obtained for writing. */
    private static void writeVector(FCurve.Columns c, int i, float[] scratch) {
        vectorHandles(c, i, scratch);
        byte f = vectorFlags(c, i);
        c.leftX[i] = scratch[0];
        c.leftY[i] = scratch[1];
        c.rightX[i] = scratch[2];
        c.rightY[i] = scratch[3];
        c.flags[i] = f;
    }

    /**
     * {@link #recalculate} without cycle and smoothing for a curve whose handles are all AUTO,
     * AUTO_CLAMPED or VECTOR, over the key columns: the same arithmetic as the general path
     * ({@link #calcHandle} without its ALIGNED and FREE cases), whose result depends only on the
     * key points, the handle types and the extrapolation.
     */
    private static void recalculateAutoVector(FCurve fcu) {
        // recorded as changed, but the arrays are copied (when shared with an undo state) only at
        // the first value that differs: recalculating handles that are right copies nothing
        fcu.touch();
        FCurve.Columns c = fcu.columns();
        boolean owned = false;
        int n = c.size;
        float[] x = c.x;
        float[] y = c.y;
        float[] hlxs = c.leftX;
        float[] hlys = c.leftY;
        float[] hrxs = c.rightX;
        float[] hrys = c.rightY;
        byte[] h1s = c.handleLeft;
        byte[] h2s = c.handleRight;
        byte[] flags = c.flags;
        final byte locked = FCurve.Columns.LOCKED;
        boolean constantExtend = fcu.extrapolation() == Extrapolation.CONSTANT;
        for (int i = 0; i < n; i++) {
            boolean hasPrev = i > 0;
            boolean hasNext = i < n - 1;
            float prevX = hasPrev ? x[i - 1] : 0;
            float prevY = hasPrev ? y[i - 1] : 0;
            float nextX = hasNext ? x[i + 1] : 0;
            float nextY = hasNext ? y[i + 1] : 0;
            float p2x = x[i];
            float p2y = y[i];
            float hlx = hlxs[i];
            float hly = hlys[i];
            float hrx = hrxs[i];
            float hry = hrys[i];
            if (hlx > p2x) {
                hlx = p2x;
            }
            if (hrx < p2x) {
                hrx = p2x;
            }
            int f = flags[i] & ~locked;
            byte h1 = h1s[i];
            byte h2 = h2s[i];
            boolean auto1 = h1 != VECTOR;
            boolean auto2 = h2 != VECTOR;
            float p1x;
            float p1y;
            float p3x;
            float p3y;
            if (!hasPrev) {
                p3x = nextX;
                p3y = nextY;
                p1x = 2.0f * p2x - p3x;
                p1y = 2.0f * p2y - p3y;
            } else {
                p1x = prevX;
                p1y = prevY;
            }
            if (!hasNext) {
                p3x = 2.0f * p2x - p1x;
                p3y = 2.0f * p2y - p1y;
            } else {
                p3x = nextX;
                p3y = nextY;
            }
            float dax = p2x - p1x;
            float day = p2y - p1y;
            float dbx = p3x - p2x;
            float dby = p3y - p2y;
            float lenA = dax;
            float lenB = dbx;
            if (lenA == 0.0f) {
                lenA = 1.0f;
            }
            if (lenB == 0.0f) {
                lenB = 1.0f;
            }
            boolean lock = false;
            if (auto1 || auto2) {
                float tvx = dbx / lenB + dax / lenA;
                float tvy = dby / lenB + day / lenA;
                float len = tvx;
                len *= 2.5614f;
                if (len != 0.0f) {
                    boolean leftViolate = false;
                    boolean rightViolate = false;
                    if (lenA > 5.0f * lenB) {
                        lenA = 5.0f * lenB;
                    }
                    if (lenB > 5.0f * lenA) {
                        lenB = 5.0f * lenA;
                    }
                    if (auto1) {
                        lenA /= len;
                        hlx = p2x + tvx * -lenA;
                        hly = p2y + tvy * -lenA;
                        if (h1 == AUTO_CLAMPED && hasNext && hasPrev) {
                            float ydiff1 = prevY - p2y;
                            float ydiff2 = nextY - p2y;
                            if ((ydiff1 <= 0.0f && ydiff2 <= 0.0f) || (ydiff1 >= 0.0f && ydiff2 >= 0.0f)) {
                                hly = p2y;
                                lock = true;
                            } else if (ydiff1 <= 0.0f) {
                                if (prevY > hly) {
                                    hly = prevY;
                                    leftViolate = true;
                                }
                            } else if (prevY < hly) {
                                hly = prevY;
                                leftViolate = true;
                            }
                        }
                    }
                    if (auto2) {
                        lenB /= len;
                        hrx = p2x + tvx * lenB;
                        hry = p2y + tvy * lenB;
                        if (h2 == AUTO_CLAMPED && hasNext && hasPrev) {
                            float ydiff1 = prevY - p2y;
                            float ydiff2 = nextY - p2y;
                            if ((ydiff1 <= 0.0f && ydiff2 <= 0.0f) || (ydiff1 >= 0.0f && ydiff2 >= 0.0f)) {
                                hry = p2y;
                                lock = true;
                            } else if (ydiff1 <= 0.0f) {
                                if (nextY < hry) {
                                    hry = nextY;
                                    rightViolate = true;
                                }
                            } else if (nextY > hry) {
                                hry = nextY;
                                rightViolate = true;
                            }
                        }
                    }
                    if (leftViolate) {
                        hry = collinearHeight(p2y, hly, hlx - p2x, p2x - hrx, hry);
                    } else if (rightViolate) {
                        hly = collinearHeight(p2y, hry, p2x - hrx, hlx - p2x, hly);
                    }
                }
            }
            if (!auto1) {
                hlx = p2x + dax * (-1.0f / 3.0f);
                hly = p2y + day * (-1.0f / 3.0f);
            }
            if (!auto2) {
                hrx = p2x + dbx * (1.0f / 3.0f);
                hry = p2y + dby * (1.0f / 3.0f);
            }
            if (lock) {
                f |= locked;
            }
            if (auto1 && auto2 && (i == 0 || i == n - 1) && constantExtend) {
                hly = p2y;
                hry = p2y;
                f |= locked;
            }
            // a key on or past its neighbour's frame is locked with it (both sides decided here,
            // so that each key's flags are final when they are compared)
            if (hasPrev && prevX >= p2x || hasNext && p2x >= nextX) {
                f |= locked;
            }
            if (!owned && (Float.floatToRawIntBits(hlxs[i]) != Float.floatToRawIntBits(hlx)
                    || Float.floatToRawIntBits(hlys[i]) != Float.floatToRawIntBits(hly)
                    || Float.floatToRawIntBits(hrxs[i]) != Float.floatToRawIntBits(hrx)
                    || Float.floatToRawIntBits(hrys[i]) != Float.floatToRawIntBits(hry) || flags[i] != (byte) f)) {
                c = fcu.handleColumnsForWrite();
                hlxs = c.leftX;
                hlys = c.leftY;
                hrxs = c.rightX;
                hrys = c.rightY;
                flags = c.flags;
                owned = true;
            }
            if (owned) {
                hlxs[i] = hlx;
                hlys[i] = hly;
                hrxs[i] = hrx;
                hrys[i] = hry;
                flags[i] = (byte) f;
            }
        }
    }

    private static void flatten(FCurve fcu, int i) {
        float y = fcu.y(i);
        fcu.setLeft(i, fcu.leftX(i), y);
        fcu.setRight(i, fcu.rightX(i), y);
        fcu.setAutoHandleLocked(i, true);
    }

    /** {@code BEZT_IS_AUTOH}: both handles AUTO or AUTO_CLAMPED. */
    static boolean isAutoH(FCurve fcu, int i) {
        return isAuto(fcu.handleLeft(i)) && isAuto(fcu.handleRight(i));
    }

    private static boolean isAuto(HandleType h) {
        return h == HandleType.AUTO || h == HandleType.AUTO_CLAMPED;
    }

    /**
     * Blender's {@code calchandleNurb_intern} for an F-Curve key: auto (with clamping), vector and
     * aligned handles of key {@code i} from the neighbouring key positions (absent neighbours
     * are reflected through the key).
     */
    static void calcHandle(FCurve fcu, int i, boolean hasPrev, float prevX, float prevY, boolean hasNext,
            float nextX, float nextY, boolean smooth) {
        fcu.setAutoHandleLocked(i, false);
        HandleType h1 = fcu.handleLeft(i);
        HandleType h2 = fcu.handleRight(i);
        if (h1 == HandleType.FREE && h2 == HandleType.FREE) {
            return;
        }
        float p2x = fcu.x(i);
        float p2y = fcu.y(i);
        float p1x;
        float p1y;
        float p3x;
        float p3y;
        if (!hasPrev) {
            p3x = nextX;
            p3y = nextY;
            p1x = 2.0f * p2x - p3x;
            p1y = 2.0f * p2y - p3y;
        } else {
            p1x = prevX;
            p1y = prevY;
        }
        if (!hasNext) {
            p3x = 2.0f * p2x - p1x;
            p3y = 2.0f * p2y - p1y;
        } else {
            p3x = nextX;
            p3y = nextY;
        }
        float dax = p2x - p1x;
        float day = p2y - p1y;
        float dbx = p3x - p2x;
        float dby = p3y - p2y;
        float lenA = dax;
        float lenB = dbx;
        if (lenA == 0.0f) {
            lenA = 1.0f;
        }
        if (lenB == 0.0f) {
            lenB = 1.0f;
        }
        float hlx = fcu.leftX(i);
        float hly = fcu.leftY(i);
        float hrx = fcu.rightX(i);
        float hry = fcu.rightY(i);
        boolean locked = false;

        if (isAuto(h1) || isAuto(h2)) {
            float tvx = dbx / lenB + dax / lenA;
            float tvy = dby / lenB + day / lenA;
            float len = smooth ? 6.0f / 2.5614f : tvx;
            len *= 2.5614f;
            if (len != 0.0f) {
                boolean leftViolate = false;
                boolean rightViolate = false;
                if (!smooth) {
                    if (lenA > 5.0f * lenB) {
                        lenA = 5.0f * lenB;
                    }
                    if (lenB > 5.0f * lenA) {
                        lenB = 5.0f * lenA;
                    }
                }
                if (isAuto(h1)) {
                    lenA /= len;
                    hlx = p2x + tvx * -lenA;
                    hly = p2y + tvy * -lenA;
                    if (h1 == HandleType.AUTO_CLAMPED && hasNext && hasPrev) {
                        float ydiff1 = prevY - p2y;
                        float ydiff2 = nextY - p2y;
                        if ((ydiff1 <= 0.0f && ydiff2 <= 0.0f) || (ydiff1 >= 0.0f && ydiff2 >= 0.0f)) {
                            hly = p2y;
                            locked = true;
                        } else if (ydiff1 <= 0.0f) {
                            if (prevY > hly) {
                                hly = prevY;
                                leftViolate = true;
                            }
                        } else if (prevY < hly) {
                            hly = prevY;
                            leftViolate = true;
                        }
                    }
                }
                if (isAuto(h2)) {
                    lenB /= len;
                    hrx = p2x + tvx * lenB;
                    hry = p2y + tvy * lenB;
                    if (h2 == HandleType.AUTO_CLAMPED && hasNext && hasPrev) {
                        float ydiff1 = prevY - p2y;
                        float ydiff2 = nextY - p2y;
                        if ((ydiff1 <= 0.0f && ydiff2 <= 0.0f) || (ydiff1 >= 0.0f && ydiff2 >= 0.0f)) {
                            hry = p2y;
                            locked = true;
                        } else if (ydiff1 <= 0.0f) {
                            if (nextY < hry) {
                                hry = nextY;
                                rightViolate = true;
                            }
                        } else if (nextY > hry) {
                            hry = nextY;
                            rightViolate = true;
                        }
                    }
                }
                if (leftViolate) {
                    hry = collinearHeight(p2y, hly, hlx - p2x, p2x - hrx, hry);
                } else if (rightViolate) {
                    hly = collinearHeight(p2y, hry, p2x - hrx, hlx - p2x, hly);
                }
            }
        }
        if (h1 == HandleType.VECTOR) {
            hlx = p2x + dax * (-1.0f / 3.0f);
            hly = p2y + day * (-1.0f / 3.0f);
        }
        if (h2 == HandleType.VECTOR) {
            hrx = p2x + dbx * (1.0f / 3.0f);
            hry = p2y + dby * (1.0f / 3.0f);
        }
        if (!(h1 == HandleType.FREE || h2 == HandleType.FREE)
                && (h1 == HandleType.ALIGNED || h2 == HandleType.ALIGNED)) {
            final float eps = 1e-5f;
            float la = length(p2x - hlx, p2y - hly);
            float lb = length(p2x - hrx, p2y - hry);
            if (la == 0.0f) {
                la = 1.0f;
            }
            if (lb == 0.0f) {
                lb = 1.0f;
            }
            float ratio = la / lb;
            if (fcu.leftSelected(i)) {
                if (h2 == HandleType.ALIGNED && la > eps) {
                    float f = 1.0f / ratio;
                    hrx = p2x + f * (p2x - hlx);
                    hry = p2y + f * (p2y - hly);
                }
                if (h1 == HandleType.ALIGNED && lb > eps) {
                    hlx = p2x + ratio * (p2x - hrx);
                    hly = p2y + ratio * (p2y - hry);
                }
            } else {
                if (h1 == HandleType.ALIGNED && lb > eps) {
                    hlx = p2x + ratio * (p2x - hrx);
                    hly = p2y + ratio * (p2y - hry);
                }
                if (h2 == HandleType.ALIGNED && la > eps) {
                    float f = 1.0f / ratio;
                    hrx = p2x + f * (p2x - hlx);
                    hry = p2y + f * (p2y - hly);
                }
            }
        }
        fcu.setLeft(i, hlx, hly);
        fcu.setRight(i, hrx, hry);
        if (locked) {
            fcu.setAutoHandleLocked(i, true);
        }
    }

    /**
     * The height of the handle opposite a clamped ("violating") auto-clamped handle, re-aligned to
     * stay collinear with it through the key: {@code key + slope(clamped) * otherDx}, where
     * {@code clampedDx} and {@code otherDx} are the two handles' x lengths (key minus handle on
     * the left, handle minus key on the right, as Blender measures them).
     * <p>
     * Blender divides by {@code clampedDx} even when it is 0 (a key between neighbours on its own
     * frame under Continuous Acceleration smoothing, or a handle shorter than the float spacing at
     * that frame) and stores the NaN or infinity; a vertical handle has no slope to align to, so
     * the opposite handle keeps {@code otherY} instead. Otherwise the result is Blender's.
     */
    static float collinearHeight(float keyY, float clampedY, float clampedDx, float otherDx, float otherY) {
        if (clampedDx == 0.0f) {
            return otherY;
        }
        return keyY + ((keyY - clampedY) / clampedDx) * otherDx;
    }

    /** {@code len_v3}/{@code len_v3v3} of a 2D vector (z is 0 for F-Curves), in float. */
    private static float length(float dx, float dy) {
        return (float) Math.sqrt(dx * dx + dy * dy);
    }

    // ---- Continuous Acceleration smoothing (BKE_nurb_handle_smooth_fcurve) -------------------

    private static boolean isFreeAutoPoint(FCurve fcu, int i) {
        return isAutoH(fcu, i) && !fcu.autoHandleLocked(i);
    }

    private static boolean hasAutoClamped(FCurve fcu, int i) {
        return fcu.handleLeft(i) == HandleType.AUTO_CLAMPED || fcu.handleRight(i) == HandleType.AUTO_CLAMPED;
    }

    /** Scratch arrays of one smoothing pass, sized for the longest run. */
    private static final class Work {
        final float[] dx, dy, l, a, b, c, d, h, hmax, hmin, a0, b0, c0, d0, tmp, b2;
        final double[] c1, d1;
        final boolean[] isLocked;
        final byte[] numUnlocks;

        Work(int n) {
            dx = new float[n];
            dy = new float[n];
            l = new float[n];
            a = new float[n];
            b = new float[n];
            c = new float[n];
            d = new float[n];
            h = new float[n];
            hmax = new float[n];
            hmin = new float[n];
            a0 = new float[n];
            b0 = new float[n];
            c0 = new float[n];
            d0 = new float[n];
            tmp = new float[n];
            b2 = new float[n];
            c1 = new double[n];
            d1 = new double[n];
            isLocked = new boolean[n];
            numUnlocks = new byte[n];
        }
    }

    /**
     * Blender's {@code BKE_nurb_handle_smooth_fcurve}: splits the curve into runs of free auto
     * points (bounded by the neighbouring non-free points; wrapping in cyclic mode) and smooths
     * each run.
     */
    static void smoothFcurve(FCurve fcu, int total, boolean cyclic) {
        cyclic = cyclic && isFreeAutoPoint(fcu, 0) && isFreeAutoPoint(fcu, total - 1);
        Work w = new Work(total + 1);
        int searchBase = 0;
        if (cyclic) {
            for (int i = 1; i < total - 1; i++) {
                if (!isFreeAutoPoint(fcu, i)) {
                    searchBase = i;
                    break;
                }
            }
            if (searchBase == 0) {
                smoothRun(fcu, w, total, 0, total, cyclic);
                return;
            }
        }
        int start = searchBase;
        int count = 1;
        for (int i = 1, j = start + 1; i < total; i++, j++) {
            if (j == total - 1 && cyclic) {
                j = 0;
            }
            if (!isFreeAutoPoint(fcu, j)) {
                smoothRun(fcu, w, total, start, count + 1, cyclic);
                start = j;
                count = 1;
            } else {
                count++;
            }
        }
        if (count > 1) {
            smoothRun(fcu, w, total, start, count, cyclic);
        }
    }

    private static boolean checkSolveEndHandle(FCurve fcu, int i, HandleType htype, boolean end) {
        return htype == HandleType.VECTOR || (end && isAuto(htype) && !fcu.autoHandleLocked(i));
    }

    /** Blender's {@code bezier_handle_calc_smooth_fcurve} for one run of points. */
    private static void smoothRun(FCurve fcu, Work w, int total, int start, int count, boolean cycle) {
        if (count < 2) {
            return;
        }
        int solveCount = count;
        boolean fullCycle = start == 0 && count == total && cycle;
        int first = start;
        int last = (start + count > total) ? start + count - total : start + count - 1;
        boolean solveFirst = checkSolveEndHandle(fcu, first, fcu.handleRight(first), start == 0);
        boolean solveLast = checkSolveEndHandle(fcu, last, fcu.handleLeft(last), start + count == total);
        if (count == 2 && !fullCycle && solveFirst == solveLast) {
            return;
        }
        float[] dx = w.dx;
        float[] dy = w.dy;
        float[] l = w.l;
        float[] a = w.a;
        float[] b = w.b;
        float[] c = w.c;
        float[] d = w.d;
        float[] hmax = w.hmax;
        float[] hmin = w.hmin;

        dx[0] = Float.NaN;
        dy[0] = Float.NaN;
        for (int i = 1, j = start + 1; i < count; i++, j++) {
            dx[i] = fcu.x(j) - fcu.x(j - 1);
            dy[i] = fcu.y(j) - fcu.y(j - 1);
            if (cycle && j == total - 1) {
                j = 0;
            }
        }
        if (fullCycle) {
            dx[0] = dx[count - 1];
            dy[0] = dy[count - 1];
            l[0] = dx[1] / dx[0];
            l[count - 1] = l[0];
        } else {
            l[0] = 1.0f;
            l[count - 1] = 1.0f;
        }
        for (int i = 1; i < count - 1; i++) {
            l[i] = dx[i + 1] / dx[i];
        }

        boolean clampedPrev;
        boolean clampedCur = hasAutoClamped(fcu, first);
        for (int i = 0; i < count; i++) {
            hmax[i] = FLT_MAX;
            hmin[i] = -FLT_MAX;
        }
        for (int i = 1, j = start + 1; i < count; i++, j++) {
            clampedPrev = clampedCur;
            clampedCur = hasAutoClamped(fcu, j);
            if (cycle && j == total - 1) {
                j = 0;
                clampedCur = clampedCur || hasAutoClamped(fcu, j);
            }
            clamp(hmax, hmin, i - 1, dy[i], clampedPrev, clampedPrev);
            clamp(hmax, hmin, i, dy[i] * l[i], clampedCur, clampedCur);
        }

        float firstHandleAdj = 0.0f;
        float lastHandleAdj = 0.0f;
        if (fullCycle) {
            int i = count - 1;
            solveCount = i;
            hmin[0] = Math.max(hmin[0], hmin[i]);
            hmax[0] = Math.min(hmax[0], hmax[i]);
            solveFirst = true;
            solveLast = true;
            eqContinuous(a, b, c, d, dy, l, 0);
        } else {
            if (!solveFirst) {
                float hx = fcu.rightX(first) - fcu.x(first);
                float hy = fcu.rightY(first) - fcu.y(first);
                float fac = dx[1] / (hx + dx[1] / 3.0f);
                if (fac < 1.0f) {
                    hx *= fac;
                    hy *= fac;
                }
                firstHandleAdj = 1.0f - 3.0f * hx / dx[1];
                lockUnknown(a, b, c, d, 0, hy);
            } else {
                a[0] = 0.0f;
                b[0] = 2.0f;
                c[0] = 1.0f / l[1];
                d[0] = dy[1];
            }
            if (!solveLast) {
                float hx = fcu.x(last) - fcu.leftX(last);
                float hy = fcu.y(last) - fcu.leftY(last);
                float dxl = dx[count - 1];
                float fac = dxl / (hx + dxl / 3.0f);
                if (fac < 1.0f) {
                    hx *= fac;
                    hy *= fac;
                }
                lastHandleAdj = 1.0f - 3.0f * hx / dxl;
                lockUnknown(a, b, c, d, count - 1, hy);
            } else {
                int i = count - 1;
                a[i] = l[i] * l[i];
                b[i] = 2.0f * l[i];
                c[i] = 0.0f;
                d[i] = dy[i] * l[i] * l[i];
            }
        }
        for (int i = 1; i < count - 1; i++) {
            eqContinuous(a, b, c, d, dy, l, i);
        }
        if (!fullCycle) {
            if (count > 2 || solveLast) {
                b[1] += l[1] * firstHandleAdj;
            }
            if (count > 2 || solveFirst) {
                b[count - 2] += lastHandleAdj;
            }
        }
        float[] h = w.h;
        if (!solveWithLimits(w, solveCount)) {
            return;
        }
        if (fullCycle) {
            h[count - 1] = h[0];
        }
        for (int i = 1, j = start + 1; i < count - 1; i++, j++) {
            boolean end = (j == total - 1);
            outputHandle(fcu, j, false, -h[i] / l[i], end);
            if (end) {
                j = 0;
            }
            outputHandle(fcu, j, true, h[i], end);
        }
        if (solveFirst) {
            outputHandle(fcu, first, true, h[0], start == 0);
        }
        if (solveLast) {
            outputHandle(fcu, last, false, -h[count - 1] / l[count - 1], start + count == total);
        }
    }

    private static void eqContinuous(float[] a, float[] b, float[] c, float[] d, float[] dy, float[] l, int i) {
        a[i] = l[i] * l[i];
        b[i] = 2.0f * (l[i] + 1);
        c[i] = 1.0f / l[i + 1];
        d[i] = dy[i] * l[i] * l[i] + dy[i + 1];
    }

    private static void lockUnknown(float[] a, float[] b, float[] c, float[] d, int i, float value) {
        a[i] = 0.0f;
        c[i] = 0.0f;
        b[i] = 1.0f;
        d[i] = value;
    }

    /** Blender's {@code bezier_clamp}. */
    private static void clamp(float[] hmax, float[] hmin, int i, float dy, boolean noReverse, boolean noOvershoot) {
        if (dy > 0) {
            if (noOvershoot) {
                hmax[i] = Math.min(hmax[i], dy);
            }
            if (noReverse) {
                hmin[i] = 0.0f;
            }
        } else if (dy < 0) {
            if (noReverse) {
                hmax[i] = 0.0f;
            }
            if (noOvershoot) {
                hmin[i] = Math.max(hmin[i], dy);
            }
        } else if (noReverse || noOvershoot) {
            hmax[i] = 0.0f;
            hmin[i] = 0.0f;
        }
    }

    /** Blender's {@code bezier_output_handle}: writes a solved handle height. */
    private static void outputHandle(FCurve fcu, int i, boolean right, float dy, boolean endpoint) {
        HandleType hr = right ? fcu.handleRight(i) : fcu.handleLeft(i);
        HandleType hm = right ? fcu.handleLeft(i) : fcu.handleRight(i);
        if (!(isAuto(hr) || hr == HandleType.VECTOR)) {
            return;
        }
        float kx = fcu.x(i);
        float ky = fcu.y(i);
        float nx = right ? fcu.rightX(i) : fcu.leftX(i);
        float ny = ky + dy;
        if (right) {
            fcu.setRight(i, nx, ny);
        } else {
            fcu.setLeft(i, nx, ny);
        }
        float ox = right ? fcu.leftX(i) : fcu.rightX(i);
        float oy = right ? fcu.leftY(i) : fcu.rightY(i);
        if (hm == HandleType.ALIGNED) {
            float hlen = length(kx - ox, ky - oy);
            float h2len = length(kx - nx, ky - ny);
            float tx = kx - nx;
            float ty = ky - ny;
            float f = hlen / h2len;
            setOther(fcu, i, right, kx + tx * f, ky + ty * f);
        } else if (endpoint && (isAuto(hm) || hm == HandleType.VECTOR)) {
            float tx = kx - nx;
            float ty = ky - ny;
            setOther(fcu, i, right, kx + tx, ky + ty);
        }
    }

    private static void setOther(FCurve fcu, int i, boolean right, float x, float y) {
        if (right) {
            fcu.setLeft(i, x, y);
        } else {
            fcu.setRight(i, x, y);
        }
    }

    /** Blender's {@code tridiagonal_solve_with_limits}: solve, lock overshooting unknowns, relax. */
    private static boolean solveWithLimits(Work w, int n) {
        float[] a = w.a;
        float[] b = w.b;
        float[] c = w.c;
        float[] d = w.d;
        float[] h = w.h;
        float[] hmin = w.hmin;
        float[] hmax = w.hmax;
        System.arraycopy(a, 0, w.a0, 0, n);
        System.arraycopy(b, 0, w.b0, 0, n);
        System.arraycopy(c, 0, w.c0, 0, n);
        System.arraycopy(d, 0, w.d0, 0, n);
        boolean[] isLocked = w.isLocked;
        byte[] numUnlocks = w.numUnlocks;
        for (int i = 0; i < n; i++) {
            isLocked[i] = false;
            numUnlocks[i] = 0;
        }
        boolean overshoot;
        boolean unlocked;
        do {
            if (!solveCyclic(w, a, b, c, d, h, n)) {
                return false;
            }
            boolean all = false;
            boolean locked = false;
            overshoot = false;
            unlocked = false;
            do {
                for (int i = 0; i < n; i++) {
                    if (h[i] >= hmin[i] && h[i] <= hmax[i]) {
                        continue;
                    }
                    overshoot = true;
                    float target = h[i] > hmax[i] ? hmax[i] : hmin[i];
                    if (target != 0.0f || all) {
                        isLocked[i] = true;
                        lockUnknown(a, b, c, d, i, target);
                        locked = true;
                    }
                }
                all = true;
            } while (overshoot && !locked);
            if (!locked) {
                for (int i = 0; i < n; i++) {
                    if (!isLocked[i] || numUnlocks[i] >= 2) {
                        continue;
                    }
                    float relax = relaxDirection(w.a0, w.b0, w.c0, w.d0, h, i, n);
                    if ((relax > 0 && h[i] < hmax[i]) || (relax < 0 && h[i] > hmin[i])) {
                        a[i] = w.a0[i];
                        b[i] = w.b0[i];
                        c[i] = w.c0[i];
                        d[i] = w.d0[i];
                        isLocked[i] = false;
                        numUnlocks[i]++;
                        unlocked = true;
                    }
                }
            }
        } while (overshoot || unlocked);
        return true;
    }

    private static float relaxDirection(float[] a, float[] b, float[] c, float[] d, float[] h, int i, int count) {
        float state = a[i] * h[(i + count - 1) % count] + b[i] * h[i] + c[i] * h[(i + 1) % count] - d[i];
        return -state * b[i];
    }

    /** Blender's {@code BLI_tridiagonal_solve_cyclic}. */
    private static boolean solveCyclic(Work w, float[] a, float[] b, float[] c, float[] d, float[] x, int count) {
        if (count < 1) {
            return false;
        }
        if (count == 1) {
            x[0] = d[0] / (a[0] + b[0] + c[0]);
            return Float.isFinite(x[0]);
        }
        if (count == 2) {
            // Degenerate cyclic case: fold the wrap-around coefficients into the plain system.
            float[] a2 = w.tmp;
            float[] c2 = w.b2;
            a2[0] = 0;
            a2[1] = a[1] + c[1];
            c2[0] = a[0] + c[0];
            c2[1] = 0;
            return solve(w, a2, b, c2, d, x, 2);
        }
        float a0 = a[0];
        float cN = c[count - 1];
        if (a0 == 0.0f && cN == 0.0f) {
            return solve(w, a, b, c, d, x, count);
        }
        float[] tmp = w.tmp;
        float[] b2 = w.b2;
        System.arraycopy(b, 0, b2, 0, count);
        b2[0] -= a0;
        b2[count - 1] -= cN;
        for (int i = 0; i < count; i++) {
            tmp[i] = 0;
        }
        tmp[0] = a0;
        tmp[count - 1] = cN;
        boolean success = solve(w, a, b2, c, tmp, tmp, count) && solve(w, a, b2, c, d, x, count);
        if (success) {
            float coeff = (x[0] + x[count - 1]) / (1.0f + tmp[0] + tmp[count - 1]);
            for (int i = 0; i < count; i++) {
                x[i] -= coeff * tmp[i];
            }
        }
        return success;
    }

    /** Blender's {@code BLI_tridiagonal_solve}: the Thomas algorithm in double precision. */
    private static boolean solve(Work w, float[] a, float[] b, float[] c, float[] d, float[] x, int count) {
        if (count < 1) {
            return false;
        }
        double[] c1 = w.c1;
        double[] d1 = w.d1;
        double cPrev = ((double) c[0]) / b[0];
        double dPrev = ((double) d[0]) / b[0];
        c1[0] = cPrev;
        d1[0] = dPrev;
        int i;
        for (i = 1; i < count; i++) {
            double denum = b[i] - a[i] * cPrev;
            cPrev = c[i] / denum;
            dPrev = (d[i] - a[i] * dPrev) / denum;
            c1[i] = cPrev;
            d1[i] = dPrev;
        }
        double xPrev = dPrev;
        x[--i] = (float) xPrev;
        while (--i >= 0) {
            xPrev = d1[i] - c1[i] * xPrev;
            x[i] = (float) xPrev;
        }
        return Double.isFinite(xPrev);
    }
}
