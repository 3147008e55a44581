package org.dopesheet.ops.nla;

import org.dopesheet.model.Action;
import org.dopesheet.model.AnimData;
import org.dopesheet.model.EditorMode;
import org.dopesheet.model.EditorState;
import org.dopesheet.model.SceneObject;
import org.dopesheet.operator.OperatorContext;

/**
 * The Action editor's action selector: which action the editor's operators consider "the"
 * action, and what selecting another one (or None) does
 * ({@link ProfileDifferences#actionPointerIsEditors}).
 * <p>
 * Blender 3.4 ({@code actedit_change_action}): the {@code SpaceDopeSheetEditor.action} RNA
 * pointer. Its setter only accepts actions suited to the editor mode (an action not yet rooted
 * on an ID type, or one rooted on objects in the Action editor); its update then works on the
 * active object's animation data (created if missing): if that already uses the editor's
 * action nothing happens; otherwise tweak mode is left, the object's action is stashed when
 * nothing else uses it (and a new action is being set), and the editor's action is assigned
 * ({@code BKE_animdata_set_action}).
 * <p>
 * Current Blender: the selector is the object's {@code AnimData.action}
 * ({@code animrig::assign_action}: slot-aware, refused in tweak mode, no stashing); the
 * editor's cached action is left as it is.
 */
final class EditorActionSelector {
    private EditorActionSelector() {
    }

    /**
     * The action the editor's polls and operators look at: 3.4 the editor's own action pointer
     * (as it was last synchronised), current the editor's animation data's action.
     */
    static Action selected(OperatorContext context) {
        if (ProfileDifferences.actionPointerIsEditors(context)) {
            return context.editor().action();
        }
        AnimData adt = EditorAnimData.of(context);
        return adt == null ? null : adt.action();
    }

    /**
     * Selects {@code action} (null: None) for {@code owner}, the editor's animation-data owner:
     * 3.4 through the editor's pointer (which assigns to the active object), current by assigning
     * to the owner's animation data (created if missing). Returns false when the assignment was
     * refused (current only: no owner, tweak mode, unsuitable action).
     */
    static boolean select(OperatorContext context, SceneObject owner, Action action) {
        if (ProfileDifferences.actionPointerIsEditors(context)) {
            setEditorPointer(context, action);
            return true;
        }
        if (owner == null) {
            return false;
        }
        owner.ensureAnimationData();
        boolean ok = ActionAssignment.assign(owner, action);
        if (ok) {
            context.tagAnimationChanged();
        }
        return ok;
    }

    /**
     * 3.4's direct {@code saction->action = NULL} (no RNA update), done after stashing or pushing
     * down so that the following selection does not release the action twice; current Blender
     * has no editor pointer to clear.
     */
    static void forgetEditorPointer(OperatorContext context) {
        if (ProfileDifferences.actionPointerIsEditors(context) && context.editor().action() != null) {
            context.editor().setAction(null);
        }
    }

    /** Sets the editor's action pointer and runs its RNA update (Blender 3.4). */
    static void setEditorPointer(OperatorContext context, Action action) {
        EditorState editor = context.editor();
        if (accepts(editor.mode(), action) && editor.action() != action) {
            editor.setAction(action);
        }
        SceneObject ob = context.document().activeObject();
        if (ob == null || editor.mode() != EditorMode.ACTION) {
            return;
        }
        AnimData adt = ob.ensureAnimationData();
        if (adt.action() == editor.action()) {
            return;
        }
        NlaTweakMode.exit(ob);
        if (adt.action() != null && adt.action().users() <= 0 && editor.action() != null) {
            ActionStash.stash(ob);
        }
        ActionAssignment.assign(ob, editor.action());
        context.tagAnimationChanged();
    }

    /**
     * {@code rna_SpaceDopeSheetEditor_action_set}: whether the editor takes {@code action} (None
     * and never-assigned actions always; otherwise only object actions in the Action editor and
     * shape-key actions in the Shape Key editor).
     */
    static boolean accepts(EditorMode mode, Action action) {
        if (action == null || action.idRoot() == null) {
            return true;
        }
        switch (mode) {
            case ACTION:
                return "OBJECT".equals(action.idRoot());
            case SHAPEKEY:
                return "KEY".equals(action.idRoot());
            default:
                return false;
        }
    }
}
