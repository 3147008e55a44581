package org.dopesheet.metatype.internal;

import java.util.ArrayList;
import java.util.List;
import org.dopesheet.operator.EnumFlagProperty;
import org.dopesheet.operator.EnumItem;
import org.dopesheet.operator.EnumProperty;
import org.dopesheet.operator.FloatArrayProperty;
import org.dopesheet.operator.FloatProperty;
import org.dopesheet.operator.IntArrayProperty;
import org.dopesheet.operator.IntProperty;
import org.dopesheet.operator.Invocation;
import org.dopesheet.operator.OperatorException;
import org.dopesheet.operator.PropertyDef;
import org.dopesheet.operator.PythonLiterals;
import org.osgi.service.metatype.AttributeDefinition;

/**
 * One operator property as a Metatype attribute.
 * <table>
 * <caption>Mapping</caption>
 * <tr><th>property type</th><th>attribute type</th><th>cardinality</th><th>options</th></tr>
 * <tr><td>BOOLEAN</td><td>BOOLEAN</td><td>0</td><td></td></tr>
 * <tr><td>INT</td><td>INTEGER</td><td>0</td><td></td></tr>
 * <tr><td>FLOAT</td><td>FLOAT</td><td>0</td><td></td></tr>
 * <tr><td>STRING</td><td>STRING</td><td>0</td><td></td></tr>
 * <tr><td>ENUM</td><td>STRING</td><td>0</td><td>item identifiers, labelled with item names</td></tr>
 * <tr><td>ENUM_FLAG</td><td>STRING</td><td>number of items (an array of at most that many)</td><td>as ENUM</td></tr>
 * <tr><td>INT_ARRAY</td><td>INTEGER</td><td>the length</td><td></td></tr>
 * <tr><td>FLOAT_ARRAY</td><td>FLOAT</td><td>the length, {@link Integer#MAX_VALUE} when dynamic</td><td></td></tr>
 * <tr><td>GROUP, COLLECTION</td><td>STRING</td><td>0: the value is a Python literal, {@code {'key': value}} or {@code [{...}, ...]}</td><td></td></tr>
 * </table>
 * Metatype has no minimum or maximum: the hard range of INT and FLOAT properties is appended to
 * the description ({@code Range: 1 to 64.}) and enforced by {@link #validate}, which runs the
 * property's own validation on the parsed value.
 */
final class PropertyAttributeDefinition implements AttributeDefinition {
    private final PropertyDef<?> def;

    PropertyAttributeDefinition(PropertyDef<?> def) {
        this.def = def;
    }

    @Override
    public String getName() {
        return def.name();
    }

    @Override
    public String getID() {
        return def.id();
    }

    @Override
    public String getDescription() {
        String range = range();
        String d = def.description();
        if (range == null) {
            return d;
        }
        return d.isEmpty() ? range : d + (d.endsWith(".") ? " " : ". ") + range;
    }

    /** "Range: a to b." for INT and FLOAT properties with a hard range, else null. */
    private String range() {
        if (def instanceof IntProperty p && (p.min() != Integer.MIN_VALUE || p.max() != Integer.MAX_VALUE)) {
            return "Range: " + bound(p.min(), Integer.MIN_VALUE) + " to " + bound(p.max(), Integer.MAX_VALUE) + ".";
        }
        if (def instanceof FloatProperty p && (p.min() != -Float.MAX_VALUE || p.max() != Float.MAX_VALUE)) {
            return "Range: " + bound(p.min(), -Float.MAX_VALUE) + " to " + bound(p.max(), Float.MAX_VALUE) + ".";
        }
        return null;
    }

    private static String bound(long v, long unbounded) {
        return v == unbounded ? (v < 0 ? "-inf" : "inf") : Long.toString(v);
    }

    private static String bound(float v, float unbounded) {
        return v == unbounded ? (v < 0 ? "-inf" : "inf") : Float.toString(v);
    }

    @Override
    public int getCardinality() {
        if (def instanceof EnumFlagProperty<?> p) {
            return p.items().size();
        }
        if (def instanceof IntArrayProperty p) {
            return p.length();
        }
        if (def instanceof FloatArrayProperty p) {
            return p.isDynamic() ? Integer.MAX_VALUE : p.length();
        }
        return 0;
    }

    @Override
    public int getType() {
        switch (def.type()) {
            case BOOLEAN:
                return BOOLEAN;
            case INT:
            case INT_ARRAY:
                return INTEGER;
            case FLOAT:
            case FLOAT_ARRAY:
                return FLOAT;
            default:
                return STRING;
        }
    }

    @Override
    public String[] getOptionValues() {
        List<EnumItem> items = items();
        return items == null ? null : items.stream().map(EnumItem::identifier).toArray(String[]::new);
    }

    @Override
    public String[] getOptionLabels() {
        List<EnumItem> items = items();
        return items == null ? null : items.stream().map(EnumItem::name).toArray(String[]::new);
    }

    private List<EnumItem> items() {
        if (def instanceof EnumProperty<?> p) {
            return p.items();
        }
        if (def instanceof EnumFlagProperty<?> p) {
            return p.items();
        }
        return null;
    }

    @Override
    public String[] getDefaultValue() {
        Object plain = plainDefault(def);
        if (getCardinality() != 0) {
            List<String> out = new ArrayList<>();
            for (Object o : (Iterable<?>) plain) {
                out.add(String.valueOf(o));
            }
            return out.toArray(String[]::new);
        }
        if (plain instanceof java.util.Map || plain instanceof java.util.List) {
            return new String[] {PythonLiterals.format(plain)};
        }
        return new String[] {String.valueOf(plain)};
    }

    private static <T> Object plainDefault(PropertyDef<T> def) {
        return def.toPlain(def.defaultValue());
    }

    /**
     * Validates a value in Metatype's string form (multi-valued: comma-separated, with {@code \,}
     * escaping a comma) by the property's own rules: "" when valid, the property's message when
     * not.
     */
    @Override
    public String validate(String value) {
        if (value == null) {
            return "no value";
        }
        try {
            Object raw;
            if (getCardinality() != 0) {
                List<Object> elements = new ArrayList<>();
                for (String element : splitEscaped(value)) {
                    elements.add(parseScalar(element.strip()));
                }
                raw = elements;
            } else {
                raw = parseScalar(value);
            }
            def.coerce(raw, null, def.id());
            return "";
        } catch (NumberFormatException e) {
            return "property '" + def.id() + "' " + (getType() == INTEGER ? "expected an int" : "expected a float")
                    + ", got '" + value + "'";
        } catch (OperatorException e) {
            return e.getMessage();
        }
    }

    /** One value in string form as the raw value the property's validation takes. */
    private Object parseScalar(String s) {
        switch (getType()) {
            case BOOLEAN:
                if (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false")) {
                    return Boolean.valueOf(s);
                }
                return s;
            case INTEGER:
                return Long.valueOf(s.strip());
            case FLOAT:
                return Double.valueOf(s.strip());
            default:
                switch (def.type()) {
                    case GROUP:
                    case COLLECTION:
                        return Invocation.parseValue(s);
                    default:
                        return s;
                }
        }
    }

    /** Splits Metatype's multi-value string form at unescaped commas, unescaping {@code \,} and {@code \\}. */
    static List<String> splitEscaped(String value) {
        List<String> out = new ArrayList<>();
        if (value.isEmpty()) {
            return out;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                sb.append(value.charAt(++i));
            } else if (c == ',') {
                out.add(sb.toString());
                sb.setLength(0);
            } else {
                sb.append(c);
            }
        }
        out.add(sb.toString());
        return out;
    }
}
