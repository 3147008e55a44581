package org.dopesheet.ops.nla;

import java.util.List;
import org.dopesheet.model.AnimData;
import org.dopesheet.model.NlaStrip;
import org.dopesheet.model.NlaTrack;
import org.dopesheet.model.SceneObject;
import org.dopesheet.operator.Operator;
import org.dopesheet.operator.OperatorContext;
import org.dopesheet.operator.OperatorDefinition;
import org.dopesheet.operator.OperatorProperties;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.ReportType;
import org.osgi.service.component.annotations.Component;

/**
 * {@code action.layer_prev()} (Blender's {@code ACTION_OT_layer_prev}, spec 3.16): switches
 * tweaking to the strip at the current frame ({@link LayerNavigation#pickStrip}) of the first
 * track below the tweaked one (from the plain action: of the first track from the top) that has
 * one, entering tweak mode if needed (without setting the scene's tweak-mode flag). The editor
 * then selects the animation data's action. As in Blender, switching tweak mode does not
 * re-evaluate the animation (the properties keep their values, {@link AnimatedPropertyList}).
 * <p>
 * Poll: the editor's animation data either is in tweak mode with a bottom track that is not
 * disabled, or is not in tweak mode and has tracks. Not available with the current-Blender
 * profile (removed in Blender 5.0).
 */
@OperatorDefinition(id = "action.layer_prev", name = "Previous Layer",
        description = "Switch to editing action in animation layer below the current action in the NLA Stack",
        family = "nla")
@Component(service = Operator.class)
public class LayerPrevOperator implements Operator {

    @Override
    public boolean poll(OperatorContext context) {
        AnimData adt = LayerNavigation.pollAnimData(context);
        if (adt == null || adt.tracks().isEmpty()) {
            return false;
        }
        return !adt.useTweakMode() || !adt.tracks().get(0).disabled();
    }

    @Override
    public OperatorResult execute(OperatorContext context, OperatorProperties properties) {
        SceneObject owner = EditorAnimData.owner(context);
        AnimData adt = owner == null ? null : owner.animationData();
        if (adt == null) {
            context.report(ReportType.ERROR, "Internal Error: Could not find Animation Data/NLA Stack to use");
            return OperatorResult.CANCELLED;
        }
        float time = LayerNavigation.sceneTime(context);
        NlaTrack tweaked = NlaStack.findTweakedTrack(adt);
        List<NlaTrack> tracks = adt.tracks();
        int start = tweaked != null ? adt.indexOfTrack(tweaked) - 1 : tracks.size() - 1;
        for (int i = start; i >= 0; i--) {
            NlaStrip strip = LayerNavigation.pickStrip(tracks.get(i), time);
            if (strip != null) {
                LayerNavigation.switchTo(owner, tweaked, adt.activeStrip(), tracks.get(i), strip);
                break;
            }
        }
        EditorActionSelector.select(context, owner, adt.action());
        AnimatedPropertyList.relist(owner);
        return OperatorResult.FINISHED;
    }
}
