package org.dopesheet.operator;

import java.util.Map;

/**
 * A nested property group, e.g. the sub-operator properties of a macro
 * ({@code TRANSFORM_OT_transform={...}}). The raw value is a map validated against the schema;
 * missing members take their defaults.
 */
public final class GroupProperty extends PropertyDef<OperatorProperties> {
    private final PropertySchema schema;

    private GroupProperty(String id, PropertySchema schema) {
        super(id);
        this.schema = schema;
    }

    public static GroupProperty of(String id, PropertySchema schema) {
        return new GroupProperty(id, schema);
    }

    public GroupProperty name(String v) {
        setName(v);
        return this;
    }

    public GroupProperty description(String v) {
        setDescription(v);
        return this;
    }

    public PropertySchema schema() {
        return schema;
    }

    @Override
    public PropertyType type() {
        return PropertyType.GROUP;
    }

    @Override
    public OperatorProperties defaultValue() {
        return schema.defaults();
    }

    @Override
    public OperatorProperties coerce(Object raw, String operatorId, String path) {
        if (raw instanceof OperatorProperties) {
            return (OperatorProperties) raw;
        }
        if (!(raw instanceof Map)) {
            throw error(operatorId, path, "expected a dict of " + schema.ids() + ", got " + typeName(raw) + " " + raw);
        }
        @SuppressWarnings("unchecked")
        Map<String, ?> map = (Map<String, ?>) raw;
        return schema.validate(map, operatorId, path + ".");
    }

    @Override
    public Object toPlain(OperatorProperties value) {
        return value.toPlain();
    }

    @Override
    public String describeRule() {
        return "group {" + schema.ids() + "}";
    }
}
