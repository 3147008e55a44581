package org.dopesheet.context;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.dopesheet.model.Action;
import org.dopesheet.model.ActionGroup;
import org.dopesheet.model.AnimData;
import org.dopesheet.model.Bone;
import org.dopesheet.model.Channelbag;
import org.dopesheet.model.Document;
import org.dopesheet.model.EditorMode;
import org.dopesheet.model.EditorState;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.Marker;
import org.dopesheet.model.ObjectType;
import org.dopesheet.model.SceneObject;

/**
 * What an operator of the Dope Sheet sees (Blender's {@code bAnimContext}, spec 2.2): the editor
 * mode and its data, and channel lists filtered in Blender's order.
 * <p>
 * Building the context of an Action editor re-synchronises the editor's action with the active
 * object's action, as every Blender operator does through {@code ANIM_animdata_get_context};
 * build it inside the operator's transaction.
 */
public final class AnimationContext {
    private final Document document;
    private final EditorState editor;
    private final SceneObject activeObject;

    private AnimationContext(Document document) {
        this.document = document;
        this.editor = document.editor();
        this.activeObject = document.activeObject();
    }

    /** Builds the context of the document's editor (syncing the Action editor's action). */
    public static AnimationContext of(Document document) {
        AnimationContext ctx = new AnimationContext(document);
        ctx.sync();
        return ctx;
    }

    private void sync() {
        if (editor.mode() == EditorMode.ACTION) {
            AnimData adt = activeObject == null ? null : activeObject.animationData();
            Action wanted = adt == null ? null : adt.action();
            if (editor.action() != wanted) {
                editor.setAction(wanted);
            }
        }
    }

    public Document document() {
        return document;
    }

    public EditorState editor() {
        return editor;
    }

    public EditorMode mode() {
        return editor.mode();
    }

    /** The active object, or null. */
    public SceneObject activeObject() {
        return activeObject;
    }

    /** The action of the Action editor (ACTION mode), or null. */
    public Action action() {
        return editor.mode() == EditorMode.ACTION ? editor.action() : null;
    }

    /** Whether the context has F-Curve data Dope Sheet tools edit (not Grease Pencil / Mask / Cache File). */
    public boolean hasKeyframeData() {
        switch (editor.mode()) {
            case GPENCIL:
            case MASK:
            case CACHEFILE:
                return false;
            default:
                return true;
        }
    }

    /** Row geometry of the editor. */
    public ChannelGeometry geometry() {
        return ChannelGeometry.of(editor);
    }

    /** Pixel/view mapping of the editor's main region. */
    public View2D view() {
        return new View2D(editor);
    }

    /**
     * The markers the editor shows (Blender's {@code ED_context_get_markers}): the action's pose
     * markers when the Action editor shows pose markers, else the scene markers.
     */
    public List<Marker> markers() {
        if ((editor.mode() == EditorMode.ACTION || editor.mode() == EditorMode.SHAPEKEY) && editor.showPoseMarkers()
                && editor.action() != null) {
            return editor.action().poseMarkers();
        }
        return document.scene().markers();
    }

    /** The display rows (DATA_VISIBLE | LIST_VISIBLE | LIST_CHANNELS), top to bottom. */
    public List<Channel> rows() {
        return filter(AnimFilter.DATA_VISIBLE | AnimFilter.LIST_VISIBLE | AnimFilter.LIST_CHANNELS);
    }

