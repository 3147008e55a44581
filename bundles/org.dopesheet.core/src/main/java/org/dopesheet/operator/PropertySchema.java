package org.dopesheet.operator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The ordered property definitions of an operator (or of a property group). Immutable. */
public final class PropertySchema {
    /** No properties. */
    public static final PropertySchema EMPTY = new PropertySchema(List.of());

    private final List<PropertyDef<?>> properties;

    private PropertySchema(List<PropertyDef<?>> properties) {
        Set<String> ids = new HashSet<>();
        for (PropertyDef<?> p : properties) {
            if (!ids.add(p.id())) {
                throw new IllegalArgumentException("duplicate property '" + p.id() + "'");
            }
        }
        this.properties = List.copyOf(properties);
    }

    public static PropertySchema of(PropertyDef<?>... properties) {
        return new PropertySchema(List.of(properties));
    }

    public static PropertySchema of(List<PropertyDef<?>> properties) {
        return new PropertySchema(properties);
    }

    /** The definitions in order. */
    public List<PropertyDef<?>> properties() {
        return properties;
    }

    /** The definition with this identifier, or null. */
    public PropertyDef<?> get(String id) {
        for (PropertyDef<?> p : properties) {
            if (p.id().equals(id)) {
                return p;
            }
        }
        return null;
    }

    /** Comma-separated identifiers, for messages. */
    public String ids() {
        if (properties.isEmpty()) {
            return "(none)";
        }
        StringBuilder sb = new StringBuilder();
        for (PropertyDef<?> p : properties) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(p.id());
        }
        return sb.toString();
    }

    /** All defaults. */
    public OperatorProperties defaults() {
        return validate(Map.of(), null, "");
    }

    /**
     * Validates raw values (Boolean, Number, String, List, Map, or typed values) and merges them
     * over the defaults.
     *
     * @param operatorId for messages
     * @param prefix     path prefix for nested groups ({@code ""} at top level)
     * @throws PropertyException for an unknown property or an invalid value
     */
    public OperatorProperties validate(Map<String, ?> raw, String operatorId, String prefix) {
        for (String key : raw.keySet()) {
            if (get(key) == null) {
                String where = operatorId == null ? "" : operatorId + ": ";
                throw new PropertyException(operatorId, prefix + key, where + "unknown property '" + prefix + key
                        + "'; " + (properties.isEmpty() ? "this takes no properties" : "properties are " + ids()));
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        Set<String> set = new HashSet<>();
        for (PropertyDef<?> p : properties) {
            if (raw.containsKey(p.id())) {
                values.put(p.id(), p.coerce(raw.get(p.id()), operatorId, prefix + p.id()));
                set.add(p.id());
            } else {
                values.put(p.id(), p.defaultValue());
            }
        }
        return new OperatorProperties(this, Collections.unmodifiableMap(values), Collections.unmodifiableSet(set));
    }

    /** Describes every property, one per line. */
    public List<String> describe() {
        List<String> out = new ArrayList<>();
        for (PropertyDef<?> p : properties) {
            out.add(p.toString());
        }
        return out;
    }
}
