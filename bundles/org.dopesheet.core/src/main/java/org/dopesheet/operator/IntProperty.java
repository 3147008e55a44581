package org.dopesheet.operator;

/** An int property with a hard range (values outside are rejected) and a soft (UI) range. */
public final class IntProperty extends PropertyDef<Integer> {
    private final int defaultValue;
    private int min = Integer.MIN_VALUE, max = Integer.MAX_VALUE;
    private int softMin = Integer.MIN_VALUE, softMax = Integer.MAX_VALUE;

    private IntProperty(String id, int defaultValue) {
        super(id);
        this.defaultValue = defaultValue;
    }

    public static IntProperty of(String id, int defaultValue) {
        return new IntProperty(id, defaultValue);
    }

    public IntProperty name(String v) {
        setName(v);
        return this;
    }

    public IntProperty description(String v) {
        setDescription(v);
        return this;
    }

    public IntProperty skipSave() {
        setSkipSave(true);
        return this;
    }

    public IntProperty hide() {
        setHidden(true);
        return this;
    }

    /** Hard range (inclusive); the soft range defaults to it. */
    public IntProperty range(int minValue, int maxValue) {
        this.min = minValue;
        this.max = maxValue;
        this.softMin = minValue;
        this.softMax = maxValue;
        return this;
    }

    /** Soft (UI) range. */
    public IntProperty softRange(int minValue, int maxValue) {
        this.softMin = minValue;
        this.softMax = maxValue;
        return this;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    public int softMin() {
        return softMin;
    }

    public int softMax() {
        return softMax;
    }

    @Override
    public PropertyType type() {
        return PropertyType.INT;
    }

    @Override
    public Integer defaultValue() {
        return defaultValue;
    }

    @Override
    public Integer coerce(Object raw, String operatorId, String path) {
        long v = toLong(raw, operatorId, path);
        if (v < min || v > max) {
            throw error(operatorId, path, "value " + v + " is out of range [" + min + ", " + max + "]");
        }
        return (int) v;
    }

    static long toLong(Object raw, String operatorId, String path) {
        if (raw instanceof Integer || raw instanceof Long || raw instanceof Short || raw instanceof Byte) {
            return ((Number) raw).longValue();
        }
        throw error(operatorId, path, "expected an int, got " + typeName(raw) + " " + raw);
    }

    @Override
    public Object toPlain(Integer value) {
        return value;
    }

    @Override
    public String describeRule() {
        return "int, default " + defaultValue + rangeText(min, max);
    }

    static String rangeText(long lo, long hi) {
        if (lo == Integer.MIN_VALUE && hi == Integer.MAX_VALUE) {
            return "";
        }
        return ", range [" + lo + ", " + hi + "]";
    }
}
