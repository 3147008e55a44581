package org.dopesheet.ops.nla;

import org.dopesheet.model.AnimData;
import org.dopesheet.model.EditorMode;
import org.dopesheet.model.SceneObject;
import org.dopesheet.operator.OperatorContext;

/**
 * Blender's {@code ED_actedit_animdata_from_context}: the animation data the Action editor
 * works on. In ACTION mode the active object's; in SHAPEKEY mode the shape-key datablock's,
 * which this platform does not model (objects are Empties and armatures without shape keys),
 * so none; none in every other mode.
 */
final class EditorAnimData {
    private EditorAnimData() {
    }

    /** The datablock owning the editor's animation data (the active object in ACTION mode), or null. */
    static SceneObject owner(OperatorContext context) {
        if (context.editor().mode() == EditorMode.ACTION) {
            return context.document().activeObject();
        }
        return null;
    }

    /** The editor's animation data, or null. */
    static AnimData of(OperatorContext context) {
        SceneObject owner = owner(context);
        return owner == null ? null : owner.animationData();
    }
}
