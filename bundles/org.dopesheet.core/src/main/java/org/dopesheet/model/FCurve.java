package org.dopesheet.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * An F-Curve: the animation of one property element ({@code dataPath[arrayIndex]}) by keyframes.
 * <p>
 * Keys are stored column-wise in flat primitive arrays (no object per key): coordinates and
 * handles as 32-bit floats as Blender stores them, the per-key enums and flags as bytes. A key
 * costs 42 bytes at exact capacity (9 floats, 6 bytes). Key {@code i} is addressed by index; the
 * editing tools keep keys sorted by frame, but the curve does not force it (Blender does not
 * either: {@code keyframe_points.add()} may leave unsorted keys until {@code update()}).
 * <p>
 * Selection follows Blender's three flags per key: {@code f1} left handle, {@code f2} the key,
 * {@code f3} right handle ({@link #selected(int)} is {@code f2}).
 */
public final class FCurve extends ModelNode {
    /** Per-key flag bits. */
    static final byte SEL_KEY = 1, SEL_LEFT = 2, SEL_RIGHT = 4, AUTO_LOCKED = 8;
    private static final Interpolation[] IPO = Interpolation.values();
    private static final HandleType[] HANDLE = HandleType.values();
    private static final Easing[] EASING = Easing.values();
    private static final KeyframeType[] KEYTYPE = KeyframeType.values();

    /** Blender's defaults for back / amplitude / period of inserted keys. */
    public static final float DEFAULT_BACK = 1.70158f, DEFAULT_AMPLITUDE = 0.8f, DEFAULT_PERIOD = 4.1f;

    private String dataPath;
    private int arrayIndex;
    private ActionGroup group;
    private boolean select, hide, lock, mute, active, intValues, discreteValues;
    private int activeKeyframeIndex = -1;
    private Extrapolation extrapolation = Extrapolation.CONSTANT;
    private AutoSmoothing autoSmoothing = AutoSmoothing.NONE;
    private ArrayList<FModifier> modifiers = new ArrayList<>();

    private int n;
    private float[] x, y, hlx, hly, hrx, hry, back, amplitude, period;
    private byte[] ipo, h1, h2, easing, type, flags;

    /*
     * Copy-on-write of the key arrays: a snapshot (undo state, curve copy) takes the arrays
     * themselves and sets their bits here; the first write to a shared array afterwards copies it
     * (own). A transaction that only changes selection copies only the flags.
     */
    private static final int A_X = 1, A_Y = 1 << 1, A_HLX = 1 << 2, A_HLY = 1 << 3, A_HRX = 1 << 4, A_HRY = 1 << 5,
            A_BACK = 1 << 6, A_AMPLITUDE = 1 << 7, A_PERIOD = 1 << 8, A_IPO = 1 << 9, A_H1 = 1 << 10, A_H2 = 1 << 11,
            A_EASING = 1 << 12, A_TYPE = 1 << 13, A_FLAGS = 1 << 14, A_ALL = (1 << 15) - 1;
    private int shared;
    /**
     * The arrays whose writes can change what a handle recalculation computes (or overwrites):
     * points, handles and handle types. Interpolation, easing, key type, back/amplitude/period and
     * selection do not take part; the auto-handle lock is set apart (setAutoHandleLocked).
     */
    private static final int HANDLE_INPUTS = A_X | A_Y | A_HLX | A_HLY | A_HRX | A_HRY | A_H1 | A_H2;
    /** Set by {@link #markHandlesRecalculated()}; cleared by every change of the key arrays. */
    private boolean handlesRecalculated;

    /** A new curve without keys. */
    public FCurve(String dataPath, int arrayIndex) {
        this.dataPath = dataPath;
        this.arrayIndex = arrayIndex;
        allocate(0);
    }

    private void allocate(int cap) {
        shared = 0;
        handlesRecalculated = false;
        x = new float[cap];
        y = new float[cap];
        hlx = new float[cap];
        hly = new float[cap];
        hrx = new float[cap];
        hry = new float[cap];
        back = new float[cap];
        amplitude = new float[cap];
        period = new float[cap];
        ipo = new byte[cap];
        h1 = new byte[cap];
        h2 = new byte[cap];
        easing = new byte[cap];
        type = new byte[cap];
        flags = new byte[cap];
    }

    /** Whether two floats are the same value, bit for bit (so writing one over the other changes nothing). */
    private static boolean same(float a, float b) {
        return Float.floatToRawIntBits(a) == Float.floatToRawIntBits(b);
    }

    /** Makes the arrays of {@code bits} this curve's own (copies those shared with a snapshot). */
    private void own(int bits) {
        if ((bits & HANDLE_INPUTS) != 0) {
            handlesRecalculated = false;
        }
        if ((shared & bits) != 0) {
            unshare(shared & bits);
        }
    }

    private void unshare(int bits) {
        if ((bits & A_X) != 0) {
            x = x.clone();
        }
        if ((bits & A_Y) != 0) {
            y = y.clone();
        }
        if ((bits & A_HLX) != 0) {
            hlx = hlx.clone();
        }
        if ((bits & A_HLY) != 0) {
            hly = hly.clone();
        }
        if ((bits & A_HRX) != 0) {
            hrx = hrx.clone();
        }
        if ((bits & A_HRY) != 0) {
            hry = hry.clone();
        }
        if ((bits & A_BACK) != 0) {
            back = back.clone();
        }
        if ((bits & A_AMPLITUDE) != 0) {
            amplitude = amplitude.clone();
        }
        if ((bits & A_PERIOD) != 0) {
            period = period.clone();
        }
        if ((bits & A_IPO) != 0) {
            ipo = ipo.clone();
        }
        if ((bits & A_H1) != 0) {
            h1 = h1.clone();
        }
        if ((bits & A_H2) != 0) {
            h2 = h2.clone();
        }
        if ((bits & A_EASING) != 0) {
            easing = easing.clone();
        }
        if ((bits & A_TYPE) != 0) {
            type = type.clone();
        }
        if ((bits & A_FLAGS) != 0) {
            flags = flags.clone();
        }
        shared &= ~bits;
    }

    // ---- channel fields -------------------------------------------------------------------

    /** RNA path of the animated property, e.g. {@code location} or {@code pose.bones["arm"].rotation_quaternion}. */
    public String dataPath() {
        return dataPath;
    }

    public FCurve setDataPath(String dataPath) {
        changing();
        this.dataPath = dataPath;
        return this;
    }

    /** Array element of the property. */
    public int arrayIndex() {
        return arrayIndex;
    }

    public FCurve setArrayIndex(int arrayIndex) {
        changing();
        this.arrayIndex = arrayIndex;
        return this;
    }

    /** Owning group, or null. Change it through {@link Channelbag#addFCurveToGroup}. */
    public ActionGroup group() {
        return group;
    }

    void setGroupDirect(ActionGroup group) {
        changing();
        this.group = group;
    }

    /** Channel selected (FCURVE_SELECTED). */
    public boolean select() {
        return select;
    }

    public FCurve setSelect(boolean v) {
        changing();
        select = v;
        return this;
    }

    /** Hidden in the Graph Editor (not FCURVE_VISIBLE). */
    public boolean hide() {
        return hide;
    }

    public FCurve setHide(boolean v) {
        changing();
        hide = v;
        return this;
    }

    /** Locked (FCURVE_PROTECTED): not editable. */
    public boolean lock() {
        return lock;
    }

    public FCurve setLock(boolean v) {
        changing();
        lock = v;
        return this;
    }

    /** Muted. */
    public boolean mute() {
        return mute;
    }

    public FCurve setMute(boolean v) {
        changing();
        mute = v;
        return this;
    }

    /** Active channel (FCURVE_ACTIVE). */
    public boolean active() {
        return active;
    }

    public FCurve setActive(boolean v) {
        changing();
        active = v;
        return this;
    }

    /** Integer-valued property (FCURVE_INT_VALUES): evaluation rounds. */
    public boolean intValues() {
        return intValues;
    }

    public FCurve setIntValues(boolean v) {
        changing();
        intValues = v;
        return this;
    }

    /** Discrete-valued property (FCURVE_DISCRETE_VALUES): no interpolation. */
    public boolean discreteValues() {
        return discreteValues;
    }

    public FCurve setDiscreteValues(boolean v) {
        changing();
        discreteValues = v;
        return this;
    }

    /** Index of the active keyframe, -1 for none. */
    public int activeKeyframeIndex() {
        return activeKeyframeIndex;
    }

    public FCurve setActiveKeyframeIndex(int v) {
        changing();
        activeKeyframeIndex = v;
        return this;
    }

    /** Extrapolation beyond the end keys. */
    public Extrapolation extrapolation() {
        return extrapolation;
    }

    public FCurve setExtrapolation(Extrapolation v) {
        changing();
        handlesRecalculated = false;
        extrapolation = v;
        return this;
    }

    /** Auto handle smoothing. */
    public AutoSmoothing autoSmoothing() {
        return autoSmoothing;
    }

    public FCurve setAutoSmoothing(AutoSmoothing v) {
        changing();
        handlesRecalculated = false;
        autoSmoothing = v;
        return this;
    }

    /** The modifier stack (read-only view). */
    public List<FModifier> modifiers() {
        return Collections.unmodifiableList(modifiers);
    }

    /** Inserts a modifier at {@code index} (-1: append). */
    public FModifier addModifier(int index, FModifier m) {
        changing();
        handlesRecalculated = false;
        modifiers.add(index < 0 ? modifiers.size() : index, adopt(m));
        return m;
    }

    /** Appends a modifier. */
    public FModifier addModifier(FModifier m) {
        return addModifier(-1, m);
    }

    /** Removes a modifier by identity. */
    public boolean removeModifier(FModifier m) {
        for (int i = 0; i < modifiers.size(); i++) {
            if (modifiers.get(i) == m) {
                changing();
                handlesRecalculated = false;
                modifiers.remove(i);
                return true;
            }
        }
        return false;
    }

    /**
     * Blender's {@code BKE_fcurve_is_empty}: no keys and no modifier that generates a curve
     * (drivers and baked samples are not modelled).
     */
    public boolean isEmpty() {
        if (n > 0) {
            return false;
        }
        for (FModifier m : modifiers) {
            if (m.generatesCurve()) {
                return false;
            }
        }
        return true;
    }

    /** Whether the curve can be edited (not locked). */
    public boolean editable() {
        return !lock;
    }

    // ---- bulk access for the algorithms of the core bundle --------------------------------

    /**
     * The key columns of a curve, for the bulk algorithms of the core bundle (handle
     * recalculation): the arrays themselves, valid for indices below {@link #size} until the
     * curve is changed by any other means. Only the columns obtained for writing may be written.
     */
    public static final class Columns {
        /** Flag bits of {@link #flags}: key, left and right handle selected; auto handle locked. */
        public static final byte SELECT_KEY = SEL_KEY, SELECT_LEFT = SEL_LEFT, SELECT_RIGHT = SEL_RIGHT,
                LOCKED = AUTO_LOCKED;
        /** Column bits of {@link FCurve#columnsForWrite(int)}. */
        public static final int X = A_X, Y = A_Y, LEFT_X = A_HLX, LEFT_Y = A_HLY, RIGHT_X = A_HRX, RIGHT_Y = A_HRY,
                INTERPOLATION = A_IPO, HANDLE_LEFT = A_H1, HANDLE_RIGHT = A_H2, FLAGS = A_FLAGS;
        public final int size;
        public final float[] x, y, leftX, leftY, rightX, rightY;
        /** Ordinals of {@link Interpolation} and {@link HandleType}. */
        public final byte[] interpolation, handleLeft, handleRight;
        public final byte[] flags;

        Columns(FCurve c) {
            size = c.n;
            x = c.x;
            y = c.y;
            leftX = c.hlx;
            leftY = c.hly;
            rightX = c.hrx;
            rightY = c.hry;
            interpolation = c.ipo;
            handleLeft = c.h1;
            handleRight = c.h2;
            flags = c.flags;
        }
    }

    /** The key columns for reading (see {@link Columns}). */
    public Columns columns() {
        return new Columns(this);
    }

    /**
     * The key columns for writing the handle points and the flags (the change is recorded first,
     * as every mutator does); the other columns are for reading only.
     */
    public Columns handleColumnsForWrite() {
        changing();
        own(A_HLX | A_HLY | A_HRX | A_HRY | A_FLAGS);
        return new Columns(this);
    }

    /**
     * {@link #handleColumnsForWrite()} for a caller that writes every handle point of every key:
     * handle arrays shared with a snapshot are replaced by new arrays instead of copies (their
     * values are about to be overwritten), the flags are copied as usual.
     */
    public Columns handleColumnsForRewrite() {
        changing();
        int fresh = shared & (A_HLX | A_HLY | A_HRX | A_HRY);
        if (fresh != 0) {
            if ((fresh & A_HLX) != 0) {
                hlx = new float[hlx.length];
            }
            if ((fresh & A_HLY) != 0) {
                hly = new float[hly.length];
            }
            if ((fresh & A_HRX) != 0) {
                hrx = new float[hrx.length];
            }
            if ((fresh & A_HRY) != 0) {
                hry = new float[hry.length];
            }
            shared &= ~fresh;
        }
        own(A_HLX | A_HLY | A_HRX | A_HRY | A_FLAGS);
        return new Columns(this);
    }

    /**
     * The key columns for writing the columns of {@code columns} (bits of {@link Columns}: X, Y,
     * LEFT_X, ...; only those are copied when shared with an undo state); the change is recorded
     * first, as every mutator does. The other columns are for reading only. Written keys must
     * stay in frame order unless the caller sorts them afterwards, and handle types and
     * interpolation must be ordinals of their enums.
     */
    public Columns columnsForWrite(int columns) {
        changing();
        own(columns & (Columns.X | Columns.Y | Columns.LEFT_X | Columns.LEFT_Y | Columns.RIGHT_X | Columns.RIGHT_Y
                | Columns.INTERPOLATION | Columns.HANDLE_LEFT | Columns.HANDLE_RIGHT | Columns.FLAGS));
        return new Columns(this);
    }

    /**
     * Records this curve as changed in the open transaction, as every mutator does before it
     * writes, without changing anything (for a calculation that found nothing to write).
     */
    public void touch() {
        changing();
    }

    /**
     * Notes that the handles were just recalculated by a calculation whose result depends only on
     * the key points, the handle types and the curve settings (not on the previous handles or the
     * selection), so that recalculating again before any change would change nothing. Any change
     * of the keys or of those settings forgets it.
     */
    public void markHandlesRecalculated() {
        handlesRecalculated = true;
    }

    /** Whether {@link #markHandlesRecalculated()} was called after the last change of the keys. */
    public boolean handlesRecalculated() {
        return handlesRecalculated;
    }

    // ---- keys: reading --------------------------------------------------------------------

    /** Number of keys. */
    public int size() {
        return n;
    }

    public float x(int i) {
        return x[i];
    }

    public float y(int i) {
        return y[i];
    }

    public float leftX(int i) {
        return hlx[i];
    }

    public float leftY(int i) {
        return hly[i];
    }

    public float rightX(int i) {
        return hrx[i];
    }

    public float rightY(int i) {
        return hry[i];
    }

    public Interpolation interpolation(int i) {
        return IPO[ipo[i]];
    }

    public HandleType handleLeft(int i) {
        return HANDLE[h1[i]];
    }

    public HandleType handleRight(int i) {
        return HANDLE[h2[i]];
    }

    public Easing easing(int i) {
        return EASING[easing[i]];
    }

    public KeyframeType keyType(int i) {
        return KEYTYPE[type[i]];
    }

    public float back(int i) {
        return back[i];
    }

    public float amplitude(int i) {
        return amplitude[i];
    }

    public float period(int i) {
        return period[i];
    }

    /** Key selected ({@code f2 & SELECT}). */
    public boolean selected(int i) {
        return (flags[i] & SEL_KEY) != 0;
    }

    /** Left handle selected ({@code f1 & SELECT}). */
    public boolean leftSelected(int i) {
        return (flags[i] & SEL_LEFT) != 0;
    }

    /** Right handle selected ({@code f3 & SELECT}). */
    public boolean rightSelected(int i) {
        return (flags[i] & SEL_RIGHT) != 0;
    }

    /** Any of the three selected ({@code BEZT_ISSEL_ANY}). */
    public boolean anySelected(int i) {
        return (flags[i] & (SEL_KEY | SEL_LEFT | SEL_RIGHT)) != 0;
    }

    /** Runtime {@code auto_handle_type == LOCKED_FINAL}, set by handle recalculation. */
    public boolean autoHandleLocked(int i) {
        return (flags[i] & AUTO_LOCKED) != 0;
    }

    /** Index of the first key at frame {@code x} exactly, or -1. */
    public int indexOfFrame(float frame) {
        for (int i = 0; i < n; i++) {
            if (x[i] == frame) {
                return i;
            }
        }
        return -1;
    }

    // ---- keys: writing --------------------------------------------------------------------

    public void setX(int i, float v) {
        changing();
        if (same(x[i], v)) {
            return;
        }
        own(A_X);
        x[i] = v;
    }

    public void setY(int i, float v) {
        changing();
        if (same(y[i], v)) {
            return;
        }
        own(A_Y);
        y[i] = v;
    }

    /** Sets the key point. */
    public void setCo(int i, float fx, float fy) {
        changing();
        if (same(x[i], fx) && same(y[i], fy)) {
            return;
        }
        own(A_X | A_Y);
        x[i] = fx;
        y[i] = fy;
    }

    /** Sets the left handle point. */
    public void setLeft(int i, float fx, float fy) {
        changing();
        if (same(hlx[i], fx) && same(hly[i], fy)) {
            return;
        }
        own(A_HLX | A_HLY);
        hlx[i] = fx;
        hly[i] = fy;
    }

    /** Sets the right handle point. */
    public void setRight(int i, float fx, float fy) {
        changing();
        if (same(hrx[i], fx) && same(hry[i], fy)) {
            return;
        }
        own(A_HRX | A_HRY);
        hrx[i] = fx;
        hry[i] = fy;
    }

    /** Moves key and both handles by {@code dx, dy}. */
    public void translate(int i, float dx, float dy) {
        changing();
        own(A_X | A_HLX | A_HRX | A_Y | A_HLY | A_HRY);
        x[i] += dx;
        hlx[i] += dx;
        hrx[i] += dx;
        y[i] += dy;
        hly[i] += dy;
        hry[i] += dy;
    }

    public void setInterpolation(int i, Interpolation v) {
        changing();
        if (ipo[i] == v.ordinal()) {
            return;
        }
        own(A_IPO);
        ipo[i] = (byte) v.ordinal();
    }

    public void setHandleLeft(int i, HandleType v) {
        changing();
        if (h1[i] == v.ordinal()) {
            return;
        }
        own(A_H1);
        h1[i] = (byte) v.ordinal();
    }

    public void setHandleRight(int i, HandleType v) {
        changing();
        if (h2[i] == v.ordinal()) {
            return;
        }
        own(A_H2);
        h2[i] = (byte) v.ordinal();
    }

    public void setEasing(int i, Easing v) {
        changing();
        if (easing[i] == v.ordinal()) {
            return;
        }
        own(A_EASING);
        easing[i] = (byte) v.ordinal();
    }

    public void setKeyType(int i, KeyframeType v) {
        changing();
        if (type[i] == v.ordinal()) {
            return;
        }
        own(A_TYPE);
        type[i] = (byte) v.ordinal();
    }

    public void setBack(int i, float v) {
        changing();
        own(A_BACK);
        back[i] = v;
    }

    public void setAmplitude(int i, float v) {
        changing();
        own(A_AMPLITUDE);
        amplitude[i] = v;
    }

    public void setPeriod(int i, float v) {
        changing();
        own(A_PERIOD);
        period[i] = v;
    }

    /** Sets or clears all three selection flags, as the Dope Sheet does. */
    public void setSelected(int i, boolean sel) {
        changing();
        byte f = (byte) (sel ? flags[i] | (SEL_KEY | SEL_LEFT | SEL_RIGHT) : flags[i] & ~(SEL_KEY | SEL_LEFT | SEL_RIGHT));
        if (f == flags[i]) {
            return;
        }
        own(A_FLAGS);
        flags[i] = f;
    }

    /**
     * {@link #setSelected(int, boolean)} on every key, in one pass over the flags (the curve is
     * recorded as changed when it has keys, as the per-key calls would record it).
     */
    public void setSelectedAll(boolean sel) {
        if (n == 0) {
            return;
        }
        changing();
        final int bits = SEL_KEY | SEL_LEFT | SEL_RIGHT;
        byte[] f = flags;
        int count = n;
        int i = 0;
        // nothing is written (or copied) while the flags already say so
        if (sel) {
            while (i < count && (f[i] & bits) == bits) {
                i++;
            }
        } else {
            while (i < count && (f[i] & bits) == 0) {
                i++;
            }
        }
        if (i == count) {
            return;
        }
        own(A_FLAGS);
        f = flags;
        if (sel) {
            for (; i < count; i++) {
                f[i] = (byte) (f[i] | bits);
            }
        } else {
            for (; i < count; i++) {
                f[i] = (byte) (f[i] & ~bits);
            }
        }
    }


    /**
     * Toggles every key's control point selection and gives both its handles the new state
     * ({@code setSelected(i, !selected(i))} on every key, in one pass).
     */
    public void invertSelectedAll() {
        if (n == 0) {
            return;
        }
        changing();
        own(A_FLAGS);
        byte[] f = flags;
        int count = n;
        for (int i = 0; i < count; i++) {
            int v = f[i];
            f[i] = (byte) ((v & SEL_KEY) != 0 ? v & ~(SEL_KEY | SEL_LEFT | SEL_RIGHT) : v | (SEL_KEY | SEL_LEFT | SEL_RIGHT));
        }
    }

    /** Whether some key has any of its three flags selected ({@code BEZT_ISSEL_ANY} of any key). */
    public boolean anySelected() {
        byte[] f = flags;
        int count = n;
        for (int i = 0; i < count; i++) {
            if ((f[i] & (SEL_KEY | SEL_LEFT | SEL_RIGHT)) != 0) {
                return true;
            }
        }
        return false;
    }

    /** Sets the three selection flags individually ({@code f1}, {@code f2}, {@code f3}). */
    public void setSelection(int i, boolean left, boolean key, boolean right) {
        changing();
        int f = flags[i] & ~(SEL_KEY | SEL_LEFT | SEL_RIGHT);
        if (left) {
            f |= SEL_LEFT;
        }
        if (key) {
            f |= SEL_KEY;
        }
        if (right) {
            f |= SEL_RIGHT;
        }
        if (f == flags[i]) {
            return;
        }
        own(A_FLAGS);
        flags[i] = (byte) f;
    }

    public void setAutoHandleLocked(int i, boolean locked) {
        changing();
        byte f = (byte) (locked ? flags[i] | AUTO_LOCKED : flags[i] & ~AUTO_LOCKED);
        if (f == flags[i]) {
            return;
        }
        handlesRecalculated = false;
        own(A_FLAGS);
        flags[i] = f;
    }

    /**
     * Inserts a key at {@code index} with every field given a value: the point {@code (fx, fy)},
     * handles one frame either side, BEZIER, AUTO_CLAMPED handles, KEYFRAME type, easing AUTO,
     * Blender's back/amplitude/period defaults, all three flags selected. Callers overwrite what
     * their rule says. Returns {@code index}.
     */
    public int insertKey(int index, float fx, float fy) {
        if (index < 0 || index > n) {
            throw new IndexOutOfBoundsException("key index " + index + " of " + n);
        }
        changing();
        ensureCapacity(n + 1);
        own(A_ALL);
        int tail = n - index;
        if (tail > 0) {
            shift(index, index + 1, tail);
        }
        n++;
        x[index] = fx;
        y[index] = fy;
        hlx[index] = fx - 1;
        hly[index] = fy;
        hrx[index] = fx + 1;
        hry[index] = fy;
        back[index] = DEFAULT_BACK;
        amplitude[index] = DEFAULT_AMPLITUDE;
        period[index] = DEFAULT_PERIOD;
        ipo[index] = (byte) Interpolation.BEZIER.ordinal();
        h1[index] = (byte) HandleType.AUTO_CLAMPED.ordinal();
        h2[index] = (byte) HandleType.AUTO_CLAMPED.ordinal();
        easing[index] = (byte) Easing.AUTO.ordinal();
        type[index] = (byte) KeyframeType.KEYFRAME.ordinal();
        flags[index] = SEL_KEY | SEL_LEFT | SEL_RIGHT;
        return index;
    }

    /**
     * Inserts {@code count} keys in one pass: new key {@code k} goes right before the key now at
     * index {@code before[k]} ({@link #size()}: at the end), so it ends up at index
     * {@code before[k] + k}; {@code before} must be non-decreasing. Each new key gets the values
     * {@link #insertKey} gives, at point (0, 0); callers overwrite what their rule says. Same
     * result as {@code count} calls of {@link #insertKey}, in time linear in the keys.
     */
    public void insertKeys(int[] before, int count) {
        insertKeys(before, count, null);
    }

    /**
     * {@link #insertKeys(int[], int)} where new key {@code k} is an exact copy (every field) of
     * the key now at index {@code sources[k]}, or has the values of {@link #insertKey} when
     * {@code sources} is null.
     */
    public void insertKeys(int[] before, int count, int[] sources) {
        insertKeys(before, count, this, sources);
    }

    /**
     * {@link #insertKeys(int[], int, int[])} where the new keys copy keys of curve {@code from}
     * (which may be this curve): new key {@code k} is an exact copy of key {@code sources[k]} of
     * {@code from} as it is before the call.
     */
    public void insertKeys(int[] before, int count, FCurve from, int[] sources) {
        if (count < 0 || count > before.length || (sources != null && count > sources.length)) {
            throw new IndexOutOfBoundsException("count " + count + " of " + before.length);
        }
        if (count == 0) {
            return;
        }
        int prev = 0;
        for (int k = 0; k < count; k++) {
            if (before[k] < prev || before[k] > n || (sources != null && (sources[k] < 0 || sources[k] >= from.n))) {
                throw new IllegalArgumentException("insertion indices must be non-decreasing within 0.." + n
                        + " and sources within 0.." + (from.n - 1) + ": " + before[k] + " at " + k);
            }
            prev = before[k];
        }
        changing();
        handlesRecalculated = false;
        if (n == 0 && from != this && sources != null && count == from.n && isIdentity(sources, count)) {
            // every key of another curve into an empty one: share its arrays (copy-on-write)
            from.shared = A_ALL;
            x = from.x;
            y = from.y;
            hlx = from.hlx;
            hly = from.hly;
            hrx = from.hrx;
            hry = from.hry;
            back = from.back;
            amplitude = from.amplitude;
            period = from.period;
            ipo = from.ipo;
            h1 = from.h1;
            h2 = from.h2;
            easing = from.easing;
            type = from.type;
            flags = from.flags;
            shared = A_ALL;
            n = count;
            return;
        }
        int total = n + count;
        int cap = total <= x.length ? x.length : Math.max(total, x.length + (x.length >> 1) + 4);
        // the keys are merged into fresh arrays (the old ones may be shared with a snapshot),
        // column by column
        float[] ox = x, oy = y, ohlx = hlx, ohly = hly, ohrx = hrx, ohry = hry, oback = back, oamp = amplitude,
                oper = period;
        byte[] oipo = ipo, oh1 = h1, oh2 = h2, oeasing = easing, otype = type, oflags = flags;
        FCurve f = from == this ? null : from;
        int old = n;
        allocate(cap);
        if (f == null && sources != null && count >= 16 && count * 4L >= old) {
            // dense copies of own keys (duplicating): one index map, then every column gathered
            // through it in a tight loop
            int[] map = gatherMap(old, before, count, sources);
            gather(ox, x, map);
            gather(oy, y, map);
            gather(ohlx, hlx, map);
            gather(ohly, hly, map);
            gather(ohrx, hrx, map);
            gather(ohry, hry, map);
            gather(oback, back, map);
            gather(oamp, amplitude, map);
            gather(oper, period, map);
            gather(oipo, ipo, map);
            gather(oh1, h1, map);
            gather(oh2, h2, map);
            gather(oeasing, easing, map);
            gather(otype, type, map);
            gather(oflags, flags, map);
            n = total;
            return;
        }
        merge(ox, f == null ? ox : f.x, x, old, before, count, sources, 0f);
        merge(oy, f == null ? oy : f.y, y, old, before, count, sources, 0f);
        merge(ohlx, f == null ? ohlx : f.hlx, hlx, old, before, count, sources, -1f);
        merge(ohly, f == null ? ohly : f.hly, hly, old, before, count, sources, 0f);
        merge(ohrx, f == null ? ohrx : f.hrx, hrx, old, before, count, sources, 1f);
        merge(ohry, f == null ? ohry : f.hry, hry, old, before, count, sources, 0f);
        merge(oback, f == null ? oback : f.back, back, old, before, count, sources, DEFAULT_BACK);
        merge(oamp, f == null ? oamp : f.amplitude, amplitude, old, before, count, sources, DEFAULT_AMPLITUDE);
        merge(oper, f == null ? oper : f.period, period, old, before, count, sources, DEFAULT_PERIOD);
        merge(oipo, f == null ? oipo : f.ipo, ipo, old, before, count, sources, (byte) Interpolation.BEZIER.ordinal());
        merge(oh1, f == null ? oh1 : f.h1, h1, old, before, count, sources, (byte) HandleType.AUTO_CLAMPED.ordinal());
        merge(oh2, f == null ? oh2 : f.h2, h2, old, before, count, sources, (byte) HandleType.AUTO_CLAMPED.ordinal());
        merge(oeasing, f == null ? oeasing : f.easing, easing, old, before, count, sources, (byte) Easing.AUTO.ordinal());
        merge(otype, f == null ? otype : f.type, type, old, before, count, sources, (byte) KeyframeType.KEYFRAME.ordinal());
        merge(oflags, f == null ? oflags : f.flags, flags, old, before, count, sources, (byte) (SEL_KEY | SEL_LEFT | SEL_RIGHT));
        n = total;
    }

    /**
     * For {@link #insertKeys(int[], int, FCurve, int[])} of a curve's own keys: the old index
     * each key of the result takes its values from (old keys in order, new key {@code k} from
     * {@code sources[k]} right before old key {@code before[k]}).
     */
    private static int[] gatherMap(int n, int[] before, int count, int[] sources) {
        int[] map = new int[n + count];
        int r = 0;
        int w = 0;
        for (int k = 0; k < count; k++) {
            int b = before[k];
            while (r < b) {
                map[w++] = r++;
            }
            map[w++] = sources[k];
        }
        while (r < n) {
            map[w++] = r++;
        }
        return map;
    }

    private static void gather(float[] src, float[] dst, int[] map) {
        for (int w = 0; w < map.length; w++) {
            dst[w] = src[map[w]];
        }
    }

    private static void gather(byte[] src, byte[] dst, int[] map) {
        for (int w = 0; w < map.length; w++) {
            dst[w] = src[map[w]];
        }
    }

    private static boolean isIdentity(int[] sources, int count) {
        for (int k = 0; k < count; k++) {
            if (sources[k] != k) {
                return false;
            }
        }
        return true;
    }

    /**
     * One column of {@link #insertKeys(int[], int, FCurve, int[])}: {@code src[0, n)} merged into
     * {@code dst}, new element {@code k} taken from {@code from[sources[k]]} (or {@code blank}).
     */
    private static void merge(float[] src, float[] from, float[] dst, int n, int[] before, int count, int[] sources,
            float blank) {
        int r = 0;
        int w = 0;
        for (int k = 0; k < count; k++) {
            int b = before[k];
            int len = b - r;
            if (len > 16) {
                System.arraycopy(src, r, dst, w, len);
            } else {
                for (int i = 0; i < len; i++) {
                    dst[w + i] = src[r + i];
                }
            }
            w += len;
            r = b;
            if (sources == null) {
                dst[w++] = blank;
                continue;
            }
            // consecutive new keys copying consecutive keys: one block
            int end = k + 1;
            while (end < count && before[end] == b && sources[end] == sources[end - 1] + 1) {
                end++;
            }
            if (end - k > 16) {
                System.arraycopy(from, sources[k], dst, w, end - k);
                w += end - k;
                k = end - 1;
            } else {
                dst[w++] = from[sources[k]];
            }
        }
        System.arraycopy(src, r, dst, w, n - r);
    }

    /** The byte column form of {@link #merge(float[], float[], float[], int, int[], int, int[], float)}. */
    private static void merge(byte[] src, byte[] from, byte[] dst, int n, int[] before, int count, int[] sources,
            byte blank) {
        int r = 0;
        int w = 0;
        for (int k = 0; k < count; k++) {
            int b = before[k];
            int len = b - r;
            if (len > 16) {
                System.arraycopy(src, r, dst, w, len);
            } else {
                for (int i = 0; i < len; i++) {
                    dst[w + i] = src[r + i];
                }
            }
            w += len;
            r = b;
            if (sources == null) {
                dst[w++] = blank;
                continue;
            }
            // consecutive new keys copying consecutive keys: one block
            int end = k + 1;
            while (end < count && before[end] == b && sources[end] == sources[end - 1] + 1) {
                end++;
            }
            if (end - k > 16) {
                System.arraycopy(from, sources[k], dst, w, end - k);
                w += end - k;
                k = end - 1;
            } else {
                dst[w++] = from[sources[k]];
            }
        }
        System.arraycopy(src, r, dst, w, n - r);
    }

    /** Appends a key (see {@link #insertKey}); returns its index. */
    public int addKey(float fx, float fy) {
        return insertKey(n, fx, fy);
    }

    /** Copies every field of key {@code si} of {@code src} over key {@code di} of this curve. */
    public void copyKey(FCurve src, int si, int di) {
        changing();
        own(A_ALL);
        x[di] = src.x[si];
        y[di] = src.y[si];
        hlx[di] = src.hlx[si];
        hly[di] = src.hly[si];
        hrx[di] = src.hrx[si];
        hry[di] = src.hry[si];
        back[di] = src.back[si];
        amplitude[di] = src.amplitude[si];
        period[di] = src.period[si];
        ipo[di] = src.ipo[si];
        h1[di] = src.h1[si];
        h2[di] = src.h2[si];
        easing[di] = src.easing[si];
        type[di] = src.type[si];
        flags[di] = src.flags[si];
    }

    /** Removes key {@code i}. */
    public void removeKey(int i) {
        removeKeys(i, i + 1);
    }

    /** Removes keys {@code [from, to)}. */
    public void removeKeys(int from, int to) {
        if (from < 0 || to > n || from > to) {
            throw new IndexOutOfBoundsException("keys [" + from + ", " + to + ") of " + n);
        }
        if (from == to) {
            return;
        }
        changing();
        own(A_ALL);
        shift(to, from, n - to);
        n -= to - from;
        if (activeKeyframeIndex >= to) {
            activeKeyframeIndex -= to - from;
        } else if (activeKeyframeIndex >= from) {
            activeKeyframeIndex = -1;
        }
    }

    /**
     * Removes every key whose entry in {@code remove} is true, in one pass; returns how many.
     */
    public int removeKeys(boolean[] remove) {
        int first = -1;
        for (int i = 0; i < n; i++) {
            if (remove[i]) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return 0;
        }
        changing();
        handlesRecalculated = false;
        int active = activeKeyframeIndex;
        int newActive = -1;
        int w = first;
        for (int r = first; r < n; r++) {
            if (remove[r]) {
                continue;
            }
            if (r == active) {
                newActive = w;
            }
            w++;
        }
        if (active >= 0 && active < first) {
            newActive = active;
        }
        activeKeyframeIndex = newActive;
        int removed = n - w;
        if (w > 0) {
            // the kept keys, column by column: in place, or into fresh arrays when the current ones
            // are shared with a snapshot (nothing to copy when every key goes)
            int from = first;
            if (shared != 0) {
                float[] ox = x, oy = y, ohlx = hlx, ohly = hly, ohrx = hrx, ohry = hry, oback = back,
                        oamp = amplitude, oper = period;
                byte[] oipo = ipo, oh1 = h1, oh2 = h2, oeasing = easing, otype = type, oflags = flags;
                allocate(w);
                System.arraycopy(ox, 0, x, 0, first);
                System.arraycopy(oy, 0, y, 0, first);
                System.arraycopy(ohlx, 0, hlx, 0, first);
                System.arraycopy(ohly, 0, hly, 0, first);
                System.arraycopy(ohrx, 0, hrx, 0, first);
                System.arraycopy(ohry, 0, hry, 0, first);
                System.arraycopy(oback, 0, back, 0, first);
                System.arraycopy(oamp, 0, amplitude, 0, first);
                System.arraycopy(oper, 0, period, 0, first);
                System.arraycopy(oipo, 0, ipo, 0, first);
                System.arraycopy(oh1, 0, h1, 0, first);
                System.arraycopy(oh2, 0, h2, 0, first);
                System.arraycopy(oeasing, 0, easing, 0, first);
                System.arraycopy(otype, 0, type, 0, first);
                System.arraycopy(oflags, 0, flags, 0, first);
                compact(ox, x, remove, from, n);
                compact(oy, y, remove, from, n);
                compact(ohlx, hlx, remove, from, n);
                compact(ohly, hly, remove, from, n);
                compact(ohrx, hrx, remove, from, n);
                compact(ohry, hry, remove, from, n);
                compact(oback, back, remove, from, n);
                compact(oamp, amplitude, remove, from, n);
                compact(oper, period, remove, from, n);
                compact(oipo, ipo, remove, from, n);
                compact(oh1, h1, remove, from, n);
                compact(oh2, h2, remove, from, n);
                compact(oeasing, easing, remove, from, n);
                compact(otype, type, remove, from, n);
                compact(oflags, flags, remove, from, n);
            } else {
                compact(x, x, remove, from, n);
                compact(y, y, remove, from, n);
                compact(hlx, hlx, remove, from, n);
                compact(hly, hly, remove, from, n);
                compact(hrx, hrx, remove, from, n);
                compact(hry, hry, remove, from, n);
                compact(back, back, remove, from, n);
                compact(amplitude, amplitude, remove, from, n);
                compact(period, period, remove, from, n);
                compact(ipo, ipo, remove, from, n);
                compact(h1, h1, remove, from, n);
                compact(h2, h2, remove, from, n);
                compact(easing, easing, remove, from, n);
                compact(type, type, remove, from, n);
                compact(flags, flags, remove, from, n);
            }
        }
        n = w;
        return removed;
    }

    /** Copies the elements of {@code src[from, n)} not removed to {@code dst} from index {@code from} on. */
    private static void compact(float[] src, float[] dst, boolean[] remove, int from, int n) {
        int w = from;
        for (int r = from; r < n; r++) {
            if (!remove[r]) {
                dst[w++] = src[r];
            }
        }
    }

    private static void compact(byte[] src, byte[] dst, boolean[] remove, int from, int n) {
        int w = from;
        for (int r = from; r < n; r++) {
            if (!remove[r]) {
                dst[w++] = src[r];
            }
        }
    }

    /** Removes all keys. */
    public void clearKeys() {
        if (n == 0) {
            return;
        }
        changing();
        n = 0;
        activeKeyframeIndex = -1;
    }

    /** Swaps two keys (all fields). */
    public void swapKeys(int i, int j) {
        if (i == j) {
            return;
        }
        changing();
        own(A_ALL);
        float t;
        t = x[i]; x[i] = x[j]; x[j] = t;
        t = y[i]; y[i] = y[j]; y[j] = t;
        t = hlx[i]; hlx[i] = hlx[j]; hlx[j] = t;
        t = hly[i]; hly[i] = hly[j]; hly[j] = t;
        t = hrx[i]; hrx[i] = hrx[j]; hrx[j] = t;
        t = hry[i]; hry[i] = hry[j]; hry[j] = t;
        t = back[i]; back[i] = back[j]; back[j] = t;
        t = amplitude[i]; amplitude[i] = amplitude[j]; amplitude[j] = t;
        t = period[i]; period[i] = period[j]; period[j] = t;
        byte b;
        b = ipo[i]; ipo[i] = ipo[j]; ipo[j] = b;
        b = h1[i]; h1[i] = h1[j]; h1[j] = b;
        b = h2[i]; h2[i] = h2[j]; h2[j] = b;
        b = easing[i]; easing[i] = easing[j]; easing[j] = b;
        b = type[i]; type[i] = type[j]; type[j] = b;
        b = flags[i]; flags[i] = flags[j]; flags[j] = b;
    }

    /** Swaps the left and right handle points of key {@code i} (x and y; types and flags stay). */
    public void swapHandles(int i) {
        changing();
        own(A_HLX | A_HLY | A_HRX | A_HRY);
        float t = hlx[i];
        hlx[i] = hrx[i];
        hrx[i] = t;
        t = hly[i];
        hly[i] = hry[i];
        hry[i] = t;
    }

    private void shift(int from, int to, int len) {
        System.arraycopy(x, from, x, to, len);
        System.arraycopy(y, from, y, to, len);
        System.arraycopy(hlx, from, hlx, to, len);
        System.arraycopy(hly, from, hly, to, len);
        System.arraycopy(hrx, from, hrx, to, len);
        System.arraycopy(hry, from, hry, to, len);
        System.arraycopy(back, from, back, to, len);
        System.arraycopy(amplitude, from, amplitude, to, len);
        System.arraycopy(period, from, period, to, len);
        System.arraycopy(ipo, from, ipo, to, len);
        System.arraycopy(h1, from, h1, to, len);
        System.arraycopy(h2, from, h2, to, len);
        System.arraycopy(easing, from, easing, to, len);
        System.arraycopy(type, from, type, to, len);
        System.arraycopy(flags, from, flags, to, len);
    }

    /** Makes room for {@code capacity} keys (growing by half again). Not a change of the curve. */
    public void ensureCapacity(int capacity) {
        if (capacity <= x.length) {
            return;
        }
        resize(Math.max(capacity, x.length + (x.length >> 1) + 4));
    }

    /** Drops unused capacity (42 bytes per key afterwards). */
    public void trimToSize() {
        if (x.length != n) {
            resize(n);
        }
    }

    private void resize(int cap) {
        shared = 0;
        handlesRecalculated = false;
        x = Arrays.copyOf(x, cap);
        y = Arrays.copyOf(y, cap);
        hlx = Arrays.copyOf(hlx, cap);
        hly = Arrays.copyOf(hly, cap);
        hrx = Arrays.copyOf(hrx, cap);
        hry = Arrays.copyOf(hry, cap);
        back = Arrays.copyOf(back, cap);
        amplitude = Arrays.copyOf(amplitude, cap);
        period = Arrays.copyOf(period, cap);
        ipo = Arrays.copyOf(ipo, cap);
        h1 = Arrays.copyOf(h1, cap);
        h2 = Arrays.copyOf(h2, cap);
        easing = Arrays.copyOf(easing, cap);
        type = Arrays.copyOf(type, cap);
        flags = Arrays.copyOf(flags, cap);
    }

    /** Copies of the key frames, for bulk reads (length {@link #size()}). */
    public float[] framesCopy() {
        return Arrays.copyOf(x, n);
    }

    /** A deep copy of this curve (detached; group reference kept only when {@code keepGroup}). */
    public FCurve copy(boolean keepGroup) {
        FCurve c = new FCurve(dataPath, arrayIndex);
        c.restore(snapshot());
        c.group = keepGroup ? group : null;
        ArrayList<FModifier> mods = new ArrayList<>();
        for (FModifier m : modifiers) {
            mods.add(m.copy());
        }
        c.modifiers = mods;
        return c;
    }

    // ---- change tracking ------------------------------------------------------------------

    @Override
    List<? extends ModelNode> children() {
        return modifiers;
    }

    private record State(String dataPath, int arrayIndex, ActionGroup group, boolean select, boolean hide,
            boolean lock, boolean mute, boolean active, boolean intValues, boolean discreteValues,
            int activeKeyframeIndex, Extrapolation extrapolation, AutoSmoothing autoSmoothing,
            List<FModifier> modifiers, int n, float[][] floats, byte[][] bytes, boolean handlesRecalculated) {
    }

    @Override
    Object snapshot() {
        return new State(dataPath, arrayIndex, group, select, hide, lock, mute, active, intValues, discreteValues,
                activeKeyframeIndex, extrapolation, autoSmoothing, modifiers.isEmpty() ? List.of() : List.copyOf(modifiers), n,
                share(new float[][] {x, y, hlx, hly, hrx, hry, back, amplitude, period}),
                new byte[][] {ipo, h1, h2, easing, type, flags}, handlesRecalculated);
    }

    /** Marks every key array shared (the snapshot being taken holds them); returns {@code floats}. */
    private float[][] share(float[][] floats) {
        shared = A_ALL;
        return floats;
    }

    @Override
    void restore(Object snapshot) {
        State s = (State) snapshot;
        dataPath = s.dataPath;
        arrayIndex = s.arrayIndex;
        group = s.group;
        select = s.select;
        hide = s.hide;
        lock = s.lock;
        mute = s.mute;
        active = s.active;
        intValues = s.intValues;
        discreteValues = s.discreteValues;
        activeKeyframeIndex = s.activeKeyframeIndex;
        extrapolation = s.extrapolation;
        autoSmoothing = s.autoSmoothing;
        modifiers = new ArrayList<>(s.modifiers);
        n = s.n;
        // the snapshot keeps its arrays: shared until this curve writes to them (copy-on-write)
        x = s.floats[0];
        y = s.floats[1];
        hlx = s.floats[2];
        hly = s.floats[3];
        hrx = s.floats[4];
        hry = s.floats[5];
        back = s.floats[6];
        amplitude = s.floats[7];
        period = s.floats[8];
        ipo = s.bytes[0];
        h1 = s.bytes[1];
        h2 = s.bytes[2];
        easing = s.bytes[3];
        type = s.bytes[4];
        flags = s.bytes[5];
        shared = A_ALL;
        // the mark belongs to the state: it held for exactly these keys and settings
        handlesRecalculated = s.handlesRecalculated;
    }

    @Override
    long snapshotBytes() {
        return 128 + 42L * n;
    }

    @Override
    public String toString() {
        return dataPath + "[" + arrayIndex + "] (" + n + " keys)";
    }
}