    /** The F-Curves of a filtered list, in order. */
    public List<Channel> curves(int filter) {
        List<Channel> out = new ArrayList<>();
        for (Channel c : filter(filter)) {
            if (c.type() == ChannelType.FCURVE) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * The curves a key loop over {@code row} visits (spec 2.5): the curve of an F-Curve row, every
     * curve of a group or of an action (unfiltered), the object's visible curves for an object row
     * (bone filters applied), all visible curves for the summary row (duplicates of multi-user
     * actions included, as Blender's summary loop visits them).
     */
    public List<Channel> curvesOfRow(Channel row) {
        List<Channel> out = new ArrayList<>();
        switch (row.type()) {
            case FCURVE:
                out.add(row);
                break;
            case GROUP:
                for (FCurve c : row.channelbag().fcurvesOf(row.group())) {
                    out.add(new Channel(ChannelType.FCURVE, row.object(), row.animData(), row.action(), row.channelbag(),
                            c.group(), c));
                }
                break;
            case ACTION:
                if (row.channelbag() != null) {
                    for (FCurve c : row.channelbag().fcurves()) {
                        out.add(new Channel(ChannelType.FCURVE, row.object(), row.animData(), row.action(),
                                row.channelbag(), c.group(), c));
                    }
                }
                break;
            case OBJECT:
                for (Channel c : curves(AnimFilter.DATA_VISIBLE | AnimFilter.FCURVESONLY)) {
                    if (c.object() == row.object()) {
                        out.add(c);
                    }
                }
                break;
            default:
                out.addAll(curves(AnimFilter.DATA_VISIBLE));
                break;
        }
        return out;
    }

    /**
     * Blender's {@code ANIM_animdata_filter}: the channels of the editor passing {@code filter}
     * ({@link AnimFilter} flags), in display order.
     */
    public List<Channel> filter(int filter) {
        List<Channel> out = new ArrayList<>();
        switch (editor.mode()) {
            case ACTION:
            case SHAPEKEY: {
                Action act = editor.action();
                if (summary(out, filter) && act != null) {
                    AnimData adt = activeObject == null ? null : activeObject.animationData();
                    Channelbag bag = adt != null && adt.action() == act ? adt.channelbag() : act.channelbag();
                    filterAction(out, filter, activeObject, adt, act, bag);
                }
                break;
            }
            case DOPESHEET:
            case TIMELINE: {
                if (summary(out, filter)) {
                    for (SceneObject ob : sortedObjects()) {
                        if (baseOk(ob)) {
                            filterObject(out, filter, ob);
                        }
                    }
                }
                break;
            }
            default:
                break;
        }
        if ((filter & AnimFilter.NODUPLIS) != 0) {
            removeDuplicates(out);
        }
        return out;
    }

    private boolean summary(List<Channel> out, int filter) {
        if ((filter & AnimFilter.LIST_CHANNELS) != 0 && editor.showSummary()) {
            out.add(new Channel(ChannelType.SUMMARY, null, null, null, null, null, null));
            return editor.showExpandedSummary();
        }
        return true;
    }

    private List<SceneObject> sortedObjects() {
        List<SceneObject> objects = new ArrayList<>(document.objects());
        if (editor.useDatablockSort() && objects.size() > 1) {
            Collections.sort(objects, (a, b) -> NaturalOrder.compare(a.name(), b.name()));
        }
        return objects;
    }

    private boolean baseOk(SceneObject ob) {
        return !editor.showOnlySelected() || ob.select();
    }

    private int filterObject(List<Channel> out, int filter, SceneObject ob) {
        AnimData adt = ob.animationData();
        if (adt == null || adt.action() == null) {
            return 0;
        }
        Action act = adt.action();
        Channelbag bag = adt.channelbag();
        List<Channel> tmp = new ArrayList<>();
        int items = bag == null ? 0 : filterAction(tmp, filter, ob, adt, act, bag);
        if (items == 0) {
            return 0;
        }
        if ((filter & AnimFilter.LIST_CHANNELS) != 0) {
            if (selOk(filter, ob.select()) && ((filter & AnimFilter.ACTIVE) == 0 || ob == activeObject)) {
                out.add(new Channel(ChannelType.OBJECT, ob, adt, act, bag, null, null));
            }
            out.add(new Channel(ChannelType.ACTION, ob, adt, act, bag, null, null));
        }
        out.addAll(tmp);
        return items;
    }

    private int filterAction(List<Channel> out, int filter, SceneObject ob, AnimData adt, Action act, Channelbag bag) {
        if (bag == null) {
            return 0;
        }
        int items = 0;
        for (ActionGroup g : bag.groups()) {
            items += filterGroup(out, filter, ob, adt, act, bag, g);
        }
        if ((filter & AnimFilter.ACTGROUPED) == 0) {
            List<FCurve> ungrouped = new ArrayList<>();
            for (FCurve c : bag.fcurves()) {
                if (c.group() == null) {
                    ungrouped.add(c);
                }
            }
            items += filterCurves(out, filter, ob, adt, act, bag, ungrouped);
        }
        return items;
    }

    private int filterGroup(List<Channel> out, int filter, SceneObject ob, AnimData adt, Action act, Channelbag bag,
            ActionGroup g) {
        int mode = filter;
        boolean expanded = g.showExpanded();
        boolean groupSel = g.select() || g.active();
        if ((mode & AnimFilter.LIST_VISIBLE) != 0 && !expanded && (mode & (AnimFilter.SEL | AnimFilter.UNSEL)) != 0) {
            if (!selOk(mode, groupSel)) {
                return 0;
            }
            mode &= ~(AnimFilter.SEL | AnimFilter.UNSEL | AnimFilter.LIST_VISIBLE);
        }
        int sub = mode;
        if ((mode & AnimFilter.LIST_VISIBLE) != 0 && !expanded && (mode & AnimFilter.LIST_CHANNELS) != 0) {
            sub |= AnimFilter.TMP_PEEK;
        }
        List<Channel> tmp = new ArrayList<>();
        int items = 0;
        if ((sub & AnimFilter.ACTGROUPED) == 0 || g.active()) {
            if ((sub & AnimFilter.FOREDIT) == 0 || !g.lock()) {
                items = filterCurves(tmp, sub, ob, adt, act, bag, bag.fcurvesOf(g));
            }
        }
        if (items > 0) {
            if ((mode & AnimFilter.LIST_CHANNELS) != 0 && selOk(mode, groupSel)) {
                out.add(new Channel(ChannelType.GROUP, ob, adt, act, bag, g, null));
            }
            out.addAll(tmp);
        }
        return items;
    }

    private int filterCurves(List<Channel> out, int filter, SceneObject ob, AnimData adt, Action act, Channelbag bag,
            List<FCurve> curves) {
        int items = 0;
        for (FCurve c : curves) {
            if (ob != null && (editor.showOnlySelected() || !editor.showHidden()) && skipForBone(c, ob, filter)) {
                continue;
            }
            if ((filter & AnimFilter.CURVE_VISIBLE) != 0 && c.hide()) {
                continue;
            }
            if ((filter & AnimFilter.FOREDIT) != 0 && !c.editable()) {
                continue;
            }
            if (!selOk(filter, c.select()) || ((filter & AnimFilter.SELEDIT) != 0 && !c.select())) {
                continue;
            }
            if ((filter & AnimFilter.ACTIVE) != 0 && !c.active()) {
                continue;
            }
            if ((filter & AnimFilter.TMP_PEEK) != 0) {
                return 1;
            }
            out.add(new Channel(ChannelType.FCURVE, ob, adt, act, bag, c.group(), c));
            items++;
        }
        return items;
    }

    /** Blender's {@code skip_fcurve_selected_data} for pose-bone curves of armature objects. */
    private boolean skipForBone(FCurve c, SceneObject ob, int filter) {
        if (ob.type() != ObjectType.ARMATURE) {
            return false;
        }
        String boneName = boneName(c.dataPath());
        if (boneName == null) {
            return false;
        }
        Bone bone = ob.bone(boneName);
        if (bone == null) {
            return false;
        }
        boolean skipHidden = (filter & AnimFilter.DATA_VISIBLE) != 0 && !editor.showHidden();
        if (skipHidden && bone.hide()) {
            return true;
        }
        return editor.showOnlySelected() && !bone.select();
    }

    /**
     * The bone name quoted in {@code pose.bones["NAME"]} of a data path (escaped form, as in the
     * path), or null.
     */
    public static String boneName(String dataPath) {
        String prefix = "pose.bones[\"";
        int i = dataPath.indexOf(prefix);
        if (i < 0) {
            return null;
        }
        int start = i + prefix.length();
        StringBuilder sb = new StringBuilder();
        for (int k = start; k < dataPath.length(); k++) {
            char ch = dataPath.charAt(k);
            if (ch == '\\' && k + 1 < dataPath.length()) {
                sb.append(dataPath.charAt(++k));
            } else if (ch == '"') {
                return sb.toString();
            } else {
                sb.append(ch);
            }
        }
        return null;
    }

    private static boolean selOk(int filter, boolean selected) {
        if ((filter & (AnimFilter.SEL | AnimFilter.UNSEL)) == 0) {
            return true;
        }
        return ((filter & AnimFilter.SEL) != 0 && selected) || ((filter & AnimFilter.UNSEL) != 0 && !selected);
    }

    private static void removeDuplicates(List<Channel> list) {
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        list.removeIf(c -> {
            Object key;
            switch (c.type()) {
                case FCURVE:
                    key = c.fcurve();
                    break;
                case GROUP:
                    key = c.group();
                    break;
                case ACTION:
                    key = c.action();
                    break;
                default:
                    return false;
            }
            return seen.put(key, Boolean.TRUE) != null;
        });
    }
}
