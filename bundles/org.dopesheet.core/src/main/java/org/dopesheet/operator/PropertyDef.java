package org.dopesheet.operator;

/**
 * Definition of one operator property: identifier, UI name, description, default and the rules
 * a value must satisfy. Subclasses exist per {@link PropertyType}; operators declare them as
 * constants and read validated values with {@link OperatorProperties#get(PropertyDef)}.
 * Configure a definition once, when it is declared; it is treated as immutable afterwards.
 *
 * @param <T> the type of a validated value
 */
public abstract class PropertyDef<T> {
    private final String id;
    private String name;
    private String description = "";
    private boolean skipSave;
    private boolean hidden;

    protected PropertyDef(String id) {
        if (!id.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("invalid property identifier '" + id + "'");
        }
        this.id = id;
        this.name = id;
    }

    /** RNA identifier, e.g. {@code threshold}. */
    public final String id() {
        return id;
    }

    /** UI name. */
    public final String name() {
        return name;
    }

    /** Tooltip description. */
    public final String description() {
        return description;
    }

    /** Not remembered between invocations ({@code PROP_SKIP_SAVE}). */
    public final boolean isSkipSave() {
        return skipSave;
    }

    /** Not shown in UIs ({@code PROP_HIDDEN}). */
    public final boolean isHidden() {
        return hidden;
    }

    protected final void setName(String v) {
        name = v;
    }

    protected final void setDescription(String v) {
        description = v;
    }

    protected final void setSkipSave(boolean v) {
        skipSave = v;
    }

    protected final void setHidden(boolean v) {
        hidden = v;
    }

    /** The property type. */
    public abstract PropertyType type();

    /** The default value. */
    public abstract T defaultValue();

    /**
     * Validates and converts a raw value (Boolean, Number, String, List, Map, or an
     * already-typed value). {@code path} names the property in messages.
     *
     * @throws PropertyException naming the property and what is allowed
     */
    public abstract T coerce(Object raw, String operatorId, String path);

    /** The value as plain data: Boolean, Integer, Float, String, List, Map. */
    public abstract Object toPlain(T value);

    /** A one-line description of type, default and range for listings. */
    public abstract String describeRule();

    @SuppressWarnings("unchecked")
    final Object plainOf(Object value) {
        return toPlain((T) value);
    }

    protected static PropertyException error(String operatorId, String path, String message) {
        String where = operatorId == null ? "" : operatorId + ": ";
        return new PropertyException(operatorId, path, where + "property '" + path + "' " + message);
    }

    protected static String typeName(Object raw) {
        if (raw == null) {
            return "None";
        }
        if (raw instanceof Boolean) {
            return "a boolean";
        }
        if (raw instanceof Integer || raw instanceof Long || raw instanceof Short || raw instanceof Byte) {
            return "an int";
        }
        if (raw instanceof Number) {
            return "a float";
        }
        if (raw instanceof CharSequence) {
            return "a string";
        }
        if (raw instanceof java.util.Map) {
            return "a dict";
        }
        if (raw instanceof java.util.Collection || raw.getClass().isArray()) {
            return "a list";
        }
        return raw.getClass().getSimpleName();
    }

    @Override
    public String toString() {
        return id + ": " + describeRule();
    }
}
