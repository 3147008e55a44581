package org.dopesheet.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A modifier type the platform does not evaluate (Generator, Noise, Envelope, ...): its type and
 * type-specific RNA properties are kept as read, so documents round-trip unchanged. Values are
 * JSON-like: Boolean, Number, String, List, Map.
 */
public final class GenericModifier extends FModifier {
    private final String type;
    private Map<String, Object> properties;

    public GenericModifier(String type, Map<String, Object> properties) {
        this.type = type;
        this.properties = new LinkedHashMap<>(properties);
    }

    @Override
    public String type() {
        return type;
    }

    /** Type-specific properties (read-only view). */
    public Map<String, Object> properties() {
        return Collections.unmodifiableMap(properties);
    }

    public GenericModifier setProperty(String name, Object value) {
        changing();
        properties.put(name, value);
        return this;
    }

    @Override
    public GenericModifier copy() {
        return copyCommonInto(new GenericModifier(type, properties));
    }

    @Override
    Object ownState() {
        return new LinkedHashMap<>(properties);
    }

    @Override
    @SuppressWarnings("unchecked")
    void restoreOwnState(Object state) {
        properties = new LinkedHashMap<>((Map<String, Object>) state);
    }
}
