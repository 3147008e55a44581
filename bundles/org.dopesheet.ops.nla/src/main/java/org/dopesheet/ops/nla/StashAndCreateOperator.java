package org.dopesheet.ops.nla;

import org.dopesheet.model.Action;
import org.dopesheet.model.AnimData;
import org.dopesheet.model.EditorMode;
import org.dopesheet.model.SceneObject;
import org.dopesheet.operator.Operator;
import org.dopesheet.operator.OperatorContext;
import org.dopesheet.operator.OperatorDefinition;
import org.dopesheet.operator.OperatorProperties;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.ReportType;
import org.osgi.service.component.annotations.Component;

/**
 * {@code action.stash_and_create()} (Blender's {@code ACTION_OT_stash_and_create}, spec 3.34):
 * without a selected action, creates an empty action "Action" and selects it (which assigns it,
 * creating the animation data if needed); otherwise stashes the action
 * ({@link ActionStash#stash}) and selects a new empty action, or, when it was already stashed,
 * reports the ERROR "Action has already been stashed" ([cur] "Action+Slot ...") and selects
 * None.
 * <p>
 * Poll: the editor's animation data is not in NLA tweak mode; without animation data the
 * scene must not be in NLA tweak mode and the editor must be the Action or Shape Key editor.
 * 3.4 refuses an action without keys or F-Modifiers with a WARNING and CANCELLED.
 */
@OperatorDefinition(id = "action.stash_and_create", name = "Stash Action",
        description = "Store this action in the NLA stack as a non-contributing strip for later use, "
                + "and create a new action", family = "nla")
@Component(service = Operator.class)
public class StashAndCreateOperator implements Operator {

    @Override
    public boolean poll(OperatorContext context) {
        AnimData adt = EditorAnimData.of(context);
        if (adt != null) {
            return !adt.useTweakMode();
        }
        EditorMode mode = context.editor().mode();
        return !context.scene().nlaTweakmode() && (mode == EditorMode.ACTION || mode == EditorMode.SHAPEKEY);
    }

    @Override
    public OperatorResult execute(OperatorContext context, OperatorProperties properties) {
        SceneObject owner = EditorAnimData.owner(context);
        AnimData adt = owner == null ? null : owner.animationData();
        if (EditorActionSelector.selected(context) == null) {
            Action created = NewActions.create(context, null);
            selectNew(context, owner, created);
        } else if (adt != null) {
            if (StashChecks.refuseWithoutMotion(context, adt)) {
                return OperatorResult.CANCELLED;
            }
            if (ActionStash.stash(owner)) {
                Action created = NewActions.create(context, null);
                EditorActionSelector.forgetEditorPointer(context);
                selectNew(context, owner, created);
            } else {
                context.report(ReportType.ERROR, ProfileDifferences.alreadyStashedMessage(context));
                if (!EditorActionSelector.select(context, owner, null)) {
                    context.report(ReportType.ERROR, "Could not un-assign Action from " + owner.name());
                }
            }
        }
        return OperatorResult.FINISHED;
    }

    private static void selectNew(OperatorContext context, SceneObject owner, Action created) {
        if (!EditorActionSelector.select(context, owner, created) && owner != null) {
            context.report(ReportType.ERROR, "Could not assign a new Action to " + owner.name());
        }
    }
}
