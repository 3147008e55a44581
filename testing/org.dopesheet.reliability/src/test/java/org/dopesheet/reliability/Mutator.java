package org.dopesheet.reliability;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.dopesheet.io.DocumentFormatException;
import org.dopesheet.io.Json;

/**
 * Damage to a document file's bytes: textual (truncation, byte flips, deleted or duplicated
 * brackets) and structural, on the parsed tree (wrong types, unknown enum values, references
 * to missing actions or groups, duplicate names, removed and unknown fields, changed numbers,
 * swapped list elements, NLA indices out of range).
 */
final class Mutator {
    enum Kind {
        TRUNCATE, FLIP_BYTE, DELETE_BRACKET, DUPLICATE_BRACKET, WRONG_TYPE, UNKNOWN_ENUM, BAD_REFERENCE, DUPLICATE_NAME,
        REMOVE_FIELD, UNKNOWN_FIELD, CHANGE_NUMBER, SWAP_ELEMENTS, INDEX_OUT_OF_RANGE
    }

    /** Mutated bytes and what was done. */
    record Mutation(Kind kind, String what, byte[] bytes) {
        @Override
        public String toString() {
            return kind + " " + what;
        }
    }

    /** Fields holding the name of another element. */
    static final Set<String> REFERENCES = Set.of("action", "tweak_mode_stored_action", "group", "parent");
    /** Fields holding names that must be unique in their list. */
    static final Set<String> NAMES = Set.of("name", "identifier");

    private final Random rnd;

    Mutator(Random rnd) {
        this.rnd = rnd;
    }

    Mutation mutate(byte[] original) {
        Kind kind = Kind.values()[rnd.nextInt(Kind.values().length)];
        switch (kind) {
            case TRUNCATE: {
                int at = rnd.nextInt(original.length);
                return new Mutation(kind, "at byte " + at + " of " + original.length, java.util.Arrays.copyOf(original, at));
            }
            case FLIP_BYTE: {
                byte[] b = original.clone();
                int count = 1 + rnd.nextInt(3);
                StringBuilder what = new StringBuilder();
                for (int i = 0; i < count; i++) {
                    int at = rnd.nextInt(b.length);
                    byte v = (byte) rnd.nextInt(256);
                    what.append(what.length() == 0 ? "" : ", ").append(at).append(": ").append(b[at] & 0xff).append("->")
                            .append(v & 0xff);
                    b[at] = v;
                }
                return new Mutation(kind, "bytes " + what, b);
            }
            case DELETE_BRACKET:
            case DUPLICATE_BRACKET: {
                List<Integer> brackets = new ArrayList<>();
                for (int i = 0; i < original.length; i++) {
                    byte c = original[i];
                    if (c == '{' || c == '}' || c == '[' || c == ']') {
                        brackets.add(i);
                    }
                }
                int at = brackets.get(rnd.nextInt(brackets.size()));
                byte[] b;
                if (kind == Kind.DELETE_BRACKET) {
                    b = new byte[original.length - 1];
                    System.arraycopy(original, 0, b, 0, at);
                    System.arraycopy(original, at + 1, b, at, original.length - at - 1);
                } else {
                    b = new byte[original.length + 1];
                    System.arraycopy(original, 0, b, 0, at + 1);
                    System.arraycopy(original, at, b, at + 1, original.length - at);
                }
                return new Mutation(kind, "'" + (char) original[at] + "' at byte " + at, b);
            }
            default:
                return structural(kind, original);
        }
    }

    /** A location in a tree: the container and the key (String) or index (Integer). */
    private record Slot(Object container, Object key, String path) {
        Object get() {
            return container instanceof Map ? ((Map<?, ?>) container).get(key) : ((List<?>) container).get((Integer) key);
        }

        @SuppressWarnings("unchecked")
        void set(Object v) {
            if (container instanceof Map) {
                ((Map<String, Object>) container).put((String) key, v);
            } else {
                ((List<Object>) container).set((Integer) key, v);
            }
        }
    }

    private Mutation structural(Kind kind, byte[] original) {
        Object tree;
        try {
            tree = Json.parse(new String(original, StandardCharsets.UTF_8), "original");
        } catch (DocumentFormatException e) {
            throw new IllegalStateException("a saved document does not parse", e);
        }
        List<Slot> slots = new ArrayList<>();
        collect(tree, "", slots);
        String what = apply(kind, tree, slots);
        return new Mutation(kind, what, Json.toText(tree).getBytes(StandardCharsets.UTF_8));
    }

    private static void collect(Object node, String path, List<Slot> out) {
        if (node instanceof Map) {
            for (Map.Entry<?, ?> e : ((Map<?, ?>) node).entrySet()) {
                String p = path.isEmpty() ? e.getKey().toString() : path + "." + e.getKey();
                out.add(new Slot(node, e.getKey(), p));
                collect(e.getValue(), p, out);
            }
        } else if (node instanceof List) {
            List<?> list = (List<?>) node;
            for (int i = 0; i < list.size(); i++) {
                String p = path + "[" + i + "]";
                out.add(new Slot(node, i, p));
                collect(list.get(i), p, out);
            }
        }
    }

    private <T> T pick(List<T> list) {
        return list.get(rnd.nextInt(list.size()));
    }

