package org.dopesheet.operator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Validated property values of one invocation: every property of the schema has a value (the
 * given one or the default). Immutable.
 */
public final class OperatorProperties {
    private final PropertySchema schema;
    private final Map<String, Object> values;
    private final Set<String> set;

    OperatorProperties(PropertySchema schema, Map<String, Object> values, Set<String> set) {
        this.schema = schema;
        this.values = values;
        this.set = set;
    }

    /** The value of a property of this schema. */
    public <T> T get(PropertyDef<T> def) {
        if (schema.get(def.id()) != def) {
            throw new IllegalArgumentException("property '" + def.id() + "' is not part of this schema");
        }
        @SuppressWarnings("unchecked")
        T v = (T) values.get(def.id());
        return v;
    }

    /** The value by identifier (typed as the definition's value type), or null if unknown. */
    public Object get(String id) {
        return values.get(id);
    }

    /** Whether the caller gave this property explicitly ({@code RNA_struct_property_is_set}). */
    public boolean isSet(String id) {
        return set.contains(id);
    }

    public PropertySchema schema() {
        return schema;
    }

    /** The values as plain data (Boolean, Integer, Float, String, List, Map), in schema order. */
    public Map<String, Object> toPlain() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (PropertyDef<?> p : schema.properties()) {
            out.put(p.id(), p.plainOf(values.get(p.id())));
        }
        return out;
    }

    /** Python keyword-argument form, e.g. {@code threshold=0.001, channels=False}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Object> e : toPlain().entrySet()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(e.getKey()).append('=').append(PythonLiterals.format(e.getValue()));
        }
        return sb.toString();
    }
}
