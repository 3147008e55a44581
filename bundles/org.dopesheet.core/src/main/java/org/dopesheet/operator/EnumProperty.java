package org.dopesheet.operator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dopesheet.model.RnaEnum;

/**
 * An enum property over a Java enum whose constant names are the RNA identifiers. Items' names
 * and descriptions come from {@link RnaEnum} when the enum implements it. A subset of the
 * constants can be offered with {@link #items}.
 *
 * @param <E> the enum
 */
public final class EnumProperty<E extends Enum<E>> extends PropertyDef<E> {
    private final Class<E> type;
    private final E defaultValue;
    private Set<E> allowed;

    private EnumProperty(String id, Class<E> type, E defaultValue) {
        super(id);
        this.type = type;
        this.defaultValue = defaultValue;
        this.allowed = EnumSet.allOf(type);
    }

    public static <E extends Enum<E>> EnumProperty<E> of(String id, Class<E> type, E defaultValue) {
        return new EnumProperty<>(id, type, defaultValue);
    }

    public EnumProperty<E> name(String v) {
        setName(v);
        return this;
    }

    public EnumProperty<E> description(String v) {
        setDescription(v);
        return this;
    }

    public EnumProperty<E> skipSave() {
        setSkipSave(true);
        return this;
    }

    public EnumProperty<E> hide() {
        setHidden(true);
        return this;
    }

    /** Restricts the allowed items. */
    @SafeVarargs
    public final EnumProperty<E> items(E first, E... rest) {
        allowed = EnumSet.of(first, rest);
        return this;
    }

    public Class<E> enumType() {
        return type;
    }

    /** The allowed items, in declaration order. */
    public List<EnumItem> items() {
        return itemsOf(type, allowed);
    }

    static <E extends Enum<E>> List<EnumItem> itemsOf(Class<E> type, Set<E> allowed) {
        List<EnumItem> out = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            if (allowed.contains(e)) {
                if (e instanceof RnaEnum) {
                    RnaEnum r = (RnaEnum) e;
                    out.add(new EnumItem(e.name(), r.uiName(), r.description()));
                } else {
                    out.add(new EnumItem(e.name(), e.name(), ""));
                }
            }
        }
        return Collections.unmodifiableList(out);
    }

    static String identifiers(List<EnumItem> items) {
        StringBuilder sb = new StringBuilder();
        for (EnumItem i : items) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(i.identifier());
        }
        return sb.toString();
    }

    @Override
    public PropertyType type() {
        return PropertyType.ENUM;
    }

    @Override
    public E defaultValue() {
        return defaultValue;
    }

    @Override
    public E coerce(Object raw, String operatorId, String path) {
        return coerceItem(type, allowed, raw, operatorId, path);
    }

    static <E extends Enum<E>> E coerceItem(Class<E> type, Set<E> allowed, Object raw, String operatorId, String path) {
        if (type.isInstance(raw) && allowed.contains(type.cast(raw))) {
            return type.cast(raw);
        }
        if (raw instanceof CharSequence) {
            String s = raw.toString();
            for (E e : allowed) {
                if (e.name().equals(s)) {
                    return e;
                }
            }
            throw error(operatorId, path, "has no item '" + s + "'; expected one of "
                    + identifiers(itemsOf(type, allowed)));
        }
        throw error(operatorId, path, "expected an enum identifier (one of " + identifiers(itemsOf(type, allowed))
                + "), got " + typeName(raw) + " " + raw);
    }

    @Override
    public Object toPlain(E value) {
        return value.name();
    }

    @Override
    public String describeRule() {
        return "enum, default " + defaultValue.name() + ", one of " + identifiers(items());
    }
}
