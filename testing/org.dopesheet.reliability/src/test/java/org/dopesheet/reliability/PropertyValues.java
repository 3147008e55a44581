package org.dopesheet.reliability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.dopesheet.model.Action;
import org.dopesheet.model.Channelbag;
import org.dopesheet.model.Document;
import org.dopesheet.model.EditorState;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.SceneObject;
import org.dopesheet.operator.CollectionProperty;
import org.dopesheet.operator.EnumFlagProperty;
import org.dopesheet.operator.EnumItem;
import org.dopesheet.operator.EnumProperty;
import org.dopesheet.operator.FloatArrayProperty;
import org.dopesheet.operator.FloatProperty;
import org.dopesheet.operator.GroupProperty;
import org.dopesheet.operator.IntArrayProperty;
import org.dopesheet.operator.IntProperty;
import org.dopesheet.operator.OperatorType;
import org.dopesheet.operator.PropertyDef;
import org.dopesheet.operator.PropertyException;
import org.dopesheet.operator.PropertySchema;
import org.dopesheet.operator.StringProperty;

/**
 * Property values built from an operator's {@link PropertySchema}: valid ones (random enum
 * items, numbers within the hard range, names and data paths of the document, pixel
 * coordinates around the editor's region for the selection tools) and hostile ones (wrong
 * types, out of range, NaN, infinities, unknown enum items, wrong array lengths, unknown
 * property names, nested inside groups, arrays and collections too), each hostile value with the
 * property path a refusal must name.
 */
final class PropertyValues {
    /** What is wrong with a hostile value. */
    enum Kind {
        WRONG_TYPE, OUT_OF_RANGE, NAN, POSITIVE_INFINITY, NEGATIVE_INFINITY, UNKNOWN_ENUM_ITEM, WRONG_LENGTH,
        TOO_LONG, UNKNOWN_PROPERTY
    }

    /**
     * A hostile property: {@code key} set to {@code value} must be refused with a
     * PropertyException for {@code path}, whose message says what is allowed (contains one of
     * {@code allowed}).
     */
    record Hostile(Kind kind, String key, Object value, String path, List<String> allowed) {
        /** The properties of an invocation carrying only this value. */
        Map<String, Object> properties() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put(key, value);
            return m;
        }

