package org.dopesheet.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.dopesheet.model.Action;
import org.dopesheet.model.AnimData;
import org.dopesheet.model.BehaviourProfile;
import org.dopesheet.model.Channelbag;
import org.dopesheet.model.Document;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.Marker;
import org.dopesheet.model.SceneObject;
import org.dopesheet.operator.OperatorException;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.OperatorType;
import org.dopesheet.operator.PropertyException;
import org.dopesheet.operator.Registries;
import org.dopesheet.operator.Report;
import org.junit.jupiter.api.Test;

/**
 * Every registered operator against hostile input (issue 10):
 * <ol>
 * <li>every property with every hostile value of its type ({@link PropertyValues#hostiles}: wrong
 * types, out of range, NaN, infinities, unknown enum items, wrong array lengths, too long
 * strings, nested inside groups, arrays and collections) and unknown property names: refused
 * with a {@link PropertyException} naming the property's path and saying what is allowed, the
 * document unchanged;</li>
 * <li>missing data (an empty document, no action, nothing selected, every channel locked), in
 * both profiles: a poll failure, CANCELLED or FINISHED, never an exception; a failed poll
 * changes nothing; with nothing selected no operator edits keys but those that key or paste
 * regardless of selection; no operator edits the keys of a locked channel (the Python-API
 * harness operators, which ignore locks as Blender's do, aside).</li>
 * </ol>
 * Failures are checked against {@link KnownIssues}; the counts are printed.
 */
class HostileInputMatrixTest {

    /** Operators that key or paste whatever is selected: they may edit keys with nothing selected. */
    static final Set<String> EDIT_WITHOUT_SELECTION = Set.of("action.keyframe_insert", "action.paste",
            "fcurve.keyframe_points.insert", "fcurve.update");

    /** The Python-API harness operators: they ignore channel locks, as Blender's {@code keyframe_points} API does. */
    static final Set<String> IGNORE_LOCKS = Set.of("fcurve.keyframe_points.insert", "fcurve.update");

    @Test
    void everyHostilePropertyIsRefusedByName() {
        Registries.Standalone s = OperatorCatalog.standalone();
        Document doc = Vectors.input(Vectors.file("random_000"));
        Object before = Fingerprint.of(doc);
        List<String> failures = new ArrayList<>();
        Map<String, Integer> perKind = new TreeMap<>();
        int cells = 0;
        int properties = 0;
        List<OperatorType> ops = s.registry().operators();
        for (OperatorType type : ops) {
            properties += type.properties().properties().size();
            for (PropertyValues.Hostile h : PropertyValues.hostiles(type.properties())) {
                cells++;
                perKind.merge(h.kind().name(), 1, Integer::sum);
                String where = type.id() + " " + h;
                try {
                    OperatorResult r = s.registry().invoke(doc, type.id(), h.properties());
                    failures.add("HOSTILE_VALUE_ACCEPTED " + type.id() + " " + h.kind() + ": " + where + " -> " + r);
                } catch (PropertyException e) {
                    if (!h.path().equals(e.property()) || !e.getMessage().contains("'" + h.path() + "'")) {
                        failures.add("REFUSAL_MESSAGE path " + type.id() + " " + h.kind() + ": " + where
                                + " refused for '" + e.property() + "': " + e.getMessage());
                    } else if (h.allowed().stream().noneMatch(e.getMessage()::contains)) {
                        failures.add("REFUSAL_MESSAGE message " + h.kind() + " matrix: " + where
                                + " does not say what is allowed: " + e.getMessage());
                    }
                } catch (RuntimeException e) {
                    failures.add("UNCHECKED_EXCEPTION " + type.id() + " " + h.kind() + ": " + where + " -> " + e);
                }
                String changed = Fingerprint.difference(before, Fingerprint.of(doc));
                if (changed != null) {
                    failures.add("CHANGED_ON_REFUSAL " + type.id() + ": " + where + " changed " + changed);
                    doc = Vectors.input(Vectors.file("random_000"));
                    before = Fingerprint.of(doc);
                }
            }
        }
        System.out.println("hostile property matrix: " + ops.size() + " operators, " + properties + " properties, "
                + cells + " hostile invocations " + perKind);
        report("hostile property matrix", failures);
        assertTrue(cells > 500, "matrix cells: " + cells);
    }

