package org.dopesheet.ops.select;

import java.util.List;
import org.dopesheet.context.AnimFilter;
import org.dopesheet.context.AnimationContext;
import org.dopesheet.context.Channel;
import org.dopesheet.context.ChannelGeometry;
import org.dopesheet.context.ChannelType;
import org.dopesheet.context.View2D;
import org.dopesheet.edit.KeySelection;
import org.dopesheet.edit.SelectMode;
import org.dopesheet.model.ActionGroup;
import org.dopesheet.model.Bone;
import org.dopesheet.model.EditorState;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.ObjectType;
import org.dopesheet.model.SceneObject;

/**
 * Click selection (Blender's {@code mouse_action_keys} with its hit test, spec 3.3): the row
 * under the mouse, the left-most key column of that row within a few pixels of the mouse, the
 * deselection rules, channel activation, and the single / column / channel variants.
 */
final class ClickSelection {
    /** The display rows: DATA_VISIBLE | LIST_VISIBLE | LIST_CHANNELS. */
    static final int ROWS = AnimFilter.DATA_VISIBLE | AnimFilter.LIST_VISIBLE | AnimFilter.LIST_CHANNELS;

    private ClickSelection() {
    }

    /**
     * What lies under a region pixel.
     *
     * @param row      the listed row under the mouse, or null
     * @param found    whether a key column lies within the hit window
     * @param frame    that column's frame in scene time
     * @param selected whether that column holds a selected key
     */
    record Hit(Channel row, boolean found, float frame, boolean selected) {
        static final Hit NOTHING = new Hit(null, false, 0f, false);
    }

    /**
     * Blender's {@code actkeys_find_key_at_position}: the row is
     * {@code floor((first_top - view_y) / step)} of the display rows; the hit window spans
     * {@code h = roundf(0.8 * channel_height / 2)} pixels on either side of the mouse, and the
     * left-most key column of the row inside {@code [view_x(x - h) - 0.01, view_x(x + h))} is hit,
     * not the nearest one.
     */
    static Hit hitTest(AnimationContext anim, int mouseX, int mouseY) {
        View2D view = anim.view();
        ChannelGeometry geometry = anim.geometry();
        int index = geometry.rowAt(view.regionToViewY(mouseY));
        List<Channel> rows = anim.filter(ROWS);
        if (index < 0 || index >= rows.size()) {
            return Hit.NOTHING;
        }
        Channel row = rows.get(index);
        int half = (int) Selections.roundf(geometry.height() * 0.8f / 2.0f);
        float min = view.regionToViewX(mouseX - half);
        float max = view.regionToViewX(mouseX + half);
        KeyColumns columns = KeyColumns.of(anim.curvesOfRow(row));
        int column = columns.firstBetween(min, max);
        if (column < 0) {
            return new Hit(row, false, 0f, false);
        }
        return new Hit(row, true, columns.frame(column), columns.selected(column));
    }

    /**
     * Runs a click. {@code mode} is INVERT ({@code extend}) or REPLACE. Returns whether the
     * deselection was postponed ({@code wait_to_deselect_others} on a selected key or on empty
     * space), i.e. whether Blender would return RUNNING_MODAL.
     */
    static boolean click(AnimationContext anim, Hit hit, SelectMode mode, boolean deselectAll, boolean column,
            boolean channel, boolean waitToDeselectOthers) {
        boolean wait = mode == SelectMode.REPLACE && waitToDeselectOthers;
        boolean postponed = false;
        SelectMode keyMode = mode;
        if ((mode == SelectMode.REPLACE && hit.found()) || (!hit.found() && deselectAll)) {
            keyMode = SelectMode.ADD;
            if (wait && (!hit.found() || hit.selected())) {
                postponed = true;
            } else {
                Selections.deselectAllKeys(anim);
                if (selectsChannels(anim)) {
                    deselectAllChannels(anim);
                    activate(anim, hit.row());
                }
            }
        }
        if (hit.row() != null && hit.found()) {
            if (column) {
                selectColumn(anim, keyMode, hit.frame());
            } else if (channel) {
                for (Channel c : anim.curvesOfRow(hit.row())) {
                    KeySelection.applyAll(c.fcurve(), keyMode);
                }
            } else {
                for (Channel c : anim.curvesOfRow(hit.row())) {
                    Selections.select(c.fcurve(), Selections.atFrame(c.toAction(hit.frame())), keyMode);
                }
            }
        }
        return postponed;
    }

