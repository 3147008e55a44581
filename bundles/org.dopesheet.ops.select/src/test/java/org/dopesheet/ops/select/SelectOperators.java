package org.dopesheet.ops.select;

import java.util.List;
import org.dopesheet.operator.Registries;

/** The operators of the family, for standalone registries in tests. */
final class SelectOperators {
    /** The ids of the family's operators. */
    static final List<String> IDS = List.of("action.clickselect", "action.select_all", "action.select_box",
            "action.select_circle", "action.select_column", "action.select_lasso", "action.select_leftright",
            "action.select_less", "action.select_linked", "action.select_more");

    private SelectOperators() {
    }

    /** Registers one instance of every operator of the family. */
    static Registries.Standalone registerAll(Registries.Standalone registry) {
        return registry.register(new ClickSelectOperator(), new SelectAllOperator(), new BoxSelectOperator(),
                new CircleSelectOperator(), new ColumnSelectOperator(), new LassoSelectOperator(),
                new LeftRightSelectOperator(), new SelectLessOperator(), new SelectLinkedOperator(),
                new SelectMoreOperator());
    }
}
