package org.dopesheet.operator;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A macro operator (Blender's {@code WM_operatortype_append_macro}): runs other operators in order
 * on the same document inside one invocation, so the whole macro is one transaction and one undo
 * step. Its properties are, per step, a property group named after the step in Blender's C form
 * ({@code ACTION_OT_duplicate} for {@code action.duplicate}) holding that operator's properties;
 * the registry derives them from the steps' schemas. Register it like any operator, with
 * {@link OperatorDefinition}; third-party bundles may define macros over any registered operators.
 *
 * <pre>
 * &#64;OperatorDefinition(id = "action.duplicate_move", name = "Duplicate", family = "transform")
 * &#64;Component(service = Operator.class)
 * public class DuplicateMove implements Macro {
 *     public List&lt;String&gt; steps() { return List.of("action.duplicate", "transform.transform"); }
 * }
 * </pre>
 */
@ConsumerType
public interface Macro extends Operator {

    /** The operator ids run in order. */
    List<String> steps();

    /**
     * Default values a step gets when the caller does not give them (Blender's
     * {@code WM_operatortype_macro_define} then {@code RNA_enum_set} on the step's properties).
     */
    default Map<String, Object> stepDefaults(String stepId, OperatorContext context) {
        return Map.of();
    }

    /** The property-group name of a step: {@code scope.name} becomes {@code SCOPE_OT_name}. */
    static String groupName(String stepId) {
        int dot = stepId.indexOf('.');
        return stepId.substring(0, dot).toUpperCase(Locale.ROOT) + "_OT_" + stepId.substring(dot + 1);
    }

    /** The macro's poll is its first step's. */
    @Override
    default boolean poll(OperatorContext context) {
        return steps().isEmpty() || context.poll(steps().get(0));
    }

    /**
     * Runs the steps in order with their groups' values (over {@link #stepDefaults}); stops at the
     * first step that does not finish and returns its status (Blender's {@code wm_macro_exec}).
     */
    @Override
    default OperatorResult execute(OperatorContext context, OperatorProperties properties) {
        OperatorResult last = OperatorResult.FINISHED;
        for (String step : steps()) {
            Object group = properties.get(groupName(step));
            Map<String, Object> values = new java.util.LinkedHashMap<>(stepDefaults(step, context));
            if (group instanceof OperatorProperties) {
                OperatorProperties g = (OperatorProperties) group;
                for (Map.Entry<String, Object> e : g.toPlain().entrySet()) {
                    if (g.isSet(e.getKey())) {
                        values.put(e.getKey(), e.getValue());
                    }
                }
            }
            last = context.invoke(step, values);
            if (!last.poll() || !last.finished()) {
                return last.poll() ? OperatorResult.of(last.status().iterator().next()) : OperatorResult.CANCELLED;
            }
        }
        return OperatorResult.FINISHED;
    }
}
