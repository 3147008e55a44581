package org.dopesheet.operator;

/** A boolean property. */
public final class BoolProperty extends PropertyDef<Boolean> {
    private final boolean defaultValue;

    private BoolProperty(String id, boolean defaultValue) {
        super(id);
        this.defaultValue = defaultValue;
    }

    public static BoolProperty of(String id, boolean defaultValue) {
        return new BoolProperty(id, defaultValue);
    }

    public BoolProperty name(String v) {
        setName(v);
        return this;
    }

    public BoolProperty description(String v) {
        setDescription(v);
        return this;
    }

    public BoolProperty skipSave() {
        setSkipSave(true);
        return this;
    }

    public BoolProperty hide() {
        setHidden(true);
        return this;
    }

    @Override
    public PropertyType type() {
        return PropertyType.BOOLEAN;
    }

    @Override
    public Boolean defaultValue() {
        return defaultValue;
    }

    @Override
    public Boolean coerce(Object raw, String operatorId, String path) {
        if (raw instanceof Boolean) {
            return (Boolean) raw;
        }
        throw error(operatorId, path, "expected a boolean (True or False), got " + typeName(raw) + " " + raw);
    }

    @Override
    public Object toPlain(Boolean value) {
        return value;
    }

    @Override
    public String describeRule() {
        return "boolean, default " + (defaultValue ? "True" : "False");
    }
}