    @SuppressWarnings("unchecked")
    private String apply(Kind kind, Object tree, List<Slot> slots) {
        switch (kind) {
            case WRONG_TYPE: {
                Slot s = pick(slots);
                Object old = s.get();
                Object v = otherType(old);
                s.set(v);
                return s.path() + ": " + Invocations.literal(shorten(old)) + " -> " + Invocations.literal(v);
            }
            case UNKNOWN_ENUM: {
                List<Slot> enums = slots.stream().filter(s -> s.get() instanceof String
                        && ((String) s.get()).matches("[A-Z][A-Z0-9_]+")).toList();
                if (enums.isEmpty()) {
                    return apply(Kind.WRONG_TYPE, tree, slots);
                }
                Slot s = pick(enums);
                String v = rnd.nextBoolean() ? "NOT_AN_ITEM" : ((String) s.get()).toLowerCase(java.util.Locale.ROOT);
                Object old = s.get();
                s.set(v);
                return s.path() + ": " + old + " -> " + v;
            }
            case BAD_REFERENCE: {
                List<Slot> refs = slots.stream().filter(s -> s.key() instanceof String && REFERENCES.contains(s.key())
                        && s.get() instanceof String).toList();
                if (refs.isEmpty()) {
                    return apply(Kind.WRONG_TYPE, tree, slots);
                }
                Slot s = pick(refs);
                Object old = s.get();
                s.set("Missing " + old);
                return s.path() + ": '" + old + "' -> 'Missing " + old + "'";
            }
            case DUPLICATE_NAME: {
                List<Slot> lists = slots.stream().filter(s -> s.get() instanceof List && ((List<?>) s.get()).size() >= 2
                        && ((List<?>) s.get()).get(0) instanceof Map
                        && ((Map<?, ?>) ((List<?>) s.get()).get(0)).keySet().stream().anyMatch(NAMES::contains)).toList();
                if (lists.isEmpty()) {
                    return apply(Kind.SWAP_ELEMENTS, tree, slots);
                }
                Slot s = pick(lists);
                List<Object> list = (List<Object>) s.get();
                Map<String, Object> a = (Map<String, Object>) list.get(0);
                Map<String, Object> b = (Map<String, Object>) list.get(1 + rnd.nextInt(list.size() - 1));
                String key = a.containsKey("name") ? "name" : "identifier";
                Object old = b.get(key);
                b.put(key, a.get(key));
                return s.path() + ": " + key + " '" + old + "' -> '" + a.get(key) + "'";
            }
            case REMOVE_FIELD: {
                List<Slot> fields = slots.stream().filter(s -> s.container() instanceof Map).toList();
                Slot s = pick(fields);
                ((Map<?, ?>) s.container()).remove(s.key());
                return "removed " + s.path();
            }
            case UNKNOWN_FIELD: {
                List<Slot> maps = slots.stream().filter(s -> s.get() instanceof Map).toList();
                Slot s = maps.isEmpty() ? null : pick(maps);
                Map<String, Object> m = s == null ? (Map<String, Object>) tree : (Map<String, Object>) s.get();
                m.put("surprise", rnd.nextInt(10));
                return "added " + (s == null ? "" : s.path() + ".") + "surprise";
            }
            case CHANGE_NUMBER: {
                List<Slot> numbers = slots.stream().filter(s -> s.get() instanceof Number).toList();
                Slot s = pick(numbers);
                Object old = s.get();
                Object v = switch (rnd.nextInt(8)) {
                    case 0 -> -((Number) old).doubleValue() - 1;
                    case 1 -> ((Number) old).doubleValue() + 0.5;
                    case 2 -> 1e39;
                    case 3 -> -1L;
                    case 4 -> 1L << 40;
                    case 5 -> (long) rnd.nextInt(1000);
                    case 6 -> rnd.nextGaussian() * 100;
                    default -> 0L;
                };
                s.set(v);
                return s.path() + ": " + old + " -> " + v;
            }
            case SWAP_ELEMENTS: {
                List<Slot> lists = slots.stream().filter(s -> s.get() instanceof List && ((List<?>) s.get()).size() >= 2)
                        .toList();
                Slot s = pick(lists);
                List<Object> list = (List<Object>) s.get();
                int i = rnd.nextInt(list.size());
                int j = rnd.nextInt(list.size());
                Object t = list.get(i);
                list.set(i, list.get(j));
                list.set(j, t);
                return s.path() + ": swapped " + i + " and " + j;
            }
            case INDEX_OUT_OF_RANGE: {
                List<Slot> idx = slots.stream().filter(s -> s.key() instanceof String && (s.key().equals("tweak_track_index")
                        || s.key().equals("tweak_strip_index") || s.key().equals("slot_handle")
                        || s.key().equals("active_keyframe_index") || s.key().equals("pose_markers_active_index"))).toList();
                if (idx.isEmpty()) {
                    return apply(Kind.CHANGE_NUMBER, tree, slots);
                }
                Slot s = pick(idx);
                Object old = s.get();
                Object v = s.key().equals("tweak_strip_index") ? new ArrayList<>(List.of(0L, 7L)) : (Object) 7L;
                s.set(v);
                return s.path() + ": " + Invocations.literal(old) + " -> " + Invocations.literal(v);
            }
            default:
                throw new IllegalStateException(kind.name());
        }
    }

    private Object otherType(Object old) {
        List<Object> candidates = new ArrayList<>(List.of("text", 3L, 2.5, true, new ArrayList<>(),
                new LinkedHashMap<String, Object>()));
        candidates.add(null);
        candidates.removeIf(c -> c == null ? old == null : old != null && (c.getClass() == old.getClass()
                || (c instanceof Number && old instanceof Number) || (c instanceof Map && old instanceof Map)
                || (c instanceof List && old instanceof List)));
        return pick(candidates);
    }

    private static Object shorten(Object v) {
        return v instanceof Map || v instanceof List ? (v instanceof Map ? "{...}" : "[...]") : v;
    }
}
