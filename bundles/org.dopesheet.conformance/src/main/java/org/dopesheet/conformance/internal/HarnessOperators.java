package org.dopesheet.conformance.internal;

import org.dopesheet.model.Action;
import org.dopesheet.model.Document;
import org.dopesheet.model.FCurve;
import org.dopesheet.operator.OperatorContext;
import org.dopesheet.operator.ReportType;
import org.dopesheet.operator.StringProperty;
import org.dopesheet.operator.IntProperty;

/** Shared lookups of the harness pseudo-operators. */
final class HarnessOperators {
    static final StringProperty ACTION = StringProperty.of("action", "").name("Action").description("Action name");
    static final StringProperty DATA_PATH = StringProperty.of("data_path", "").name("Data Path");
    static final IntProperty ARRAY_INDEX = IntProperty.of("array_index", 0).name("Array Index").range(0, 1 << 20);

    private HarnessOperators() {
    }

    /**
     * The F-Curve named by action, data path and index; when there is none, an ERROR report naming
     * what is missing (as Python's {@code bpy.data.actions[...]} lookups raise) and null.
     */
    static FCurve curve(OperatorContext ctx, String actionName, String dataPath, int index) {
        Document d = ctx.document();
        Action a = d.action(actionName);
        if (a == null) {
            ctx.report(ReportType.ERROR, "no action named '" + actionName + "'");
            return null;
        }
        FCurve c = a.channelbag() == null ? null : a.channelbag().fcurve(dataPath, index);
        if (c == null) {
            ctx.report(ReportType.ERROR, "action '" + actionName + "' has no F-Curve " + dataPath + "[" + index + "]");
        }
        return c;
    }

    /** The object of this name; when there is none, an ERROR report and null. */
    static org.dopesheet.model.SceneObject object(OperatorContext ctx, String name) {
        org.dopesheet.model.SceneObject ob = ctx.document().object(name);
        if (ob == null) {
            ctx.report(ReportType.ERROR, "no object named '" + name + "'");
        }
        return ob;
    }
}
