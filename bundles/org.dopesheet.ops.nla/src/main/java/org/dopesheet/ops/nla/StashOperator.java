package org.dopesheet.ops.nla;

import org.dopesheet.model.AnimData;
import org.dopesheet.model.SceneObject;
import org.dopesheet.operator.BoolProperty;
import org.dopesheet.operator.Operator;
import org.dopesheet.operator.OperatorContext;
import org.dopesheet.operator.OperatorDefinition;
import org.dopesheet.operator.OperatorProperties;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.PropertySchema;
import org.dopesheet.operator.ReportType;
import org.osgi.service.component.annotations.Component;

/**
 * {@code action.stash(create_new=True)} (Blender's {@code ACTION_OT_stash}, spec 3.33): keeps
 * the editor's action in a muted, locked "[Action Stash]" NLA track ({@link ActionStash#stash})
 * and un-assigns it. An action that is already stashed gets the ERROR "Action has already been
 * stashed" ([cur] "Action+Slot has already been stashed") and is un-assigned all the same.
 * {@code create_new} is defined but, as in Blender, not used (see {@code action.stash_and_create}).
 * <p>
 * Poll: as {@code action.push_down}. 3.4 refuses an action without keys or F-Modifiers with a
 * WARNING and CANCELLED.
 */
@OperatorDefinition(id = "action.stash", name = "Stash Action",
        description = "Store this action in the NLA stack as a non-contributing strip for later use", family = "nla")
@Component(service = Operator.class)
public class StashOperator implements Operator {
    static final BoolProperty CREATE_NEW = BoolProperty.of("create_new", true).name("Create New Action")
            .description("Create a new action once the existing one has been safely stored");
    private static final PropertySchema SCHEMA = PropertySchema.of(CREATE_NEW);

    @Override
    public PropertySchema properties() {
        return SCHEMA;
    }

    @Override
    public boolean poll(OperatorContext context) {
        return StashChecks.pollSelectedActionNotTweaked(context);
    }

    @Override
    public OperatorResult execute(OperatorContext context, OperatorProperties properties) {
        SceneObject owner = EditorAnimData.owner(context);
        AnimData adt = owner == null ? null : owner.animationData();
        if (adt == null) {
            return OperatorResult.FINISHED;
        }
        if (StashChecks.refuseWithoutMotion(context, adt)) {
            return OperatorResult.CANCELLED;
        }
        if (ActionStash.stash(owner)) {
            EditorActionSelector.forgetEditorPointer(context);
        } else {
            context.report(ReportType.ERROR, ProfileDifferences.alreadyStashedMessage(context));
        }
        if (!EditorActionSelector.select(context, owner, null)) {
            context.report(ReportType.ERROR, "Could not unassign the active Action");
        }
        return OperatorResult.FINISHED;
    }
}
