package org.dopesheet.ops.nla;

import org.dopesheet.operator.PropertyDef;
import org.dopesheet.operator.PropertyType;

/**
 * An action given by name, or None: what an RNA pointer property to an action takes from
 * Python ({@code space.action = bpy.data.actions["Name"]} or {@code = None}).
 * <p>
 * CORE GAP: the SPI has no pointer/ID property type and {@code StringProperty} refuses None, so
 * this family defines the None-accepting string property itself.
 */
final class ActionNameProperty extends PropertyDef<String> {
    private ActionNameProperty(String id) {
        super(id);
    }

    /** A property whose value is an action name or None (default None). */
    static ActionNameProperty of(String id, String name, String description) {
        ActionNameProperty p = new ActionNameProperty(id);
        p.setName(name);
        p.setDescription(description);
        return p;
    }

    @Override
    public PropertyType type() {
        return PropertyType.STRING;
    }

    @Override
    public String defaultValue() {
        return null;
    }

    @Override
    public String coerce(Object raw, String operatorId, String path) {
        if (raw == null) {
            return null;
        }
        if (raw instanceof CharSequence) {
            String s = raw.toString();
            if (s.isEmpty()) {
                throw error(operatorId, path, "expected an action name or None, got an empty string");
            }
            return s;
        }
        throw error(operatorId, path, "expected an action name (a string) or None, got " + typeName(raw) + " " + raw);
    }

    @Override
    public Object toPlain(String value) {
        return value;
    }

    @Override
    public String describeRule() {
        return "action name or None, default None";
    }
}
