package org.dopesheet.shell;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.dopesheet.anim.FCurveEvaluation;
import org.dopesheet.anim.Handles;
import org.dopesheet.anim.Keyframes;
import org.dopesheet.io.Json;
import org.dopesheet.io.StateCodec;
import org.dopesheet.model.Action;
import org.dopesheet.model.ActionGroup;
import org.dopesheet.model.Bone;
import org.dopesheet.model.Channelbag;
import org.dopesheet.model.Document;
import org.dopesheet.model.EditorMode;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.KeyframeType;
import org.dopesheet.model.Marker;
import org.dopesheet.model.ObjectType;
import org.dopesheet.model.PropertyValue;
import org.dopesheet.model.SceneObject;

/**
 * Builds the demo document the shell opens at start-up and writes its STATE, the resource
 * {@code org/dopesheet/shell/internal/demo.json}. Keys are inserted as Blender inserts them
 * ({@code insert_vert_fcurve}: AUTO_CLAMPED Bézier keys) and the handles recalculated once with
 * {@link Handles#recalculate}; the objects' property values are the curves evaluated at the
 * current frame, as Blender's depsgraph leaves them.
 * <p>
 * Run it again only to change the demo:
 * {@code java -cp <test classpath> org.dopesheet.shell.DemoDocumentGenerator src/main/resources/org/dopesheet/shell/internal/demo.json}
 */
public final class DemoDocumentGenerator {
    private static final KeyframeType K = KeyframeType.KEYFRAME;
    private static final KeyframeType B = KeyframeType.BREAKDOWN;
    private static final KeyframeType E = KeyframeType.EXTREME;
    private static final KeyframeType J = KeyframeType.JITTER;
    private static final KeyframeType MH = KeyframeType.MOVING_HOLD;
    private static final KeyframeType G = KeyframeType.GENERATED;

    private DemoDocumentGenerator() {
    }

