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
import org.osgi.service.component.annotations.Component;

/**
 * {@code action.new()} (Blender's {@code ACTION_OT_new}, spec 3.19), as called from Python (not
 * from the header's ID-template button): stashes the action of the editor's animation data
 * (when it has one and it is not stashed yet), then creates a copy of it, or an empty action
 * "Action" when there is none. The new action is not assigned and has no users; assigning it
 * is what the header button does next (the {@code oracle.set_editor_action} pseudo-operator).
 * <p>
 * Poll: the Action editor with an active object whose animation data is absent or not in NLA
 * tweak mode (the Shape Key editor's shape keys and the NLA editor are not modelled).
 */
@OperatorDefinition(id = "action.new", name = "New Action", description = "Create new action", family = "nla")
@Component(service = Operator.class)
public class NewActionOperator implements Operator {

    @Override
    public boolean poll(OperatorContext context) {
        if (context.editor().mode() != EditorMode.ACTION) {
            return false;
        }
        SceneObject ob = context.document().activeObject();
        if (ob == null) {
            return false;
        }
        AnimData adt = ob.animationData();
        return adt == null || !adt.useTweakMode();
    }

    @Override
    public OperatorResult execute(OperatorContext context, OperatorProperties properties) {
        SceneObject owner = EditorAnimData.owner(context);
        AnimData adt = owner == null ? null : owner.animationData();
        Action old = adt == null ? null : adt.action();
        if (old != null && ActionStash.stash(owner)) {
            AnimatedPropertyList.relist(owner);
        }
        NewActions.create(context, old);
        return OperatorResult.FINISHED;
    }
}
