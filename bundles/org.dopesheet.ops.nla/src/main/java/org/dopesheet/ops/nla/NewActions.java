package org.dopesheet.ops.nla;

import org.dopesheet.model.Action;
import org.dopesheet.model.EditorMode;
import org.dopesheet.operator.OperatorContext;

/**
 * Blender's {@code action_create_new}: a full copy of an existing action (the name made unique
 * with a numeric suffix) or a new empty action named "Action", without users (the assignment
 * that usually follows adds them).
 */
final class NewActions {
    /** Name of new empty actions before they are made unique. */
    static final String DEFAULT_NAME = "Action";

    private NewActions() {
    }

    /** Creates the action in the document; a copy of {@code old} when given. */
    static Action create(OperatorContext context, Action old) {
        Action action;
        if (old != null) {
            action = old.copy(old.name());
        } else {
            action = new Action(DEFAULT_NAME);
            // CORE GAP: a new model Action starts with pose_markers_active_index -1; Blender's new
            // actions have 0 (as every recorded action state shows).
            action.setPoseMarkersActiveIndex(0);
        }
        context.document().addAction(action);
        action.setUsers(0);
        if (ProfileDifferences.newActionGetsEditorIdRoot(context)) {
            action.setIdRoot(context.editor().mode() == EditorMode.SHAPEKEY ? "KEY" : "OBJECT");
        }
        return action;
    }
}
