package org.dopesheet.ops.nla;

import org.dopesheet.model.Action;
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
 * {@code action.unlink(force_delete=False)} (Blender's {@code ACTION_OT_unlink},
 * {@code ED_animedit_unlink_action}, spec 3.35): warns when the action is about to lose its
 * only user; with {@code force_delete} removes the action's strips from the "[Action Stash]"
 * tracks (and tracks left empty) and clears its fake user; then, in NLA tweak mode, only leaves
 * tweak mode (and clears the scene's tweak-mode flag; as in Blender without re-evaluating the
 * animation, {@link AnimatedPropertyList}), otherwise selects None (un-assigning the action).
 * <p>
 * Poll: the editor's animation data exists and an action is selected
 * ({@link EditorActionSelector#selected}).
 */
@OperatorDefinition(id = "action.unlink", name = "Unlink Action",
        description = "Unlink this action from the active action slot (and/or exit Tweak Mode)", family = "nla")
@Component(service = Operator.class)
public class UnlinkOperator implements Operator {
    static final BoolProperty FORCE_DELETE = BoolProperty.of("force_delete", false).name("Force Delete")
            .description("Clear Fake User and remove copy stashed in this data-block's NLA stack").skipSave();
    private static final PropertySchema SCHEMA = PropertySchema.of(FORCE_DELETE);

    @Override
    public PropertySchema properties() {
        return SCHEMA;
    }

    @Override
    public boolean poll(OperatorContext context) {
        return EditorAnimData.of(context) != null && EditorActionSelector.selected(context) != null;
    }

    @Override
    public OperatorResult execute(OperatorContext context, OperatorProperties properties) {
        SceneObject owner = EditorAnimData.owner(context);
        AnimData adt = owner == null ? null : owner.animationData();
        if (adt == null || adt.action() == null) {
            return OperatorResult.FINISHED;
        }
        Action action = adt.action();
        if (action.users() == 1) {
            context.report(ReportType.WARNING, "Action '" + action.name()
                    + "' will not be saved, create Fake User or Stash in NLA Stack to retain");
        }
        if (properties.get(FORCE_DELETE)) {
            ActionStash.removeStashStrips(adt, action);
            action.setUseFakeUser(false);
        }
        if (adt.useTweakMode()) {
            NlaTweakMode.exit(owner);
            context.scene().setNlaTweakmode(false);
            AnimatedPropertyList.relist(owner);
        } else {
            EditorActionSelector.select(context, owner, null);
        }
        return OperatorResult.FINISHED;
    }
}
