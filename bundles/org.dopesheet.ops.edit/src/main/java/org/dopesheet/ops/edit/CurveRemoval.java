package org.dopesheet.ops.edit;

import org.dopesheet.context.Channel;
import org.dopesheet.model.Action;
import org.dopesheet.model.ActionGroup;
import org.dopesheet.model.AnimData;
import org.dopesheet.model.Channelbag;
import org.dopesheet.model.FCurve;

/**
 * Removal of an F-Curve from the animation data it animates (Blender's
 * {@code ANIM_fcurve_delete_from_animdata} / {@code animrig::animdata_fcurve_delete}), shared by
 * delete and clean: the curve leaves its channel bag, a group left without curves is removed,
 * and a legacy action left without any F-Curve is un-assigned from the animation data (one user
 * less, the datablock stays) unless the animation data is in NLA tweak mode.
 */
final class CurveRemoval {
    private CurveRemoval() {
    }

    /**
     * Removes the curve of {@code channel} from its owner's action. Nothing happens without
     * animation data or without an assigned action, as in Blender.
     */
    static void removeFromAnimData(Channel channel) {
        AnimData adt = channel.animData();
        FCurve fcu = channel.fcurve();
        if (adt == null || fcu == null || adt.action() == null) {
            return;
        }
        Action action = adt.action();
        Channelbag bag = bagHolding(action, fcu);
        if (bag == null) {
            return;
        }
        ActionGroup group = fcu.group();
        bag.removeFcurve(fcu);
        if (group != null && bag.indexOfGroup(group) >= 0 && bag.fcurvesOf(group).isEmpty()) {
            bag.removeGroup(group);
        }
        if (!action.layered() && action.fcurves().isEmpty() && !adt.useTweakMode()) {
            releaseUser(action);
            adt.setAction(null);
        }
    }

    private static Channelbag bagHolding(Action action, FCurve fcu) {
        for (Channelbag bag : action.channelbags()) {
            if (bag.indexOfFcurve(fcu) >= 0) {
                return bag;
            }
        }
        return null;
    }

    /** Blender's {@code id_us_min}: one user less, never below the fake user. */
    static void releaseUser(Action action) {
        int limit = action.useFakeUser() ? 1 : 0;
        action.setUsers(Math.max(limit, action.users() - 1));
    }
}
