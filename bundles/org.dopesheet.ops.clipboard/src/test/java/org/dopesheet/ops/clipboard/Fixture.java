package org.dopesheet.ops.clipboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dopesheet.anim.Handles;
import org.dopesheet.model.Action;
import org.dopesheet.model.ActionGroup;
import org.dopesheet.model.BehaviourProfile;
import org.dopesheet.model.Bone;
import org.dopesheet.model.Channelbag;
import org.dopesheet.model.Document;
import org.dopesheet.model.EditorMode;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.ObjectType;
import org.dopesheet.model.SceneObject;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.Registries;
import org.dopesheet.operator.Report;

/**
 * Builds small documents for the clipboard tests and reads curves back in a compact text form:
 * keys as {@code frame:value}, followed by {@code *} when the key is selected (all three flags),
 * {@code +} when only a handle is, separated by spaces ({@code "1:0 5:1* 10:1*"}).
 */
final class Fixture {
    private Fixture() {
    }

    /** A document in {@code mode}, showing unselected bones too, with the given profile. */
    static Document document(String name, BehaviourProfile profile, EditorMode mode) {
        Document d = new Document(name);
        d.setProfile(profile);
        d.editor().setMode(mode).setShowOnlySelected(false);
        return d;
    }

    /** A selected object animated by a new legacy action; the first object becomes active. */
    static SceneObject object(Document d, String name, ObjectType type, String actionName) {
        SceneObject o = d.addObject(new SceneObject(name, type));
        o.setSelect(true);
        if (actionName != null) {
            Action a = d.addAction(new Action(actionName));
            a.setIdRoot("OBJECT");
            a.addUsers(1);
            o.ensureAnimationData().setAction(a);
        }
        if (d.activeObject() == null) {
            d.setActiveObject(o);
        }
        return o;
    }

    /** Adds selected bones to an armature. */
    static void bones(SceneObject armature, String... names) {
        for (String n : names) {
            armature.addBone(new Bone(n).setSelect(true));
        }
    }

    /** The channel bag the object is animated by. */
    static Channelbag bag(SceneObject o) {
        return o.animationData().channelbag();
    }

    /**
     * Adds a selected curve with {@code keys} (compact form; unsorted input stays unsorted) to
     * the bag, in {@code group} (created on demand, expanded) or ungrouped, and recalculates its
     * handles.
     */
    static FCurve curve(Channelbag bag, String group, String path, int index, String keys) {
        FCurve c = new FCurve(path, index);
        c.setSelect(true);
        setKeys(c, keys);
        ActionGroup g = group == null ? null : bag.ensureGroup(group);
        bag.addFCurveToGroup(c, g);
        Handles.recalculate(c);
        return c;
    }

    /** Replaces the keys of a curve with {@code keys} (compact form). */
    static void setKeys(FCurve c, String keys) {
        c.clearKeys();
        if (keys.isBlank()) {
            return;
        }
        for (String k : keys.trim().split("\\s+")) {
            boolean sel = k.endsWith("*");
            boolean handle = k.endsWith("+");
            String body = sel || handle ? k.substring(0, k.length() - 1) : k;
            String[] fv = body.split(":");
            int i = c.addKey(Float.parseFloat(fv[0]), Float.parseFloat(fv[1]));
            c.setSelection(i, sel || handle, sel, sel);
        }
    }

    /**
     * Sets only the selection of the keys of a curve, key by key, from the marks of {@code keys}
     * (compact form with the same number of keys).
     */
    static void select(FCurve c, String keys) {
        String[] k = keys.trim().split("\\s+");
        for (int i = 0; i < c.size(); i++) {
            boolean sel = k[i].endsWith("*");
            c.setSelection(i, sel || k[i].endsWith("+"), sel, sel);
        }
    }

    /** The keys of a curve in compact form. */
    static String keys(FCurve c) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            String mark = c.selected(i) && c.leftSelected(i) && c.rightSelected(i) ? "*"
                    : c.anySelected(i) ? "+" : "";
            out.add(num(c.x(i)) + ":" + num(c.y(i)) + mark);
        }
        return String.join(" ", out);
    }

    private static String num(float v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e7) {
            return String.valueOf((long) v);
        }
        return Float.toString(v);
    }

    /** A standalone registry with the clipboard family registered. */
    static Registries.Standalone runtime() {
        return ClipboardOperators.registerAll(Registries.create());
    }

    /** Runs an operator. */
    static OperatorResult run(Registries.Standalone rt, Document d, String id, Map<String, ?> props) {
        return rt.registry().invoke(d, id, props);
    }

    /** Copies with {@code action.copy} at {@code frame}. */
    static OperatorResult copy(Registries.Standalone rt, Document d, int frame) {
        d.scene().setFrameCurrent(frame);
        return run(rt, d, "action.copy", Map.of());
    }

    /** Pastes with {@code action.paste} at {@code frame}. */
    static OperatorResult paste(Registries.Standalone rt, Document d, int frame, String offset, String merge,
            boolean flipped) {
        d.scene().setFrameCurrent(frame);
        return run(rt, d, "action.paste", Map.of("offset", offset, "merge", merge, "flipped", flipped));
    }

    /** The reports of a result as {@code TYPE: message} lines. */
    static List<String> reports(OperatorResult r) {
        List<String> out = new ArrayList<>();
        for (Report rep : r.reports()) {
            out.add(rep.type().name() + ": " + rep.message());
        }
        return out;
    }
}
