package org.dopesheet.io.internal;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * A parsed {@code keyframes} array kept in columns: a keyframe object with exactly the fields the
 * document writer gives one, in its order ({@code co}, {@code handle_left}, {@code handle_right}
 * as pairs of fractional numbers, the five enum strings, {@code back}, {@code amplitude},
 * {@code period}, the three selection booleans), whose numbers are finite as 32-bit floats, is
 * stored as 9 floats, 5 string indices and 3 bits; any other element is kept as parsed. An
 * element is made back into its map on {@link #get}, with each number as the {@link Float}
 * {@code Node.toFloat} makes of it (the only reader of these numbers), so the document read is the
 * same. A ten-million-key document then fits in a small heap while it is read.
 */
final class CompactKeyframes extends AbstractList<Object> implements RandomAccess {
    static final String[] FIELDS = {"co", "handle_left", "handle_right", "handle_left_type", "handle_right_type",
        "interpolation", "easing", "type", "back", "amplitude", "period", "select_control_point",
        "select_left_handle", "select_right_handle"};
    private static final int FLOATS = 9;
    private static final int ENUMS = 5;

    private int size;
    private float[] floats = new float[FLOATS * 8];
    private byte[] enums = new byte[ENUMS * 8];
    private byte[] bools = new byte[8];
    private final List<String> strings = new ArrayList<>();
    /** Elements that are not in the writer's layout, by index. */
    private Map<Integer, Object> others;

    @Override
    public boolean add(Object element) {
        if (size == bools.length) {
            int cap = size + (size >> 1) + 8;
            floats = Arrays.copyOf(floats, cap * FLOATS);
            enums = Arrays.copyOf(enums, cap * ENUMS);
            bools = Arrays.copyOf(bools, cap);
        }
        if (!store(element, size)) {
            if (others == null) {
                others = new HashMap<>();
            }
            others.put(size, element);
        }
        size++;
        return true;
    }

    /** Stores a keyframe in the columns at {@code i}; false (nothing stored) when it does not fit. */
    private boolean store(Object element, int i) {
        if (!(element instanceof LinkedHashMap) || ((Map<?, ?>) element).size() != FIELDS.length) {
            return false;
        }
        Iterator<? extends Map.Entry<?, ?>> it = ((Map<?, ?>) element).entrySet().iterator();
        float[] f = new float[FLOATS];
        byte[] e = new byte[ENUMS];
        int b = 0;
        for (int k = 0; k < FIELDS.length; k++) {
            Map.Entry<?, ?> entry = it.next();
            if (!FIELDS[k].equals(entry.getKey())) {
                return false;
            }
            Object v = entry.getValue();
            if (k < 3) {
                if (!(v instanceof List) || ((List<?>) v).size() != 2 || !toFloat(((List<?>) v).get(0), f, 2 * k)
                        || !toFloat(((List<?>) v).get(1), f, 2 * k + 1)) {
                    return false;
                }
            } else if (k < 8) {
                int index = v instanceof String ? stringIndex((String) v) : -1;
                if (index < 0) {
                    return false;
                }
                e[k - 3] = (byte) index;
            } else if (k < 11) {
                if (!toFloat(v, f, 6 + k - 8)) {
                    return false;
                }
            } else {
                if (!(v instanceof Boolean)) {
                    return false;
                }
                if ((Boolean) v) {
                    b |= 1 << (k - 11);
                }
            }
        }
        System.arraycopy(f, 0, floats, i * FLOATS, FLOATS);
        System.arraycopy(e, 0, enums, i * ENUMS, ENUMS);
        bools[i] = (byte) b;
        return true;
    }

    /** A fractional literal (a {@link Double}) finite as a float, stored as that float. */
    private static boolean toFloat(Object v, float[] f, int at) {
        if (!(v instanceof Double)) {
            return false;
        }
        float x = (float) (double) (Double) v;
        if (Float.isInfinite(x)) {
            return false;
        }
        f[at] = x;
        return true;
    }

    private int stringIndex(String s) {
        int i = strings.indexOf(s);
        if (i >= 0) {
            return i;
        }
        if (strings.size() == 256) {
            return -1;
        }
        strings.add(s);
        return strings.size() - 1;
    }

    @Override
    public Object get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        if (others != null) {
            Object o = others.get(index);
            if (o != null) {
                return o;
            }
        }
        Map<String, Object> m = new LinkedHashMap<>(32);
        int fb = index * FLOATS;
        int eb = index * ENUMS;
        for (int k = 0; k < 3; k++) {
            List<Object> pair = new ArrayList<>(2);
            pair.add(floats[fb + 2 * k]);
            pair.add(floats[fb + 2 * k + 1]);
            m.put(FIELDS[k], pair);
        }
        for (int k = 3; k < 8; k++) {
            m.put(FIELDS[k], strings.get(enums[eb + k - 3] & 0xff));
        }
        for (int k = 8; k < 11; k++) {
            m.put(FIELDS[k], floats[fb + 6 + k - 8]);
        }
        for (int k = 11; k < 14; k++) {
            m.put(FIELDS[k], (bools[index] & (1 << (k - 11))) != 0);
        }
        return m;
    }

    @Override
    public int size() {
        return size;
    }
}