    /** A scenario of missing data: a name and how to make its document for a profile. */
    record Scenario(String name, Function<BehaviourProfile, Document> make) {
    }

    static List<Scenario> scenarios() {
        return List.of(
                new Scenario("empty document", p -> {
                    Document d = new Document("empty");
                    d.setProfile(p);
                    return d;
                }),
                new Scenario("no action", p -> {
                    Document d = base(p);
                    AnimData ad = d.object("Alpha").animationData();
                    ad.action().addUsers(-1);
                    ad.setAction(null);
                    d.editor().setAction(null);
                    return d;
                }),
                new Scenario("nothing selected", p -> {
                    Document d = base(p);
                    for (Action a : d.actions()) {
                        for (Channelbag b : a.channelbags()) {
                            b.groups().forEach(g -> g.setSelect(false).setActive(false));
                            for (FCurve c : b.fcurves()) {
                                c.setSelect(false).setActive(false);
                                for (int i = 0; i < c.size(); i++) {
                                    c.setSelected(i, false);
                                }
                            }
                        }
                        a.poseMarkers().forEach(m -> m.setSelect(false));
                    }
                    d.scene().markers().forEach(m -> m.setSelect(false));
                    d.objects().forEach(o -> o.setSelect(false));
                    return d;
                }),
                new Scenario("locked channels", p -> {
                    Document d = base(p);
                    for (Action a : d.actions()) {
                        for (Channelbag b : a.channelbags()) {
                            b.groups().forEach(g -> g.setLock(true));
                            b.fcurves().forEach(c -> c.setLock(true));
                        }
                    }
                    return d;
                }),
                new Scenario("Dope Sheet, nothing animated", p -> {
                    Document d = new Document("unanimated");
                    d.setProfile(p);
                    d.editor().setMode(org.dopesheet.model.EditorMode.DOPESHEET);
                    SceneObject o = d.addObject(new SceneObject("Cube", org.dopesheet.model.ObjectType.MESH));
                    o.setSelect(true);
                    d.setActiveObject(o);
                    d.scene().addMarker(new Marker("m", 10)).setSelect(true);
                    return d;
                }));
    }

    static Document base(BehaviourProfile p) {
        Document d = Vectors.input(Vectors.file("random_000"));
        d.setProfile(p);
        return d;
    }

    @Test
    void missingDataIsAnsweredWithoutExceptions() {
        Registries.Standalone s = OperatorCatalog.standalone();
        List<String> failures = new ArrayList<>();
        Map<String, Map<String, String>> table = new TreeMap<>();
        int cells = 0;
        for (Scenario sc : scenarios()) {
            for (BehaviourProfile profile : BehaviourProfile.values()) {
                String column = sc.name() + " / " + profile;
                for (OperatorType type : s.registry().operators()) {
                    cells++;
                    s.clipboard().clear();
                    Document doc = sc.make().apply(profile);
                    assertEquals(List.of(), RandomSequence.RULES.check(doc), column + ": the scenario's document");
                    Object before = Fingerprint.of(doc);
                    Map<FCurve, Long> keys = keyData(doc);
                    String outcome;
                    try {
                        OperatorResult r = s.registry().invoke(doc, type.id(), Map.of());
                        outcome = describe(r);
                        if (!r.poll()) {
                            String changed = Fingerprint.difference(before, Fingerprint.of(doc));
                            if (changed != null) {
                                failures.add("CHANGED_ON_POLL_FAILURE " + type.id() + ": " + column + " changed " + changed);
                            }
                        } else {
                            check(type.id(), sc.name(), column, doc, keys, failures);
                        }
                    } catch (OperatorException e) {
                        outcome = e.kind().name();
                        Throwable cause = e.getCause() == null ? e : e.getCause();
                        failures.add(e.kind() + " " + type.id() + " " + cause.getClass().getSimpleName() + " "
                                + RandomSequence.frame(cause) + " " + profile + ": " + column + ": " + e.getMessage());
                        String changed = Fingerprint.difference(before, Fingerprint.of(doc));
                        if (changed != null) {
                            failures.add("CHANGED_ON_REFUSAL " + type.id() + ": " + column + " changed " + changed);
                        }
                    } catch (RuntimeException e) {
                        outcome = "escaped " + e.getClass().getSimpleName();
                        failures.add("UNCHECKED_EXCEPTION " + type.id() + ": " + column + ": " + RandomSequence.stackTop(e));
                    }
                    table.computeIfAbsent(type.id(), k -> new LinkedHashMap<>()).put(column, outcome);
                }
            }
        }
        System.out.println("missing-data matrix: " + table.size() + " operators x " + scenarios().size()
                + " scenarios x " + BehaviourProfile.values().length + " profiles = " + cells + " invocations");
        table.forEach((op, row) -> System.out.println("  " + op + ": " + row));
        report("missing-data matrix", failures);
    }