    /** Channels are (de)selected by a click in the Action, Dope Sheet and Timeline modes. */
    private static boolean selectsChannels(AnimationContext anim) {
        switch (anim.mode()) {
            case ACTION:
            case DOPESHEET:
            case TIMELINE:
                return true;
            default:
                return false;
        }
    }

    /**
     * Blender's {@code actkeys_mselect_column}: every visible curve (DATA_VISIBLE | LIST_VISIBLE |
     * NODUPLIS) gets {@code mode} on its keys at the clicked column's frame, mapped to the curve's
     * action time.
     */
    private static void selectColumn(AnimationContext anim, SelectMode mode, float frame) {
        for (Channel c : anim.curves(Selections.VISIBLE_CURVES)) {
            Selections.select(c.fcurve(), Selections.atFrame(c.toAction(frame)), mode);
        }
    }

    /**
     * Blender's {@code ANIM_anim_channels_select_set(ac, ACHANNEL_SETFLAG_CLEAR)} over
     * DATA_VISIBLE | LIST_CHANNELS (collapsed groups' curves included): groups lose SELECTED and
     * ACTIVE (and, unless the dope sheet shows only selected data, the same-named pose bone of an
     * armature is deselected when it is selectable), F-Curves lose SELECTED and ACTIVE, action
     * rows lose the animation data's UI selection and activity; objects are untouched.
     */
    static void deselectAllChannels(AnimationContext anim) {
        EditorState editor = anim.editor();
        for (Channel row : anim.filter(AnimFilter.DATA_VISIBLE | AnimFilter.LIST_CHANNELS)) {
            switch (row.type()) {
                case GROUP: {
                    ActionGroup g = row.group();
                    g.setSelect(false);
                    deselectPoseBone(editor, row.object(), g);
                    g.setActive(false);
                    break;
                }
                case FCURVE: {
                    FCurve c = row.fcurve();
                    c.setSelect(false);
                    c.setActive(false);
                    break;
                }
                case ACTION:
                    if (row.animData() != null) {
                        row.animData().setUiSelected(false);
                        row.animData().setUiActive(false);
                    }
                    break;
                default:
                    break;
            }
        }
    }

    /** {@code select_pchan_for_action_group} on deselection: {@code ED_pose_bone_select(ob, pchan, false)}. */
    private static void deselectPoseBone(EditorState editor, SceneObject object, ActionGroup group) {
        if (editor.showOnlySelected() || object == null || object.type() != ObjectType.ARMATURE) {
            return;
        }
        Bone bone = object.bone(group.name());
        if (bone != null && !bone.hide()) {
            bone.setSelect(false);
        }
    }

    /**
     * Makes the clicked group or F-Curve row selected and the active channel
     * ({@code ANIM_set_active_channel}: the ACTIVE flag is cleared on the listed rows of the same
     * type, then set on the clicked one). Other rows are not activated.
     */
    private static void activate(AnimationContext anim, Channel row) {
        if (row == null) {
            return;
        }
        if (row.type() == ChannelType.GROUP) {
            row.group().setSelect(true);
            for (Channel r : anim.filter(ROWS)) {
                if (r.type() == ChannelType.GROUP) {
                    r.group().setActive(false);
                }
            }
            row.group().setActive(true);
        } else if (row.type() == ChannelType.FCURVE) {
            row.fcurve().setSelect(true);
            for (Channel r : anim.filter(ROWS)) {
                if (r.type() == ChannelType.FCURVE) {
                    r.fcurve().setActive(false);
                }
            }
            row.fcurve().setActive(true);
        }
    }
}
