package org.dopesheet.anim;

import static org.dopesheet.anim.vectors.Json.b;
import static org.dopesheet.anim.vectors.Json.f;
import static org.dopesheet.anim.vectors.Json.i;
import static org.dopesheet.anim.vectors.Json.list;
import static org.dopesheet.anim.vectors.Json.obj;
import static org.dopesheet.anim.vectors.Json.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dopesheet.anim.vectors.Vectors;
import org.dopesheet.anim.vectors.Vectors.Vector;
import org.dopesheet.model.Action;
import org.dopesheet.model.CyclesModifier;
import org.dopesheet.model.Document;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.FModifier;
import org.dopesheet.model.PropertyValue;
import org.dopesheet.model.SceneObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks the F-Curve math and the animation evaluation against the Blender 3.4.1 conformance
 * vectors: every {@code fcurve.evaluate}, {@code fcurve.update} and
 * {@code fcurve.keyframe_points.insert} op, the property values {@link AnimationEvaluation}
 * computes for every vector's input, and the expected property values of the vectors whose ops
 * only change frames or curves.
 */
class ConformanceVectorTest {
    private static final double STATE_ABS = 1e-4;
    private static final double STATE_REL = 1e-5;
    private static int fcurveOpsChecked;
    private static int fcurveOpsPassed;
    private static int fcurveVectorsPassed;
    private static int fcurveVectors;

    @AfterAll
    static void summary() {
        if (fcurveVectors > 0) {
            System.out.printf("fcurve.* conformance: %d/%d ops, %d/%d vectors passed%n", fcurveOpsPassed,
                    fcurveOpsChecked, fcurveVectorsPassed, fcurveVectors);
        }
    }

