package org.dopesheet.ops.transform;

import java.util.List;
import java.util.Map;
import org.dopesheet.operator.Macro;
import org.dopesheet.operator.Operator;
import org.dopesheet.operator.OperatorContext;
import org.dopesheet.operator.OperatorDefinition;
import org.osgi.service.component.annotations.Component;

/**
 * {@code action.duplicate_move} (Blender's {@code ACTION_OT_duplicate_move}): the macro of
 * {@code action.duplicate} and {@code transform.transform}. Blender 3.4 runs the transform in mode
 * TIME_DUPLICATE; current Blender in TIME_TRANSLATE with {@code use_duplicated_keyframes}; both
 * without proportional editing.
 */
@OperatorDefinition(id = "action.duplicate_move", name = "Duplicate", family = "transform",
        description = "Make a copy of all selected keyframes and move them")
@Component(service = Operator.class)
public class DuplicateMoveOperator implements Macro {
    static final String DUPLICATE = "action.duplicate";
    static final String TRANSFORM = "transform.transform";

    @Override
    public List<String> steps() {
        return List.of(DUPLICATE, TRANSFORM);
    }

    @Override
    public Map<String, Object> stepDefaults(String stepId, OperatorContext context) {
        if (!stepId.equals(TRANSFORM)) {
            return Map.of();
        }
        return transformDefaults(context);
    }

    /** The transform step's mode: TIME_DUPLICATE in Blender 3.4, TIME_TRANSLATE marking duplicates in current Blender. */
    static Map<String, Object> transformDefaults(OperatorContext context) {
        if (context.blender34()) {
            return Map.of("mode", "TIME_DUPLICATE", "use_proportional_edit", false);
        }
        return Map.of("mode", "TIME_TRANSLATE", "use_duplicated_keyframes", true, "use_proportional_edit", false);
    }
}
