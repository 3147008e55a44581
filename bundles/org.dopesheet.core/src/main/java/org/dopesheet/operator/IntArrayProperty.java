package org.dopesheet.operator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A fixed-length int array property with a hard range per element. */
public final class IntArrayProperty extends PropertyDef<int[]> {
    private final int[] defaultValue;
    private int min = Integer.MIN_VALUE, max = Integer.MAX_VALUE;

    private IntArrayProperty(String id, int[] defaultValue) {
        super(id);
        this.defaultValue = defaultValue.clone();
    }

    public static IntArrayProperty of(String id, int... defaultValue) {
        return new IntArrayProperty(id, defaultValue);
    }

    public IntArrayProperty name(String v) {
        setName(v);
        return this;
    }

    public IntArrayProperty description(String v) {
        setDescription(v);
        return this;
    }

    public IntArrayProperty range(int minValue, int maxValue) {
        min = minValue;
        max = maxValue;
        return this;
    }

    /** Smallest allowed element. */
    public int min() {
        return min;
    }

    /** Largest allowed element. */
    public int max() {
        return max;
    }

    public int length() {
        return defaultValue.length;
    }

    @Override
    public PropertyType type() {
        return PropertyType.INT_ARRAY;
    }

    @Override
    public int[] defaultValue() {
        return defaultValue.clone();
    }

    @Override
    public int[] coerce(Object raw, String operatorId, String path) {
        List<?> list = FloatArrayProperty.asList(raw, defaultValue.length, operatorId, path, this);
        int[] out = new int[list.size()];
        for (int i = 0; i < out.length; i++) {
            long v = IntProperty.toLong(list.get(i), operatorId, path + "[" + i + "]");
            if (v < min || v > max) {
                throw error(operatorId, path + "[" + i + "]", "value " + v + " is out of range [" + min + ", " + max + "]");
            }
            out[i] = (int) v;
        }
        return out;
    }

    @Override
    public Object toPlain(int[] value) {
        List<Object> out = new ArrayList<>();
        for (int v : value) {
            out.add(v);
        }
        return out;
    }

    @Override
    public String describeRule() {
        return "int[" + defaultValue.length + "], default " + Arrays.toString(defaultValue)
                + IntProperty.rangeText(min, max);
    }
}
