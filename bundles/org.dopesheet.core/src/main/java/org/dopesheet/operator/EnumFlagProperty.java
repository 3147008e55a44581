package org.dopesheet.operator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A set of enum items (RNA enum property with {@code PROP_ENUM_FLAG}); the raw value is a list
 * or set of identifiers.
 *
 * @param <E> the enum
 */
public final class EnumFlagProperty<E extends Enum<E>> extends PropertyDef<Set<E>> {
    private final Class<E> type;
    private final Set<E> defaultValue;

    private EnumFlagProperty(String id, Class<E> type, Set<E> defaultValue) {
        super(id);
        this.type = type;
        this.defaultValue = Collections.unmodifiableSet(defaultValue.isEmpty() ? EnumSet.noneOf(type)
                : EnumSet.copyOf(defaultValue));
    }

    public static <E extends Enum<E>> EnumFlagProperty<E> of(String id, Class<E> type, Set<E> defaultValue) {
        return new EnumFlagProperty<>(id, type, defaultValue);
    }

    public EnumFlagProperty<E> name(String v) {
        setName(v);
        return this;
    }

    public EnumFlagProperty<E> description(String v) {
        setDescription(v);
        return this;
    }

    public EnumFlagProperty<E> skipSave() {
        setSkipSave(true);
        return this;
    }

    public Class<E> enumType() {
        return type;
    }

    public List<EnumItem> items() {
        return EnumProperty.itemsOf(type, EnumSet.allOf(type));
    }

    @Override
    public PropertyType type() {
        return PropertyType.ENUM_FLAG;
    }

    @Override
    public Set<E> defaultValue() {
        return defaultValue;
    }

    @Override
    public Set<E> coerce(Object raw, String operatorId, String path) {
        if (!(raw instanceof Collection)) {
            throw error(operatorId, path, "expected a set of identifiers (of " + EnumProperty.identifiers(items())
                    + "), got " + typeName(raw) + " " + raw);
        }
        EnumSet<E> out = EnumSet.noneOf(type);
        for (Object o : (Collection<?>) raw) {
            out.add(EnumProperty.coerceItem(type, EnumSet.allOf(type), o, operatorId, path));
        }
        return Collections.unmodifiableSet(out);
    }

    @Override
    public Object toPlain(Set<E> value) {
        List<Object> out = new ArrayList<>();
        for (E e : value) {
            out.add(e.name());
        }
        return out;
    }

    @Override
    public String describeRule() {
        return "enum set, default " + toPlain(defaultValue) + ", items " + EnumProperty.identifiers(items());
    }
}
