package org.dopesheet.operator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A collection of property groups, e.g. a lasso {@code path} of {@code {name, loc[2], time}}
 * items. The raw value is a list of maps; the default is empty.
 */
public final class CollectionProperty extends PropertyDef<List<OperatorProperties>> {
    private final PropertySchema itemSchema;

    private CollectionProperty(String id, PropertySchema itemSchema) {
        super(id);
        this.itemSchema = itemSchema;
    }

    public static CollectionProperty of(String id, PropertySchema itemSchema) {
        return new CollectionProperty(id, itemSchema);
    }

    public CollectionProperty name(String v) {
        setName(v);
        return this;
    }

    public CollectionProperty description(String v) {
        setDescription(v);
        return this;
    }

    public CollectionProperty skipSave() {
        setSkipSave(true);
        return this;
    }

    public CollectionProperty hide() {
        setHidden(true);
        return this;
    }

    public PropertySchema itemSchema() {
        return itemSchema;
    }

    @Override
    public PropertyType type() {
        return PropertyType.COLLECTION;
    }

    @Override
    public List<OperatorProperties> defaultValue() {
        return List.of();
    }

    @Override
    public List<OperatorProperties> coerce(Object raw, String operatorId, String path) {
        if (!(raw instanceof List)) {
            throw error(operatorId, path, "expected a list of dicts of " + itemSchema.ids() + ", got " + typeName(raw)
                    + " " + raw);
        }
        List<OperatorProperties> out = new ArrayList<>();
        int i = 0;
        for (Object o : (List<?>) raw) {
            String p = path + "[" + i++ + "]";
            if (o instanceof OperatorProperties) {
                out.add((OperatorProperties) o);
            } else if (o instanceof Map) {
                @SuppressWarnings("unchecked")
                Map<String, ?> map = (Map<String, ?>) o;
                out.add(itemSchema.validate(map, operatorId, p + "."));
            } else {
                throw error(operatorId, p, "expected a dict of " + itemSchema.ids() + ", got " + typeName(o) + " " + o);
            }
        }
        return List.copyOf(out);
    }

    @Override
    public Object toPlain(List<OperatorProperties> value) {
        List<Object> out = new ArrayList<>();
        for (OperatorProperties p : value) {
            out.add(p.toPlain());
        }
        return out;
    }

    @Override
    public String describeRule() {
        return "collection of {" + itemSchema.ids() + "}";
    }
}