    @TestFactory
    Stream<DynamicTest> fcurveOps() {
        List<Path> files = Vectors.indexedWithOpPrefix("fcurve.");
        assertTrue(files.size() >= 63, "INDEX.json lists the fcurve.* vectors");
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Vector v = Vectors.load(file);
            fcurveVectors++;
            List<String> failures = runOps(v);
            if (failures.isEmpty()) {
                fcurveVectorsPassed++;
            }
            assertTrue(failures.isEmpty(), () -> v.name() + ":\n  " + String.join("\n  ", failures));
        }));
    }

    /** Applies the vector's ops; returns the mismatches (ops, final curves, final properties). */
    private static List<String> runOps(Vector v) {
        List<String> failures = new ArrayList<>();
        Document doc = Vectors.document(v.name(), v.input());
        List<Object> results = list(v.expected().get("op_results"));
        float evalAbs = v.tolerance("evaluate_abs");
        float evalRel = v.tolerance("evaluate_rel");
        List<Object> ops = v.ops();
        for (int k = 0; k < ops.size(); k++) {
            Map<String, Object> op = obj(ops.get(k));
            Map<String, Object> props = obj(op.get("properties"));
            Map<String, Object> result = obj(results.get(k));
            String id = s(op.get("id"));
            if (id.equals("oracle.set_frame")) {
                doc.scene().setFrameCurrent(i(props.get("frame")));
                AnimationEvaluation.refresh(doc);
                continue;
            }
            if (!id.startsWith("fcurve.")) {
                throw new IllegalStateException("unexpected op " + id);
            }
            fcurveOpsChecked++;
            int before = failures.size();
            FCurve fc = curve(doc, props);
            switch (id) {
                case "fcurve.evaluate": {
                    List<Object> frames = list(props.get("frames"));
                    List<Object> expected = list(result.get("values"));
                    float[] in = new float[frames.size()];
                    for (int j = 0; j < in.length; j++) {
                        in[j] = f(frames.get(j));
                    }
                    float[] out = new float[in.length];
                    FCurveEvaluation.evaluate(fc, in, out);
                    for (int j = 0; j < in.length; j++) {
                        float e = f(expected.get(j));
                        if (!Vectors.close(out[j], e, evalAbs, evalRel)) {
                            failures.add("op " + k + " evaluate(" + in[j] + ") = " + out[j] + ", expected " + e);
                        }
                        float single = FCurveEvaluation.evaluate(fc, in[j]);
                        if (Float.floatToIntBits(single) != Float.floatToIntBits(out[j])) {
                            failures.add("op " + k + " batch and single evaluation differ at " + in[j]);
                        }
                    }
                    break;
                }
                case "fcurve.update":
                    Keyframes.update(fc);
                    break;
                case "fcurve.keyframe_points.insert": {
                    assertTrue(list(props.get("options")).isEmpty());
                    assertEquals("KEYFRAME", s(props.get("keyframe_type")));
                    int index = Keyframes.keyframePointsInsert(fc, f(props.get("frame")), f(props.get("value")));
                    int expected = i(list(result.get("values")).get(0));
                    if (index != expected) {
                        failures.add("op " + k + " insert returned " + index + ", expected " + expected);
                    }
                    break;
                }
                default:
                    throw new IllegalStateException("unknown op " + id);
            }
            if (failures.size() == before) {
                fcurveOpsPassed++;
            }
        }
        compareActions(doc, v.expected(), failures);
        AnimationEvaluation.refresh(doc);
        compareProperties(doc, v.expected(), failures);
        return failures;
    }

    private static FCurve curve(Document doc, Map<String, Object> props) {
        Action a = doc.action(s(props.get("action")));
        FCurve fc = a.channelbag().fcurve(s(props.get("data_path")), i(props.get("array_index")));
        if (fc == null) {
            throw new IllegalStateException("no curve " + props);
        }
        return fc;
    }

    /** Compares every key of every curve of every action with the expected state. */
    private static void compareActions(Document doc, Map<String, Object> expected, List<String> failures) {
        for (Object ao : list(expected.get("actions"))) {
            Map<String, Object> am = obj(ao);
            Action a = doc.action(s(am.get("name")));
            List<Object> curves = list(am.get("fcurves"));
            List<FCurve> actual = a.fcurves();
            if (actual.size() != curves.size()) {
                failures.add(a.name() + ": " + actual.size() + " curves, expected " + curves.size());
                continue;
            }
            for (int c = 0; c < curves.size(); c++) {
                compareCurve(actual.get(c), obj(curves.get(c)), failures);
            }
        }
    }

    static void compareCurve(FCurve fc, Map<String, Object> cm, List<String> failures) {
        String where = fc.dataPath() + "[" + fc.arrayIndex() + "]";
        List<Object> keys = list(cm.get("keyframes"));
        if (fc.size() != keys.size()) {
            failures.add(where + ": " + fc.size() + " keys, expected " + keys.size());
            return;
        }
        if (fc.activeKeyframeIndex() != i(cm.get("active_keyframe_index"))) {
            failures.add(where + ": active key " + fc.activeKeyframeIndex() + ", expected "
                    + i(cm.get("active_keyframe_index")));
        }
        for (int k = 0; k < keys.size(); k++) {
            Map<String, Object> km = obj(keys.get(k));
            String kw = where + " key " + k;
            List<Object> co = list(km.get("co"));
            List<Object> hl = list(km.get("handle_left"));
            List<Object> hr = list(km.get("handle_right"));
            check(failures, kw + " co.x", fc.x(k), f(co.get(0)));
            check(failures, kw + " co.y", fc.y(k), f(co.get(1)));
            check(failures, kw + " handle_left.x", fc.leftX(k), f(hl.get(0)));
            check(failures, kw + " handle_left.y", fc.leftY(k), f(hl.get(1)));
            check(failures, kw + " handle_right.x", fc.rightX(k), f(hr.get(0)));
            check(failures, kw + " handle_right.y", fc.rightY(k), f(hr.get(1)));
            same(failures, kw + " handle_left_type", fc.handleLeft(k).name(), s(km.get("handle_left_type")));
            same(failures, kw + " handle_right_type", fc.handleRight(k).name(), s(km.get("handle_right_type")));
            same(failures, kw + " interpolation", fc.interpolation(k).name(), s(km.get("interpolation")));
            same(failures, kw + " easing", fc.easing(k).name(), s(km.get("easing")));
            same(failures, kw + " type", fc.keyType(k).name(), s(km.get("type")));
            check(failures, kw + " back", fc.back(k), f(km.get("back")));
            check(failures, kw + " amplitude", fc.amplitude(k), f(km.get("amplitude")));
            check(failures, kw + " period", fc.period(k), f(km.get("period")));
            same(failures, kw + " select", fc.selected(k), b(km.get("select_control_point")));
            same(failures, kw + " select_left", fc.leftSelected(k), b(km.get("select_left_handle")));
            same(failures, kw + " select_right", fc.rightSelected(k), b(km.get("select_right_handle")));
        }
    }

    private static void check(List<String> failures, String what, float actual, float expected) {
        if (!Vectors.close(actual, expected, STATE_ABS, STATE_REL)) {
            failures.add(what + " = " + actual + ", expected " + expected);
        }
    }

    private static void same(List<String> failures, String what, Object actual, Object expected) {
        if (!actual.equals(expected)) {
            failures.add(what + " = " + actual + ", expected " + expected);
        }
    }

    /** Compares every object's property list (entries, order, values) with a STATE. */
    static void compareProperties(Document doc, Map<String, Object> state, List<String> failures) {
        for (Object oo : list(state.get("objects"))) {
            Map<String, Object> om = obj(oo);
            SceneObject so = doc.object(s(om.get("name")));
            List<PropertyValue> expected = Vectors.properties(om);
            List<PropertyValue> actual = so.properties();
            if (actual.size() != expected.size()) {
                failures.add(so.name() + ": properties " + actual + ", expected " + expected);
                continue;
            }
            for (int k = 0; k < expected.size(); k++) {
                PropertyValue e = expected.get(k);
                PropertyValue a = actual.get(k);
                if (!a.dataPath().equals(e.dataPath()) || a.arrayIndex() != e.arrayIndex()
                        || !Vectors.close(a.value(), e.value(), STATE_ABS, STATE_REL)) {
                    failures.add(so.name() + " property " + k + ": " + a + ", expected " + e);
                }
            }
        }
    }

    /**
     * Every vector's input properties are what evaluating its input at the current frame gives.
     * The stored values are discarded first, except those of channels whose curves carry a
     * modifier the platform cannot evaluate (which keep their value by design).
     */
    @TestFactory
    Stream<DynamicTest> refreshReproducesInputProperties() {
        List<Path> files = Vectors.all();
        assertEquals(277, files.size(), "vector count");
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            assertTrue(Files.isRegularFile(file));
            Vector v = Vectors.load(file);
            Document doc = Vectors.document(v.name(), v.input());
            for (SceneObject so : doc.objects()) {
                List<PropertyValue> kept = new ArrayList<>();
                for (PropertyValue p : so.properties()) {
                    if (animatedOnlyByUnsupportedModifiers(so, p)) {
                        kept.add(p);
                    }
                }
                so.setProperties(kept);
            }
            AnimationEvaluation.refresh(doc);
            List<String> failures = new ArrayList<>();
            compareProperties(doc, v.input(), failures);
            assertTrue(failures.isEmpty(), () -> v.name() + ":\n  " + String.join("\n  ", failures));
        }));
    }

    private static boolean animatedOnlyByUnsupportedModifiers(SceneObject so, PropertyValue p) {
        if (so.animationData() == null || so.animationData().action() == null) {
            return false;
        }
        FCurve fc = so.animationData().channelbag().fcurve(p.dataPath(), p.arrayIndex());
        if (fc == null) {
            return false;
        }
        for (FModifier m : fc.modifiers()) {
            if (!m.mute() && !(m instanceof CyclesModifier)) {
                return true;
            }
        }
        return false;
    }
}
