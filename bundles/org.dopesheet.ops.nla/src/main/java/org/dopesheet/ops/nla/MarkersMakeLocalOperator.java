package org.dopesheet.ops.nla;

import java.util.ArrayList;
import java.util.List;
import org.dopesheet.model.Action;
import org.dopesheet.model.EditorMode;
import org.dopesheet.model.Marker;
import org.dopesheet.model.Scene;
import org.dopesheet.operator.Operator;
import org.dopesheet.operator.OperatorContext;
import org.dopesheet.operator.OperatorDefinition;
import org.dopesheet.operator.OperatorProperties;
import org.dopesheet.operator.OperatorResult;
import org.osgi.service.component.annotations.Component;

/**
 * {@code action.markers_make_local()} (Blender's {@code ACTION_OT_markers_make_local}, spec
 * 3.17): moves every selected scene marker, in list order, to the end of the action's pose
 * markers (names, frames and selection kept), then makes the editor show pose markers.
 * <p>
 * Poll: the Action or Shape Key editor, an action selected ({@link EditorActionSelector#selected}:
 * 3.4 the editor's action, [cur] the active object's), pose markers not shown, and at least one
 * selected scene marker. CANCELLED when there is no action.
 */
@OperatorDefinition(id = "action.markers_make_local", name = "Make Markers Local",
        description = "Move selected scene markers to the active Action as local 'pose' markers", family = "nla")
@Component(service = Operator.class)
public class MarkersMakeLocalOperator implements Operator {

    @Override
    public boolean poll(OperatorContext context) {
        EditorMode mode = context.editor().mode();
        if (mode != EditorMode.ACTION && mode != EditorMode.SHAPEKEY) {
            return false;
        }
        if (EditorActionSelector.selected(context) == null || context.editor().showPoseMarkers()) {
            return false;
        }
        for (Marker m : context.scene().markers()) {
            if (m.select()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public OperatorResult execute(OperatorContext context, OperatorProperties properties) {
        Action action = EditorActionSelector.selected(context);
        if (action == null || context.editor().showPoseMarkers()) {
            return OperatorResult.CANCELLED;
        }
        Scene scene = context.scene();
        List<Marker> moving = new ArrayList<>();
        for (Marker m : scene.markers()) {
            if (m.select()) {
                moving.add(m);
            }
        }
        for (Marker m : moving) {
            scene.removeMarker(m);
            action.addPoseMarker(m);
        }
        context.editor().setShowPoseMarkers(true);
        return OperatorResult.FINISHED;
    }
}
