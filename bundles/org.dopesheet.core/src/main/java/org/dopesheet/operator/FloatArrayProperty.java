package org.dopesheet.operator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A float array property with a hard range per element: fixed-length, or of any length
 * ({@link #dynamic}, Blender's dynamic arrays; default empty).
 */
public final class FloatArrayProperty extends PropertyDef<float[]> {
    private final float[] defaultValue;
    private boolean dynamicLength;
    private float min = -Float.MAX_VALUE, max = Float.MAX_VALUE;

    private FloatArrayProperty(String id, float[] defaultValue) {
        super(id);
        this.defaultValue = defaultValue.clone();
    }

    public static FloatArrayProperty of(String id, float... defaultValue) {
        return new FloatArrayProperty(id, defaultValue);
    }

    /** An array property of any length, empty by default. */
    public static FloatArrayProperty dynamic(String id) {
        FloatArrayProperty p = new FloatArrayProperty(id, new float[0]);
        p.dynamicLength = true;
        return p;
    }

    /** Whether any length is accepted. */
    public boolean isDynamic() {
        return dynamicLength;
    }

    public FloatArrayProperty name(String v) {
        setName(v);
        return this;
    }

    public FloatArrayProperty description(String v) {
        setDescription(v);
        return this;
    }

    public FloatArrayProperty range(float minValue, float maxValue) {
        min = minValue;
        max = maxValue;
        return this;
    }

    /** Smallest allowed element. */
    public float min() {
        return min;
    }

    /** Largest allowed element. */
    public float max() {
        return max;
    }

    public int length() {
        return defaultValue.length;
    }

    @Override
    public PropertyType type() {
        return PropertyType.FLOAT_ARRAY;
    }

    @Override
    public float[] defaultValue() {
        return defaultValue.clone();
    }

    @Override
    public float[] coerce(Object raw, String operatorId, String path) {
        List<?> list = asList(raw, dynamicLength ? -1 : defaultValue.length, operatorId, path, this);
        float[] out = new float[list.size()];
        for (int i = 0; i < out.length; i++) {
            float v = FloatProperty.toFloat(list.get(i), operatorId, path + "[" + i + "]", min, max);
            if (v < min || v > max) {
                throw error(operatorId, path + "[" + i + "]", "value " + v + " is out of range [" + min + ", " + max + "]");
            }
            out[i] = v;
        }
        return out;
    }

    static List<?> asList(Object raw, int length, String operatorId, String path, PropertyDef<?> def) {
        List<Object> list = new ArrayList<>();
        if (raw instanceof List) {
            list.addAll((List<?>) raw);
        } else if (raw instanceof float[]) {
            for (float f : (float[]) raw) {
                list.add(f);
            }
        } else if (raw instanceof int[]) {
            for (int v : (int[]) raw) {
                list.add(v);
            }
        } else {
            throw error(operatorId, path, "expected a list of " + (length < 0 ? "" : length + " ") + "numbers, got "
                    + typeName(raw) + " " + raw);
        }
        if (length >= 0 && list.size() != length) {
            throw error(operatorId, path, "expected " + length + " values, got " + list.size());
        }
        return list;
    }

    @Override
    public Object toPlain(float[] value) {
        List<Object> out = new ArrayList<>();
        for (float v : value) {
            out.add(v);
        }
        return out;
    }

    @Override
    public String describeRule() {
        String range = min == -Float.MAX_VALUE && max == Float.MAX_VALUE ? "" : ", range [" + min + ", " + max + "]";
        return "float[" + (dynamicLength ? "" : defaultValue.length) + "], default " + Arrays.toString(defaultValue) + range;
    }
}