    /** Writes the demo STATE to the file given as the only argument. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: DemoDocumentGenerator OUTPUT.json");
        }
        Document doc = build();
        try (Writer w = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
            Json.write(StateCodec.write(doc), w);
        }
    }

    /** The demo document. */
    static Document build() {
        Document doc = new Document("demo");
        doc.scene().setFps(24).setFrameStart(1).setFrameEnd(48).setFrameCurrent(12);
        doc.scene().addMarker(new Marker("contact", 10));
        doc.scene().addMarker(new Marker("hold", 30).setSelect(true));
        doc.editor().setMode(EditorMode.DOPESHEET).setCur(-2f, 50f, -872f, 0f);

        SceneObject cube = doc.addObject(new SceneObject("Cube", ObjectType.EMPTY).setSelect(true));
        SceneObject rig = doc.addObject(new SceneObject("Rig", ObjectType.ARMATURE).setSelect(true));
        rig.addBone(new Bone("spine").setSelect(true).setRotationMode("XYZ"));
        rig.addBone(new Bone("arm.L").setParent("spine").setSelect(true).setRotationMode("QUATERNION"));
        rig.addBone(new Bone("arm.R").setParent("spine").setSelect(true).setRotationMode("QUATERNION"));
        doc.setActiveObject(rig);

        Action cubeAction = doc.addAction(new Action("CubeAction").setUsers(1).setIdRoot("OBJECT"));
        cube.ensureAnimationData().setAction(cubeAction);
        Channelbag bag = cubeAction.channelbag();
        ActionGroup ot = bag.ensureGroup("Object Transforms");
        curve(doc, bag, ot, "location", 0, true, keys(1, 0, K, 12, 2, B, 24, 4, K, 36, 2, E, 48, 0, K), 24);
        curve(doc, bag, ot, "location", 1, true, keys(1, 0, K, 24, 1.5, K, 48, 0, K), 24);
        curve(doc, bag, ot, "location", 2, true, keys(1, 0, K, 12, 1.2, B, 24, 0, K, 30, 0, MH, 36, 1, K,
                48, 0, K), 24);
        curve(doc, bag, ot, "rotation_euler", 0, true, keys(1, 0, K, 48, 0, K));
        curve(doc, bag, ot, "rotation_euler", 1, true, keys(1, 0, K, 48, 0, K));
        curve(doc, bag, ot, "rotation_euler", 2, true, keys(1, 0, K, 24, 1.5708, E, 48, 3.14159, K));
        for (int i = 0; i < 3; i++) {
            curve(doc, bag, ot, "scale", i, true, keys(1, 1, K, 20, 1.2, J, 22, 0.9, J, 24, 1, K, 48, 1, K));
        }
        ot.setSelect(true);

        Action rigAction = doc.addAction(new Action("RigAction").setUsers(1).setIdRoot("OBJECT"));
        rig.ensureAnimationData().setAction(rigAction);
        bag = rigAction.channelbag();
        ActionGroup armL = bag.ensureGroup("arm.L");
        String l = "pose.bones[\"arm.L\"].";
        curve(doc, bag, armL, l + "location", 0, true, keys(1, 0, K, 6, 0.3, G, 12, 0.5, K, 18, 0.3, B, 24, 0, K,
                36, 0.2, E), 12);
        curve(doc, bag, armL, l + "location", 1, true, keys(1, 0, K, 12, 0.2, K, 24, 0, K), 12);
        curve(doc, bag, armL, l + "location", 2, true, keys(1, 0, K, 12, 0.2, K, 24, 0, K), 12);
        curve(doc, bag, armL, l + "rotation_quaternion", 0, true, keys(1, 1, K, 12, 0.92, K, 24, 1, K), 12);
        curve(doc, bag, armL, l + "rotation_quaternion", 1, true, keys(1, 0, K, 12, 0.38, K, 24, 0, K), 12);
        curve(doc, bag, armL, l + "rotation_quaternion", 2, true, keys(1, 0, K, 24, 0, K));
        curve(doc, bag, armL, l + "rotation_quaternion", 3, true, keys(1, 0, K, 24, 0, K));
        armL.setSelect(true).setActive(true);

        ActionGroup armR = bag.ensureGroup("arm.R");
        armR.setSelect(false);
        String r = "pose.bones[\"arm.R\"].";
        curve(doc, bag, armR, r + "location", 0, false, keys(1, 0, K, 13, -0.5, K, 25, 0, K, 30, -0.1, MH, 34, -0.1,
                MH, 40, 0, K));
        curve(doc, bag, armR, r + "location", 1, false, keys(1, 0, K, 13, 0.2, K, 25, 0, K));
        curve(doc, bag, armR, r + "location", 2, false, keys(1, 0, K, 13, 0.2, K, 25, 0, K));
        curve(doc, bag, armR, r + "rotation_quaternion", 0, false, keys(1, 1, K, 13, 0.92, K, 25, 1, K));
        curve(doc, bag, armR, r + "rotation_quaternion", 1, false, keys(1, 0, K, 13, -0.38, K, 25, 0, K));
        curve(doc, bag, armR, r + "rotation_quaternion", 2, false, keys(1, 0, K, 25, 0, K));
        curve(doc, bag, armR, r + "rotation_quaternion", 3, false, keys(1, 0, K, 25, 0, K));

        ActionGroup spine = bag.ensureGroup("spine");
        spine.setSelect(false);
        String s = "pose.bones[\"spine\"].";
        curve(doc, bag, spine, s + "rotation_euler", 0, false, keys(1, 0, K, 24, 0.2, E, 48, 0, K));
        curve(doc, bag, spine, s + "rotation_euler", 1, false, keys(1, 0, K, 48, 0, K));
        curve(doc, bag, spine, s + "rotation_euler", 2, false, keys(1, 0, K, 16, 0.1, J, 32, -0.1, J, 48, 0, K));

        properties(cube, cubeAction, doc.scene().frameCurrent());
        properties(rig, rigAction, doc.scene().frameCurrent());
        return doc;
    }

    /** Key triples (frame, value, type). */
    private static Object[] keys(Object... triples) {
        return triples;
    }

    /**
     * Adds a curve with keys inserted as Blender inserts them, selected only at the given frames
     * (none when no frame is given), and its handles recalculated.
     */
    private static void curve(Document doc, Channelbag bag, ActionGroup group, String path, int index,
            boolean curveSelected, Object[] keys, int... selectedFrames) {
        FCurve c = new FCurve(path, index);
        bag.addFCurveToGroup(c, group);
        c.setSelect(curveSelected);
        for (int i = 0; i < keys.length; i += 3) {
            float frame = ((Number) keys[i]).floatValue();
            float value = ((Number) keys[i + 1]).floatValue();
            Keyframes.insertVert(c, frame, value, (KeyframeType) keys[i + 2],
                    EnumSet.of(Keyframes.InsertFlag.FAST), doc.preferences());
        }
        for (int i = 0; i < c.size(); i++) {
            boolean sel = false;
            for (int f : selectedFrames) {
                sel |= c.x(i) == f;
            }
            c.setSelection(i, sel, sel, sel);
        }
        c.setActiveKeyframeIndex(-1);
        Handles.recalculate(c);
    }

    /** The object's animated property values at a frame. */
    private static void properties(SceneObject object, Action action, int frame) {
        List<PropertyValue> values = new ArrayList<>();
        for (FCurve c : action.fcurves()) {
            values.add(new PropertyValue(c.dataPath(), c.arrayIndex(), FCurveEvaluation.evaluate(c, frame)));
        }
        object.setProperties(values);
    }
}
