package org.dopesheet.benchmarks;

import java.util.Map;
import org.dopesheet.anim.AnimationEvaluation;
import org.dopesheet.anim.Handles;
import org.dopesheet.model.Action;
import org.dopesheet.model.BehaviourProfile;
import org.dopesheet.model.Channelbag;
import org.dopesheet.model.Document;
import org.dopesheet.model.EditorMode;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.ObjectType;
import org.dopesheet.model.SceneObject;
import org.dopesheet.operator.Operator;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.Registries;

/**
 * The documents of Blender's benchmark run, built the same way: one object ("Object", selected,
 * active) animated by one action ("Action"); curve {@code i} is {@code location[i]} (no group);
 * key {@code j} of curve {@code i} is at frame {@code 1 + 2j} with value
 * {@code sin(0.05 j + 0.7 i) + 0.001 ((7 i + 13 j) mod 11)}, BEZIER, AUTO_CLAMPED handles
 * recalculated after building; every curve and every key selected; the scene's current frame in
 * the middle of the keyed range ({@code keys}, the range being {@code 1 .. 2 keys - 1}); an
 * Action editor showing the action; the Blender 3.4 behaviour profile.
 * <p>
 * The document lives in a standalone registry holding the operators the benchmarks call
 * (select, edit, clipboard and transform families), with undo recording as in the runtime.
 */
public final class BenchDocument {
    /** Curves x keys of the sizes of Blender's run. */
    public static final String[] SIZES = {"100x1000", "1000x1000", "100x10000"};

    public final int curves;
    public final int keys;
    public final Registries.Standalone standalone;
    public final Document doc;

    private BenchDocument(int curves, int keys, Registries.Standalone standalone, Document doc) {
        this.curves = curves;
        this.keys = keys;
        this.standalone = standalone;
        this.doc = doc;
    }

    /** Parses {@code "CURVESxKEYS"}. */
    public static int[] parseSize(String size) {
        String[] p = size.toLowerCase().split("x");
        return new int[] {Integer.parseInt(p[0].replace("_", "")), Integer.parseInt(p[1].replace("_", ""))};
    }

    /** A registry with the document of {@code size} ("CURVESxKEYS"). */
    public static BenchDocument create(String size) {
        int[] ck = parseSize(size);
        return create(ck[0], ck[1]);
    }

    /** A registry with the benchmark document of {@code curves x keys}. */
    public static BenchDocument create(int curves, int keys) {
        Registries.Standalone standalone = registry();
        Document doc = build("bench", curves, keys);
        standalone.documents().put(doc);
        return new BenchDocument(curves, keys, standalone, doc);
    }

    /** A standalone registry with the operators of the benchmarks. */
    public static Registries.Standalone registry() {
        Registries.Standalone s = Registries.create();
        for (Operator o : Operators.all(s.clipboard())) {
            s.register(o);
        }
        return s;
    }

    /** Builds the document (detached from any registry). */
    public static Document build(String name, int curves, int keys) {
        Document doc = new Document(name);
        doc.setProfile(BehaviourProfile.BLENDER_3_4);
        SceneObject object = doc.addObject(new SceneObject("Object", ObjectType.MESH).setSelect(true));
        doc.setActiveObject(object);
        Action action = doc.addAction(new Action("Action")).setIdRoot("OBJECT");
        action.addUsers(1);
        object.ensureAnimationData().setAction(action);
        Channelbag bag = action.channelbag();
        for (int i = 0; i < curves; i++) {
            FCurve fc = new FCurve("location", i).setSelect(true);
            fc.ensureCapacity(keys);
            for (int j = 0; j < keys; j++) {
                fc.addKey(1 + 2 * j, value(i, j));
            }
            Handles.recalculate(fc);
            bag.addFcurve(fc);
        }
        doc.scene().setFrameStart(1).setFrameEnd(2 * keys - 1).setFrameCurrent(middleFrame(keys));
        doc.editor().setMode(EditorMode.ACTION).setShowOnlySelected(false).setAction(action);
        AnimationEvaluation.refresh(doc);
        return doc;
    }

    /** The value of key {@code j} of curve {@code i}. */
    public static float value(int i, int j) {
        return (float) (Math.sin(0.05 * j + 0.7 * i) + 0.001 * ((7 * i + 13 * j) % 11));
    }

    /** The current frame of a fresh document: the middle of the keyed range 1 .. 2 keys - 1. */
    public static int middleFrame(int keys) {
        return keys;
    }

    /** Total number of keys. */
    public long totalKeys() {
        return (long) curves * keys;
    }

    /** Invokes an operator through the registry, as a user's call would go. */
    public OperatorResult invoke(String operatorId, Map<String, ?> properties) {
        return standalone.registry().invoke(doc, operatorId, properties);
    }
}