        @Override
        public String toString() {
            return kind + " " + key + "=" + Invocations.literal(value);
        }
    }

    private record Local(Kind kind, Object value, String suffix) {
    }

    /** Identifiers a generated unknown property uses. */
    static final String UNKNOWN = "no_such_property";

    private final Random rnd;
    private final Document document;

    /**
     * Whether valid numbers may be the extreme ends of unbounded ranges (huge frames and values
     * that overflow when operators compute with them); off for the main random test.
     */
    private final boolean extremes;

    PropertyValues(Random rnd, Document document, boolean extremes) {
        this.rnd = rnd;
        this.document = document;
        this.extremes = extremes;
    }

    // ---- valid values -------------------------------------------------------------------------------

    /**
     * Valid properties for an invocation of {@code type}: a random subset of its schema, with
     * the harness operators mostly pointed at data that exists (an F-Curve's action, data path and
     * index together; an existing object; the keyframe options Blender 3.4 supports), so that they
     * run rather than refuse.
     */
    Map<String, Object> valid(OperatorType type) {
        PropertySchema schema = type.properties();
        Map<String, Object> out = valid(schema);
        if (schema.get("action") != null && schema.get("data_path") != null && schema.get("array_index") != null
                && rnd.nextInt(5) != 0) {
            List<Object[]> curves = new ArrayList<>();
            for (Action a : document.actions()) {
                if (a.channelbag() != null) {
                    for (FCurve c : a.channelbag().fcurves()) {
                        curves.add(new Object[] {a.name(), c.dataPath(), c.arrayIndex()});
                    }
                }
            }
            if (!curves.isEmpty()) {
                Object[] pick = curves.get(rnd.nextInt(curves.size()));
                out.put("action", pick[0]);
                out.put("data_path", pick[1]);
                out.put("array_index", pick[2]);
            }
        }
        if (schema.get("object") != null && !document.objects().isEmpty() && rnd.nextInt(5) != 0) {
            out.put("object", document.objects().get(rnd.nextInt(document.objects().size())).name());
        }
        if (type.id().equals("fcurve.keyframe_points.insert") && rnd.nextInt(5) != 0) {
            out.put("options", List.of());
            out.put("keyframe_type", "KEYFRAME");
        }
        return out;
    }

    /** A random subset of the schema's properties with valid values. */
    Map<String, Object> valid(PropertySchema schema) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (PropertyDef<?> p : schema.properties()) {
            if (rnd.nextInt(3) != 0) {
                out.put(p.id(), valid(p));
            }
        }
        return out;
    }

    /** A value the property accepts (checked with its own {@code coerce}); its default after ten misses. */
    Object valid(PropertyDef<?> p) {
        for (int attempt = 0; attempt < 10; attempt++) {
            Object v = candidate(p);
            try {
                p.coerce(v, null, p.id());
                return v;
            } catch (PropertyException refused) {
                // a candidate outside a rule this generator does not know: try another
            }
        }
        return plainDefault(p);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object plainDefault(PropertyDef<?> p) {
        return ((PropertyDef) p).toPlain(p.defaultValue());
    }

    private Object candidate(PropertyDef<?> p) {
        String id = p.id();
        switch (p.type()) {
            case BOOLEAN:
                return rnd.nextBoolean();
            case INT:
                return validInt((IntProperty) p, id);
            case FLOAT:
                return validFloat((FloatProperty) p, id);
            case STRING:
                return validString(p, id);
            case ENUM: {
                List<EnumItem> items = ((EnumProperty<?>) p).items();
                // the transform modes the Dope Sheet supports, most of the time (the other 28 are refused)
                List<EnumItem> time = items.stream().filter(i -> i.identifier().startsWith("TIME_")).toList();
                if (!time.isEmpty() && rnd.nextInt(5) != 0) {
                    return time.get(rnd.nextInt(time.size())).identifier();
                }
                return items.get(rnd.nextInt(items.size())).identifier();
            }
            case ENUM_FLAG: {
                List<Object> out = new ArrayList<>();
                for (EnumItem item : ((EnumFlagProperty<?>) p).items()) {
                    if (rnd.nextInt(4) == 0) {
                        out.add(item.identifier());
                    }
                }
                return out;
            }
            case INT_ARRAY: {
                IntArrayProperty a = (IntArrayProperty) p;
                List<Object> out = new ArrayList<>();
                for (int i = 0; i < a.length(); i++) {
                    out.add(rnd.nextInt(21) - 10);
                }
                return out;
            }
            case FLOAT_ARRAY: {
                FloatArrayProperty a = (FloatArrayProperty) p;
                int n = a.isDynamic() ? rnd.nextInt(6) : a.length();
                List<Object> out = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    out.add(id.equals("loc") ? (double) pixel(i == 0) : number(id));
                }
                return out;
            }
            case GROUP:
                return valid(((GroupProperty) p).schema());
            case COLLECTION: {
                PropertySchema item = ((CollectionProperty) p).itemSchema();
                int n = rnd.nextInt(9);
                List<Object> out = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    out.add(valid(item));
                }
                return out;
            }
            default:
                throw new IllegalStateException("no generator for property type " + p.type() + " of " + id);
        }
    }

    private Object validInt(IntProperty p, String id) {
        long v;
        switch (id) {
            case "mouse_x", "x", "xmin", "xmax" -> v = pixel(true);
            case "mouse_y", "y", "ymin", "ymax" -> v = pixel(false);
            case "radius" -> v = 1 + rnd.nextInt(rnd.nextInt(8) == 0 ? 400 : 60);
            case "frame" -> v = rnd.nextInt(350) - 50;
            case "array_index" -> v = rnd.nextInt(5);
            default -> v = rnd.nextInt(41) - 20;
        }
        // the ends of the range, except frames far away (a million frames apart, baking is slow) unless extremes
        if (rnd.nextInt(20) == 0 && (extremes || !id.equals("frame"))) {
            v = rnd.nextBoolean() ? p.min() : p.max();
        }
        return clamp(v, p.min(), p.max());
    }

    private static int clamp(long v, int min, int max) {
        return (int) Math.max(min, Math.min(max, v));
    }

    private Object validFloat(FloatProperty p, String id) {
        double v = number(id);
        int pick = rnd.nextInt(20);
        boolean bounded = p.min() > -Float.MAX_VALUE || p.max() < Float.MAX_VALUE;
        if (pick == 0 && (bounded || extremes)) {
            v = rnd.nextBoolean() ? p.min() : p.max();
        } else if (pick == 1) {
            v = rnd.nextBoolean() ? -0.0 : Float.MIN_VALUE;
        } else if (pick == 2 && extremes) {
            v = (rnd.nextBoolean() ? 1 : -1) * Math.pow(10, 5 + rnd.nextInt(34));
        }
        if (v < p.min() || v > p.max()) {
            v = p.min() + rnd.nextDouble() * ((double) p.max() - p.min());
        }
        // as a float or a double, as callers pass either
        return rnd.nextBoolean() ? (Object) (float) v : (Object) v;
    }

    /** A number suited to the property: frames, values, thresholds, factors. */
    private double number(String id) {
        switch (id) {
            case "frame", "frames":
                return rnd.nextInt(4) == 0 ? rnd.nextInt(300) - 50 : rnd.nextDouble() * 320 - 60;
            case "threshold":
                return rnd.nextInt(3) == 0 ? Math.pow(10, -rnd.nextInt(6)) : rnd.nextDouble() * 2;
            case "value":
                return rnd.nextInt(5) == 0 ? rnd.nextInt(11) - 5 : rnd.nextGaussian() * (rnd.nextBoolean() ? 2 : 30);
            default:
                return rnd.nextGaussian() * 10;
        }
    }

    /** A pixel coordinate of the editor's region, or a little outside it. */
    int pixel(boolean horizontal) {
        EditorState e = document.editor();
        int lo = horizontal ? e.maskXmin() : e.maskYmin();
        int hi = horizontal ? e.maskXmax() : e.maskYmax();
        int margin = 40;
        return lo - margin + rnd.nextInt(Math.max(1, hi - lo + 2 * margin + 1));
    }

    private Object validString(PropertyDef<?> p, String id) {
        int pick = rnd.nextInt(10);
        switch (id) {
            case "action": {
                List<Action> actions = document.actions();
                if (pick < 7 && !actions.isEmpty()) {
                    return actions.get(rnd.nextInt(actions.size())).name();
                }
                return pick < 9 ? "NoSuchAction" : null;
            }
            case "object": {
                List<SceneObject> objects = document.objects();
                if (pick < 8 && !objects.isEmpty()) {
                    return objects.get(rnd.nextInt(objects.size())).name();
                }
                return "NoSuchObject";
            }
            case "data_path": {
                List<String> paths = dataPaths();
                if (pick < 7 && !paths.isEmpty()) {
                    return paths.get(rnd.nextInt(paths.size()));
                }
                return List.of("location", "rotation_euler", "scale", "no.such.path", "pose.bones[\"x\"].location", "")
                        .get(rnd.nextInt(6));
            }
            default: {
                int max = p instanceof StringProperty ? ((StringProperty) p).maxLength() : 0;
                String s = List.of("", "a", "Stroke", "päth ✓", "x".repeat(70)).get(rnd.nextInt(5));
                return max > 0 && s.length() > max ? s.substring(0, max) : s;
            }
        }
    }

    private List<String> dataPaths() {
        Set<String> out = new TreeSet<>();
        for (Action a : document.actions()) {
            for (Channelbag b : a.channelbags()) {
                for (FCurve c : b.fcurves()) {
                    out.add(c.dataPath());
                }
            }
        }
        return new ArrayList<>(out);
    }

    // ---- hostile values -------------------------------------------------------------------------------

    /**
     * Every hostile value of every property of the schema, plus unknown property names (one
     * made up, and each property's identifier in upper case).
     */
    static List<Hostile> hostiles(PropertySchema schema) {
        List<Hostile> out = new ArrayList<>();
        for (PropertyDef<?> p : schema.properties()) {
            for (Local l : local(p)) {
                out.add(new Hostile(l.kind, p.id(), l.value, p.id() + l.suffix, allowedFor(l.kind)));
            }
        }
        out.add(new Hostile(Kind.UNKNOWN_PROPERTY, UNKNOWN, 1, UNKNOWN, allowedFor(Kind.UNKNOWN_PROPERTY)));
        for (PropertyDef<?> p : schema.properties()) {
            String typo = p.id().toUpperCase(java.util.Locale.ROOT);
            if (!typo.equals(p.id()) && schema.get(typo) == null) {
                out.add(new Hostile(Kind.UNKNOWN_PROPERTY, typo, plainDefault(p), typo, allowedFor(Kind.UNKNOWN_PROPERTY)));
            }
        }
        return out;
    }

    /** What a refusal's message must contain (one of) to say what is allowed. */
    static List<String> allowedFor(Kind kind) {
        switch (kind) {
            case OUT_OF_RANGE, POSITIVE_INFINITY, NEGATIVE_INFINITY:
                return List.of("range [");
            case NAN:
                return List.of("range [", "expected", "finite");
            case UNKNOWN_ENUM_ITEM:
                return List.of("expected one of", "identifiers (of");
            case TOO_LONG:
                return List.of("longer than");
            case UNKNOWN_PROPERTY:
                return List.of("properties are", "takes no properties");
            default:
                return List.of("expected");
        }
    }

    /** A random hostile value for one invocation of an operator with this schema. */
    Hostile randomHostile(PropertySchema schema) {
        List<Hostile> all = hostiles(schema);
        return all.get(rnd.nextInt(all.size()));
    }

    private static List<Local> local(PropertyDef<?> p) {
        List<Local> out = new ArrayList<>();
        switch (p.type()) {
            case BOOLEAN:
                out.add(new Local(Kind.WRONG_TYPE, 1, ""));
                out.add(new Local(Kind.WRONG_TYPE, "True", ""));
                out.add(new Local(Kind.WRONG_TYPE, null, ""));
                break;
            case INT: {
                IntProperty ip = (IntProperty) p;
                intLocal(out, ip.min(), ip.max(), "");
                break;
            }
            case FLOAT: {
                FloatProperty fp = (FloatProperty) p;
                floatLocal(out, fp.min(), fp.max(), "");
                break;
            }
            case STRING: {
                out.add(new Local(Kind.WRONG_TYPE, 42, ""));
                out.add(new Local(Kind.WRONG_TYPE, true, ""));
                out.add(new Local(Kind.WRONG_TYPE, list("a"), ""));
                if (p instanceof StringProperty && ((StringProperty) p).maxLength() > 0) {
                    out.add(new Local(Kind.TOO_LONG, "x".repeat(((StringProperty) p).maxLength() + 1), ""));
                }
                break;
            }
            case ENUM: {
                EnumProperty<?> ep = (EnumProperty<?>) p;
                out.add(new Local(Kind.UNKNOWN_ENUM_ITEM, "NOT_AN_ITEM", ""));
                String first = ep.items().get(0).identifier();
                if (!first.toLowerCase(java.util.Locale.ROOT).equals(first)) {
                    out.add(new Local(Kind.UNKNOWN_ENUM_ITEM, first.toLowerCase(java.util.Locale.ROOT), ""));
                }
                Set<String> allowed = new TreeSet<>();
                ep.items().forEach(i -> allowed.add(i.identifier()));
                for (Enum<?> e : ep.enumType().getEnumConstants()) {
                    if (!allowed.contains(e.name())) {
                        out.add(new Local(Kind.UNKNOWN_ENUM_ITEM, e.name(), ""));
                    }
                }
                out.add(new Local(Kind.WRONG_TYPE, 1, ""));
                out.add(new Local(Kind.WRONG_TYPE, null, ""));
                out.add(new Local(Kind.WRONG_TYPE, list(first), ""));
                break;
            }
            case ENUM_FLAG: {
                EnumFlagProperty<?> ep = (EnumFlagProperty<?>) p;
                out.add(new Local(Kind.WRONG_TYPE, ep.items().get(0).identifier(), ""));
                out.add(new Local(Kind.WRONG_TYPE, null, ""));
                out.add(new Local(Kind.UNKNOWN_ENUM_ITEM, list("NOT_AN_ITEM"), ""));
                out.add(new Local(Kind.WRONG_TYPE, list(1), ""));
                break;
            }
            case INT_ARRAY: {
                IntArrayProperty a = (IntArrayProperty) p;
                arrayLocal(out, a.length(), false, 0);
                List<Local> element = new ArrayList<>();
                intLocal(element, rangeMin(a), rangeMax(a), "");
                wrapElements(out, element, a.length(), 0);
                break;
            }
            case FLOAT_ARRAY: {
                FloatArrayProperty a = (FloatArrayProperty) p;
                arrayLocal(out, a.length(), a.isDynamic(), 0.0);
                List<Local> element = new ArrayList<>();
                floatLocal(element, floatRangeMin(a), floatRangeMax(a), "");
                wrapElements(out, element, a.isDynamic() ? 1 : a.length(), 0.0);
                break;
            }
            case GROUP: {
                GroupProperty g = (GroupProperty) p;
                out.add(new Local(Kind.WRONG_TYPE, "x", ""));
                out.add(new Local(Kind.WRONG_TYPE, list(), ""));
                out.add(new Local(Kind.UNKNOWN_PROPERTY, map(UNKNOWN, 1), "." + UNKNOWN));
                for (PropertyDef<?> sub : g.schema().properties()) {
                    for (Local l : local(sub)) {
                        out.add(new Local(l.kind, map(sub.id(), l.value), "." + sub.id() + l.suffix));
                    }
                }
                break;
            }
            case COLLECTION: {
                CollectionProperty c = (CollectionProperty) p;
                out.add(new Local(Kind.WRONG_TYPE, map(), ""));
                out.add(new Local(Kind.WRONG_TYPE, "x", ""));
                out.add(new Local(Kind.WRONG_TYPE, list(5), "[0]"));
                out.add(new Local(Kind.UNKNOWN_PROPERTY, list(map(UNKNOWN, 1)), "[0]." + UNKNOWN));
                for (PropertyDef<?> sub : c.itemSchema().properties()) {
                    for (Local l : local(sub)) {
                        out.add(new Local(l.kind, list(map(sub.id(), l.value)), "[0]." + sub.id() + l.suffix));
                    }
                }
                break;
            }
            default:
                throw new IllegalStateException("no hostile values for property type " + p.type() + " of " + p.id());
        }
        return out;
    }

    private static void intLocal(List<Local> out, int min, int max, String suffix) {
        out.add(new Local(Kind.WRONG_TYPE, 1.5, suffix));
        out.add(new Local(Kind.WRONG_TYPE, "1", suffix));
        out.add(new Local(Kind.WRONG_TYPE, true, suffix));
        out.add(new Local(Kind.WRONG_TYPE, null, suffix));
        if (min > Integer.MIN_VALUE) {
            out.add(new Local(Kind.OUT_OF_RANGE, (long) min - 1, suffix));
        }
        if (max < Integer.MAX_VALUE) {
            out.add(new Local(Kind.OUT_OF_RANGE, (long) max + 1, suffix));
        }
        out.add(new Local(Kind.OUT_OF_RANGE, 1L << 40, suffix));
    }

    private static void floatLocal(List<Local> out, float min, float max, String suffix) {
        out.add(new Local(Kind.WRONG_TYPE, "1.5", suffix));
        out.add(new Local(Kind.WRONG_TYPE, true, suffix));
        out.add(new Local(Kind.WRONG_TYPE, null, suffix));
        out.add(new Local(Kind.NAN, Double.NaN, suffix));
        out.add(new Local(Kind.NAN, Float.NaN, suffix));
        out.add(new Local(Kind.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, suffix));
        out.add(new Local(Kind.NEGATIVE_INFINITY, Float.NEGATIVE_INFINITY, suffix));
        if (min > -Float.MAX_VALUE) {
            out.add(new Local(Kind.OUT_OF_RANGE, (double) min - Math.max(1.0, Math.abs((double) min)), suffix));
        }
        if (max < Float.MAX_VALUE) {
            out.add(new Local(Kind.OUT_OF_RANGE, (double) max + Math.max(1.0, Math.abs((double) max)), suffix));
        }
        out.add(new Local(Kind.OUT_OF_RANGE, 1e39, suffix));
    }

    private static void arrayLocal(List<Local> out, int length, boolean dynamic, Object zero) {
        out.add(new Local(Kind.WRONG_TYPE, "0, 0", ""));
        out.add(new Local(Kind.WRONG_TYPE, map(), ""));
        if (!dynamic) {
            out.add(new Local(Kind.WRONG_LENGTH, Collections.nCopies(length + 1, zero), ""));
            if (length > 0) {
                out.add(new Local(Kind.WRONG_LENGTH, list(), ""));
            }
        }
    }

    /** Element hostiles as arrays of {@code length} whose first element is the hostile one. */
    private static void wrapElements(List<Local> out, List<Local> element, int length, Object zero) {
        if (length == 0) {
            return;
        }
        for (Local l : element) {
            List<Object> arr = new ArrayList<>(Collections.nCopies(length, zero));
            arr.set(0, l.value);
            out.add(new Local(l.kind, arr, "[0]" + l.suffix));
        }
    }

    /**
     * The hard range of an array property: the SPI has no getter for it (unlike {@link IntProperty}
     * and {@link FloatProperty}), only its {@code describeRule()} text, "..., range [min, max]".
     */
    private static double[] arrayRange(PropertyDef<?> a, double lo, double hi) {
        String rule = a.describeRule();
        int i = rule.indexOf("range [");
        if (i < 0) {
            return new double[] {lo, hi};
        }
        String[] parts = rule.substring(i + 7, rule.indexOf(']', i)).split(",");
        return new double[] {Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim())};
    }

    private static int rangeMin(IntArrayProperty a) {
        return (int) arrayRange(a, Integer.MIN_VALUE, Integer.MAX_VALUE)[0];
    }

    private static int rangeMax(IntArrayProperty a) {
        return (int) arrayRange(a, Integer.MIN_VALUE, Integer.MAX_VALUE)[1];
    }

    private static float floatRangeMin(FloatArrayProperty a) {
        return (float) arrayRange(a, -Float.MAX_VALUE, Float.MAX_VALUE)[0];
    }

    private static float floatRangeMax(FloatArrayProperty a) {
        return (float) arrayRange(a, -Float.MAX_VALUE, Float.MAX_VALUE)[1];
    }

    static List<Object> list(Object... values) {
        return new ArrayList<>(Arrays.asList(values));
    }

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