    /** The outcome of a result: poll failure, or status and report types. */
    static String describe(OperatorResult r) {
        if (!r.poll()) {
            return "poll failed";
        }
        StringBuilder b = new StringBuilder(r.finished() ? "FINISHED" : r.cancelled() ? "CANCELLED" : r.status().toString());
        for (Report rep : r.reports()) {
            b.append(' ').append(rep.type());
        }
        return b.toString();
    }

    /** Keys of every curve: count, frames, values, handle types, interpolation, easing, key type (not handles or selection). */
    static Map<FCurve, Long> keyData(Document d) {
        Map<FCurve, Long> out = new IdentityHashMap<>();
        for (Action a : d.actions()) {
            for (Channelbag b : a.channelbags()) {
                for (FCurve c : b.fcurves()) {
                    long h = c.size();
                    for (int i = 0; i < c.size(); i++) {
                        h = 31 * h + Float.floatToIntBits(c.x(i));
                        h = 31 * h + Float.floatToIntBits(c.y(i));
                        h = 31 * h + c.handleLeft(i).ordinal() * 7 + c.handleRight(i).ordinal();
                        h = 31 * h + c.interpolation(i).ordinal() * 11 + c.easing(i).ordinal();
                        h = 31 * h + c.keyType(i).ordinal();
                    }
                    out.put(c, h);
                }
            }
        }
        return out;
    }

    private static void check(String id, String scenario, String column, Document doc, Map<FCurve, Long> keys,
            List<String> failures) {
        List<String> violations = RandomSequence.RULES.check(doc);
        if (!violations.isEmpty()) {
            failures.add("INVARIANT " + id + " " + RandomSequence.rules(violations) + " " + column.replaceAll(".* / ", "")
                    + ": " + column + ": " + String.join("; ", violations));
        }
        Map<FCurve, Long> after = keyData(doc);
        for (Map.Entry<FCurve, Long> e : keys.entrySet()) {
            FCurve c = e.getKey();
            Long now = after.get(c);
            boolean edited = now != null && !now.equals(e.getValue());
            if (!edited) {
                continue;
            }
            if (scenario.equals("nothing selected") && !EDIT_WITHOUT_SELECTION.contains(id)) {
                failures.add("EDITED_UNSELECTED " + id + ": " + column + ": edited the keys of " + c
                        + " with nothing selected");
            }
            if (c.lock() && !IGNORE_LOCKS.contains(id)) {
                failures.add("EDITED_LOCKED " + id + ": " + column + ": edited the keys of locked " + c);
            }
        }
    }

    /** Prints the failures, known ones as such, and fails on the others. */
    static void report(String title, List<String> failures) {
        List<String> unexpected = new ArrayList<>();
        List<String> signatures = new ArrayList<>();
        for (String f : failures) {
            String sig = f.substring(0, f.indexOf(':'));
            signatures.add(sig);
            if (KnownIssues.known(sig) == null) {
                unexpected.add(f);
            }
        }
        System.out.println(title + ": " + failures.size() + " failures, " + unexpected.size() + " not known");
        KnownIssues.met(signatures).forEach(line -> System.out.println("  " + line));
        unexpected.forEach(f -> System.out.println("  NEW: " + f));
        assertEquals(List.of(), unexpected);
    }
}
