package org.dopesheet.ops.select;

import java.util.Map;
import org.dopesheet.model.Action;
import org.dopesheet.model.ActionGroup;
import org.dopesheet.model.Document;
import org.dopesheet.model.EditorMode;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.ObjectType;
import org.dopesheet.model.SceneObject;
import org.dopesheet.operator.OperatorRegistry;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.Registries;

/**
 * A document as the vectors build them: object "Cube" with action "CubeAction", an expanded group
 * "Object Transforms" holding {@code location[0..2]} and an ungrouped {@code rotation_euler[2]};
 * an Action editor at 100 % UI scale showing frames -2..28 over 396 pixels (13.2 px per frame)
 * and view y -872..0 over 872 pixels, so row {@code i} (summary 0, group 1, location 2-4,
 * rotation 5) is centred on region y {@code 838 - 18 i}.
 */
final class Fixture {
    final Registries.Standalone standalone;
    final OperatorRegistry registry;
    final Document doc;
    final SceneObject cube;
    final Action action;
    final ActionGroup group;
    final FCurve locX, locY, locZ, rotZ;

    Fixture() {
        standalone = SelectOperators.registerAll(Registries.create());
        registry = standalone.registry();
        doc = standalone.documents().create("fixture");
        cube = doc.addObject(new SceneObject("Cube", ObjectType.EMPTY).setSelect(true));
        doc.setActiveObject(cube);
        action = doc.addAction(new Action("CubeAction"));
        cube.ensureAnimationData().setAction(action);
        action.addUsers(1);
        group = action.channelbag().ensureGroup("Object Transforms");
        locX = action.channelbag().addFCurveToGroup(new FCurve("location", 0), group);
        locY = action.channelbag().addFCurveToGroup(new FCurve("location", 1), group);
        locZ = action.channelbag().addFCurveToGroup(new FCurve("location", 2), group);
        rotZ = action.channelbag().addFCurveToGroup(new FCurve("rotation_euler", 2), null);
        doc.editor().setMode(EditorMode.ACTION).setShowOnlySelected(false).setCur(-2, 28, -872, 0)
                .setMask(0, 396, 0, 872);
    }

    /** Adds keys at the frames (all three flags selected, as new keys are). */
    static FCurve keys(FCurve c, float... frames) {
        for (float f : frames) {
            c.addKey(f, f);
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

    /** The key flags ({@code f2}) as a pattern of '1' and '0'. */
    static String selection(FCurve c) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < c.size(); i++) {
            sb.append(c.selected(i) ? '1' : '0');
        }
        return sb.toString();
    }

    /** Region pixel x of a frame (13.2 px per frame from frame -2), rounded to the nearest pixel. */
    static int px(float frame) {
        return Math.round((frame + 2f) * 396f / 30f);
    }

    /** Region pixel y of the centre of row {@code i}. */
    static int rowY(int row) {
        return 838 - 18 * row;
    }

    OperatorResult run(String invocation) {
        return registry.invoke(doc, invocation);
    }

    OperatorResult run(String id, Map<String, ?> properties) {
        return registry.invoke(doc, id, properties);
    }
}
