package org.dopesheet.ops.view;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.dopesheet.context.AnimationContext;
import org.dopesheet.context.NlaMapping;
import org.dopesheet.model.AnimData;
import org.dopesheet.model.Bone;
import org.dopesheet.model.Channelbag;
import org.dopesheet.model.EditorState;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.ObjectType;
import org.dopesheet.model.Preferences;
import org.dopesheet.model.Scene;
import org.dopesheet.model.SceneObject;
import org.dopesheet.operator.Operator;
import org.dopesheet.operator.OperatorContext;
import org.dopesheet.operator.OperatorDefinition;
import org.dopesheet.operator.OperatorProperties;
import org.dopesheet.operator.OperatorResult;
import org.osgi.service.component.annotations.Component;

/**
 * {@code action.view_frame} (Blender's {@code ACTION_OT_view_frame} / {@code ANIM_center_frame}):
 * moves the view to the current frame, the x range chosen by the preference "Zoom to Frame Type":
 * KEEP_RANGE keeps the width, SECONDS shows the given seconds either side, KEYFRAMES spans the
 * given number of keyframes before and after (falling back to KEEP_RANGE). The view is then
 * validated (smooth view off).
 */
@OperatorDefinition(id = "action.view_frame", name = "Go to Current Frame", family = "view",
        description = "Move the view to the current frame", flags = {})
@Component(service = Operator.class)
public class ViewFrameOperator implements Operator {
    /** {@code BEZT_BINARYSEARCH_THRESH}: keys closer than this share a key column. */
    static final float COLUMN_THRESHOLD = 0.01f;

    @Override
    public OperatorResult execute(OperatorContext context, OperatorProperties properties) {
        EditorState e = context.editor();
        Scene scene = context.scene();
        Preferences prefs = context.preferences();
        int cfra = scene.frameCurrent();
        float width = e.curXmax() - e.curXmin();
        float xmin = cfra - width / 2;
        float xmax = cfra + width / 2;
        switch (prefs.viewFrameType()) {
            case SECONDS: {
                float fps = (float) scene.frameRate();
                xmax = cfra + prefs.viewFrameSeconds() * fps + 1;
                xmin = cfra - prefs.viewFrameSeconds() * fps - 1;
                break;
            }
            case KEYFRAMES: {
                int[] range = prevNextKeyframes(context.anim(), scene, prefs.viewFrameKeyframes());
                if (range != null) {
                    xmin = range[0];
                    xmax = range[1];
                }
                break;
            }
            default:
                break;
        }
        ViewRect.setValidated(e, xmin, xmax, e.curYmin(), e.curYmax());
        return OperatorResult.FINISHED;
    }

    /**
     * Blender's {@code find_prev_next_keyframes}: walks the key columns of the active object (curves
     * of selected, visible bones only, NLA-mapped) away from the current frame, counting columns that
     * change the frame, up to {@code count} each way. Returns {@code [prev, next]} (ints, as Blender
     * stores them) or null when there is no column either way.
     */
    static int[] prevNextKeyframes(AnimationContext ctx, Scene scene, int count) {
        List<Float> columns = keyColumns(ctx.activeObject());
        int cfra = scene.frameCurrent();
        float cfraNext = cfra;
        float cfraPrev = cfra;
        boolean doneNext = false;
        boolean donePrev = false;
        int nextCount = 0;
        int prevCount = 0;
        Float ak;
        do {
            ak = next(columns, cfraNext);
            if (ak != null) {
                if (cfra != (int) (float) ak && ++nextCount == count) {
                    doneNext = true;
                }
                cfraNext = ak;
            }
        } while (ak != null && !doneNext);
        do {
            ak = previous(columns, cfraPrev);
            if (ak != null) {
                if (cfra != (int) (float) ak && ++prevCount == count) {
                    donePrev = true;
                }
                cfraPrev = ak;
            }
        } while (ak != null && !donePrev);
        if (!donePrev && !doneNext) {
            return null;
        }
        int prev = donePrev ? (int) cfraPrev : (int) (cfra - (cfraNext - cfra));
        int next = doneNext ? (int) cfraNext : (int) (cfra + (cfra - cfraPrev));
        return new int[] {prev, next};
    }

    /** The first column after {@code frame} (further than the column threshold), or null. */
    private static Float next(List<Float> columns, float frame) {
        for (Float c : columns) {
            if (c > frame && Math.abs(c - frame) > COLUMN_THRESHOLD) {
                return c;
            }
        }
        return null;
    }

    /** The last column before {@code frame} (further than the column threshold), or null. */
    private static Float previous(List<Float> columns, float frame) {
        Float found = null;
        for (Float c : columns) {
            if (c < frame && Math.abs(c - frame) > COLUMN_THRESHOLD) {
                found = c;
            }
        }
        return found;
    }

    /**
     * The sorted key columns of an object's action ({@code ob_to_keylist} with "only selected"
     * on): keys within the threshold of a column join it.
     */
    static List<Float> keyColumns(SceneObject ob) {
        List<Float> out = new ArrayList<>();
        if (ob == null || ob.animationData() == null) {
            return out;
        }
        AnimData adt = ob.animationData();
        Channelbag bag = adt.channelbag();
        if (bag == null) {
            return out;
        }
        TreeSet<Float> frames = new TreeSet<>();
        for (FCurve c : bag.fcurves()) {
            if (skipForBone(ob, c)) {
                continue;
            }
            for (int i = 0; i < c.size(); i++) {
                frames.add(NlaMapping.toScene(adt.tweakMappingStrip(), c.x(i)));
            }
        }
        for (Float f : frames) {
            if (out.isEmpty() || Math.abs(f - out.get(out.size() - 1)) > COLUMN_THRESHOLD) {
                out.add(f);
            }
        }
        return out;
    }

    /** Curves of unselected or hidden bones are left out (only-selected filter, hidden data excluded). */
    private static boolean skipForBone(SceneObject ob, FCurve c) {
        if (ob.type() != ObjectType.ARMATURE) {
            return false;
        }
        String name = AnimationContext.boneName(c.dataPath());
        Bone bone = name == null ? null : ob.bone(name);
        return bone != null && (bone.hide() || !bone.select());
    }
}
