package org.dopesheet.ops.edit;

import java.util.Map;
import org.dopesheet.model.Action;
import org.dopesheet.model.ActionGroup;
import org.dopesheet.model.BehaviourProfile;
import org.dopesheet.model.Document;
import org.dopesheet.model.EditorMode;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.ObjectType;
import org.dopesheet.model.SceneObject;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.Registries;

/**
 * A document like the vectors': object "Cube" (selected, active) animated by "CubeAction" (one
 * user) with an expanded group "Object Transforms" holding {@code location[0..2]} and an
 * ungrouped {@code rotation_euler[2]}; an Action editor showing everything. Curves start
 * without keys and selected as channels.
 */
final class Fixture {
    final Registries.Standalone standalone = EditOperators.registry();
    final Document doc;
    final SceneObject cube;
    final Action action;
    final ActionGroup group;
    final FCurve locX, locY, locZ, rotZ;

    Fixture(BehaviourProfile profile) {
        doc = standalone.documents().create("fixture");
        doc.setProfile(profile);
        cube = doc.addObject(new SceneObject("Cube", ObjectType.EMPTY).setSelect(true));
        doc.setActiveObject(cube);
        action = doc.addAction(new Action("CubeAction")).setIdRoot("OBJECT");
        action.addUsers(1);
        cube.ensureAnimationData().setAction(action);
        group = action.channelbag().ensureGroup("Object Transforms");
        locX = curve("location", 0, group);
        locY = curve("location", 1, group);
        locZ = curve("location", 2, group);
        rotZ = curve("rotation_euler", 2, null);
        doc.editor().setMode(EditorMode.ACTION).setShowOnlySelected(false);
    }

    private FCurve curve(String path, int index, ActionGroup g) {
        return action.channelbag().addFCurveToGroup(new FCurve(path, index).setSelect(true), g);
    }

    /** Runs an operator on the fixture's document. */
    OperatorResult run(String id, Map<String, ?> properties) {
        return standalone.registry().invoke(doc, id, properties);
    }

    OperatorResult run(String id) {
        return run(id, Map.of());
    }

    /** Appends keys given as (frame, value) pairs, all three flags selected, BEZIER, AUTO_CLAMPED. */
    static FCurve keys(FCurve c, float... frameValuePairs) {
        for (int i = 0; i < frameValuePairs.length; i += 2) {
            c.addKey(frameValuePairs[i], frameValuePairs[i + 1]);
        }
        return c;
    }

    /** Sets each key's three flags from a pattern of '1' (selected) and '0'. */
    static FCurve select(FCurve c, String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            c.setSelected(i, pattern.charAt(i) == '1');
        }
        return c;
    }

    /** The keys' control-point selection ({@code f2}) as '1' / '0'. */
    static String selection(FCurve c) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < c.size(); i++) {
            sb.append(c.selected(i) ? '1' : '0');
        }
        return sb.toString();
    }

    /** The key frames, as {@code "1 3 4"} (integral frames without decimals). */
    static String frames(FCurve c) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < c.size(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            float x = c.x(i);
            sb.append(x == Math.rint(x) ? String.valueOf((int) x) : String.valueOf(x));
        }
        return sb.toString();
    }
}
