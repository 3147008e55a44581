package org.dopesheet.context;

import java.util.List;
import org.dopesheet.model.Action;
import org.dopesheet.model.ActionGroup;
import org.dopesheet.model.AnimData;
import org.dopesheet.model.Channelbag;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.NlaStrip;
import org.dopesheet.model.SceneObject;

/**
 * One element of a filtered channel list (Blender's {@code bAnimListElem}): its type and the data
 * it stands for. {@code object}, {@code action} and {@code channelbag} are null for the summary row.
 *
 * @param type       the channel type
 * @param object     the owning object (the active object in the Action editor)
 * @param animData   its animation data
 * @param action     the action the channel belongs to
 * @param channelbag the channel bag of the action the object is animated by
 * @param group      the group (GROUP rows), or the curve's group (FCURVE rows), else null
 * @param fcurve     the curve (FCURVE rows), else null
 */
public record Channel(ChannelType type, SceneObject object, AnimData animData, Action action, Channelbag channelbag,
        ActionGroup group, FCurve fcurve) {

    /**
     * The strip through which this channel's keys are NLA-mapped (tweak mode), or null when the
     * keys' action time is scene time.
     */
    public NlaStrip nlaStrip() {
        return animData == null ? null : animData.tweakMappingStrip();
    }

    /** Maps a frame of this channel's action time to scene time. */
    public float toScene(float actionFrame) {
        return NlaMapping.toScene(nlaStrip(), actionFrame);
    }

    /** Maps a scene frame to this channel's action time. */
    public float toAction(float sceneFrame) {
        return NlaMapping.toAction(nlaStrip(), sceneFrame);
    }

    /** Whether this row's own selection flag is set (summary: false). */
    public boolean selected() {
        switch (type) {
            case OBJECT:
                return object.select();
            case ACTION:
                return animData != null && animData.uiSelected();
            case GROUP:
                return group.select();
            case FCURVE:
                return fcurve.select();
            default:
                return false;
        }
    }

    /** Row description for messages. */
    @Override
    public String toString() {
        switch (type) {
            case SUMMARY:
                return "Summary";
            case OBJECT:
                return "Object " + object.name();
            case ACTION:
                return "Action " + action.name();
            case GROUP:
                return "Group " + group.name();
            default:
                return fcurve.dataPath() + "[" + fcurve.arrayIndex() + "]";
        }
    }

    static List<FCurve> curvesOfGroup(Channelbag bag, ActionGroup group) {
        return bag.fcurvesOf(group);
    }
}
