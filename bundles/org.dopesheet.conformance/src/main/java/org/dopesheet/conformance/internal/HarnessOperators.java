package org.dopesheet.conformance.internal;

import org.dopesheet.model.Action;
import org.dopesheet.model.Document;
import org.dopesheet.model.FCurve;
import org.dopesheet.operator.OperatorContext;
import org.dopesheet.operator.StringProperty;
import org.dopesheet.operator.IntProperty;

/** Shared lookups of the harness pseudo-operators. */
final class HarnessOperators {
    static final StringProperty ACTION = StringProperty.of("action", "").name("Action").description("Action name");
    static final StringProperty DATA_PATH = StringProperty.of("data_path", "").name("Data Path");
    static final IntProperty ARRAY_INDEX = IntProperty.of("array_index", 0).name("Array Index").range(0, 1 << 20);

    private HarnessOperators() {
    }

    /** The F-Curve named by action, data path and index, or an exception naming what is missing. */
    static FCurve curve(OperatorContext ctx, String actionName, String dataPath, int index) {
        Document d = ctx.document();
        Action a = d.action(actionName);
        if (a == null) {
            throw new IllegalArgumentException("no action named '" + actionName + "'");
        }
        FCurve c = a.channelbag() == null ? null : a.channelbag().fcurve(dataPath, index);
        if (c == null) {
            throw new IllegalArgumentException("action '" + actionName + "' has no F-Curve " + dataPath + "[" + index + "]");
        }
        return c;
    }
}
