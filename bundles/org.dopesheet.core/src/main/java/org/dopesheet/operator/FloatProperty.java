package org.dopesheet.operator;

/**
 * A float property (32-bit, as Blender's RNA floats) with a hard range (values outside are
 * rejected) and a soft (UI) range. NaN is rejected.
 */
public final class FloatProperty extends PropertyDef<Float> {
    private final float defaultValue;
    private float min = -Float.MAX_VALUE, max = Float.MAX_VALUE;
    private float softMin = -Float.MAX_VALUE, softMax = Float.MAX_VALUE;

    private FloatProperty(String id, float defaultValue) {
        super(id);
        this.defaultValue = defaultValue;
    }

    public static FloatProperty of(String id, float defaultValue) {
        return new FloatProperty(id, defaultValue);
    }

    public FloatProperty name(String v) {
        setName(v);
        return this;
    }

    public FloatProperty description(String v) {
        setDescription(v);
        return this;
    }

    public FloatProperty skipSave() {
        setSkipSave(true);
        return this;
    }

    public FloatProperty hide() {
        setHidden(true);
        return this;
    }

    /** Hard range (inclusive); the soft range defaults to it. */
    public FloatProperty range(float minValue, float maxValue) {
        this.min = minValue;
        this.max = maxValue;
        this.softMin = minValue;
        this.softMax = maxValue;
        return this;
    }

    public FloatProperty softRange(float minValue, float maxValue) {
        this.softMin = minValue;
        this.softMax = maxValue;
        return this;
    }

    public float min() {
        return min;
    }

    public float max() {
        return max;
    }

    public float softMin() {
        return softMin;
    }

    public float softMax() {
        return softMax;
    }

    @Override
    public PropertyType type() {
        return PropertyType.FLOAT;
    }

    @Override
    public Float defaultValue() {
        return defaultValue;
    }

    @Override
    public Float coerce(Object raw, String operatorId, String path) {
        float v = toFloat(raw, operatorId, path, min, max);
        if (v < min || v > max) {
            throw error(operatorId, path, "value " + v + " is out of range [" + min + ", " + max + "]");
        }
        return v;
    }

    static float toFloat(Object raw, String operatorId, String path, float min, float max) {
        if (raw instanceof Number && !(raw instanceof Boolean)) {
            double d = ((Number) raw).doubleValue();
            if (Double.isNaN(d)) {
                throw error(operatorId, path, "is NaN; expected a float in [" + min + ", " + max + "]");
            }
            return (float) d;
        }
        throw error(operatorId, path, "expected a float in [" + min + ", " + max + "], got "
                + (raw == null ? "None" : typeName(raw) + " " + raw));
    }

    @Override
    public Object toPlain(Float value) {
        return value;
    }

    @Override
    public String describeRule() {
        String range = min == -Float.MAX_VALUE && max == Float.MAX_VALUE ? "" : ", range [" + min + ", " + max + "]";
        return "float, default " + defaultValue + range;
    }
}
