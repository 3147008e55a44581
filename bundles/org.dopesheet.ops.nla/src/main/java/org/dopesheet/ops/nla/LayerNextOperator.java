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
 * {@code action.layer_next()} (Blender's {@code ACTION_OT_layer_next}, spec 3.15): in NLA tweak
 * mode, switches tweaking to the strip at the current frame ({@link LayerNavigation#pickStrip})
 * of the first track above the tweaked one that has one; from the top track, leaves tweak mode
 * (a soloed track turns into muted NLA evaluation). The editor then selects the animation
 * data's action. As in Blender, leaving and switching tweak mode does not re-evaluate the
 * animation (the properties keep their values, {@link AnimatedPropertyList}).
 * <p>
 * Poll: the editor's animation data is in tweak mode and its top track is disabled. Not
 * available with the current-Blender profile (removed in Blender 5.0).
 */
@OperatorDefinition(id = "action.layer_next", name = "Next Layer",
        description = "Switch to editing action in animation layer above the current action in the NLA Stack",
        family = "nla")
@Component(service = Operator.class)
public class LayerNextOperator implements Operator {

    @Override
    public boolean poll(OperatorContext context) {
        AnimData adt = LayerNavigation.pollAnimData(context);
        if (adt == null || !adt.useTweakMode() || adt.tracks().isEmpty()) {
            return false;
        }
        return adt.tracks().get(adt.tracks().size() - 1).disabled();
    }

    @Override
    public OperatorResult execute(OperatorContext context, OperatorProperties properties) {
        SceneObject owner = EditorAnimData.owner(context);
        AnimData adt = owner.animationData();
        float time = LayerNavigation.sceneTime(context);
        NlaTrack tweaked = NlaStack.findTweakedTrack(adt);
        if (tweaked == null) {
            context.report(ReportType.ERROR, "Could not find current NLA Track");
            return OperatorResult.CANCELLED;
        }
        List<NlaTrack> tracks = adt.tracks();
        int index = adt.indexOfTrack(tweaked);
        if (index < tracks.size() - 1) {
            for (int i = index + 1; i < tracks.size(); i++) {
                NlaStrip strip = LayerNavigation.pickStrip(tracks.get(i), time);
                if (strip != null) {
                    LayerNavigation.switchTo(owner, tweaked, adt.activeStrip(), tracks.get(i), strip);
                    break;
                }
            }
        } else {
            NlaTweakMode.exit(owner);
            if (adt.nlaSolo()) {
                tweaked.setIsSolo(false);
                adt.setNlaSolo(false);
                adt.setUseNla(false);
            }
        }
        EditorActionSelector.select(context, owner, adt.action());
        AnimatedPropertyList.relist(owner);
        return OperatorResult.FINISHED;
    }
}
