package org.dopesheet.operator;

/** A string property with an optional maximum length (in characters; 0 = unlimited). */
public final class StringProperty extends PropertyDef<String> {
    private final String defaultValue;
    private int maxLength;

    private StringProperty(String id, String defaultValue) {
        super(id);
        this.defaultValue = defaultValue;
    }

    public static StringProperty of(String id, String defaultValue) {
        return new StringProperty(id, defaultValue);
    }

    public StringProperty name(String v) {
        setName(v);
        return this;
    }

    public StringProperty description(String v) {
        setDescription(v);
        return this;
    }

    public StringProperty skipSave() {
        setSkipSave(true);
        return this;
    }

    public StringProperty hide() {
        setHidden(true);
        return this;
    }

    public StringProperty maxLength(int v) {
        maxLength = v;
        return this;
    }

    public int maxLength() {
        return maxLength;
    }

    @Override
    public PropertyType type() {
        return PropertyType.STRING;
    }

    @Override
    public String defaultValue() {
        return defaultValue;
    }

    @Override
    public String coerce(Object raw, String operatorId, String path) {
        if (!(raw instanceof CharSequence)) {
            throw error(operatorId, path, "expected a string, got " + typeName(raw) + " " + raw);
        }
        String s = raw.toString();
        if (maxLength > 0 && s.length() > maxLength) {
            throw error(operatorId, path, "is longer than " + maxLength + " characters");
        }
        return s;
    }

    @Override
    public Object toPlain(String value) {
        return value;
    }

    @Override
    public String describeRule() {
        return "string, default '" + defaultValue + "'" + (maxLength > 0 ? ", at most " + maxLength + " characters" : "");
    }
}
