package org.dopesheet.io.internal;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import org.dopesheet.model.Action;
import org.dopesheet.model.ActionGroup;
import org.dopesheet.model.ActionSlot;
import org.dopesheet.model.AnimData;
import org.dopesheet.model.BehaviourProfile;
import org.dopesheet.model.Bone;
import org.dopesheet.model.Channelbag;
import org.dopesheet.model.CyclesModifier;
import org.dopesheet.model.Document;
import org.dopesheet.model.EditorState;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.FModifier;
import org.dopesheet.model.GenericModifier;
import org.dopesheet.model.Marker;
import org.dopesheet.model.NlaStrip;
import org.dopesheet.model.NlaTrack;
import org.dopesheet.model.ObjectType;
import org.dopesheet.model.Preferences;
import org.dopesheet.model.PropertyValue;
import org.dopesheet.model.Scene;
import org.dopesheet.model.SceneObject;

/**
 * Produces the STATE tree of a {@link Document} (conformance FORMAT.md section 2, without the
 * derived {@code editor.channels}), keys and lists in the order of the format. Integers are
 * written as {@link Long}, floats as {@link Float}, enums as their RNA identifiers.
 * <p>
 * The extras beyond FORMAT.md appear only when used, so the STATE of legacy data has exactly
 * FORMAT.md's keys: {@code profile} unless it is {@code CURRENT} (when asked for), {@code slots}
 * instead of {@code groups}/{@code fcurves} for layered actions, and {@code slot_handle} /
 * {@code last_slot_identifier} when a slot is or was assigned.
 */
public final class StateWriter {
    /** Fields every modifier has, in the order they are written after {@code type}. */
    static final List<String> MODIFIER_COMMON_FIELDS = List.of("type", "mute", "active", "use_restricted_range",
            "frame_start", "frame_end", "blend_in", "blend_out", "use_influence", "influence");

    private final Document document;
    private final boolean keyViews;

    private StateWriter(Document document, boolean keyViews) {
        this.document = document;
        this.keyViews = keyViews;
    }

    /**
     * The STATE tree of a document, taken under the document's lock.
     *
     * @param withProfile whether to write a non-default {@code profile}
     * @throws IllegalStateException if the document is inconsistent (an action, track, strip or
     *                               group referenced but not part of the document); the message
     *                               names the JSON path
     */
    public static Map<String, Object> write(Document document, boolean withProfile) {
        document.lock().lock();
        try {
            return new StateWriter(document, false).state(withProfile);
        } finally {
            document.lock().unlock();
        }
    }

    /**
     * The STATE tree for writing it out at once: each curve's {@code keyframes} is a read-only
     * view that makes a key's object when it is asked for, so writing a large document does not
     * hold a map per key. The caller holds the document's lock until the tree is written.
     *
     * @throws IllegalStateException as {@link #write(Document, boolean)}
     */
    static Map<String, Object> writeForStreaming(Document document, boolean withProfile) {
        if (!document.lock().isHeldByCurrentThread()) {
            throw new IllegalStateException("the document's lock must be held while its tree is streamed");
        }
        return new StateWriter(document, true).state(withProfile);
    }

    private Map<String, Object> state(boolean withProfile) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (withProfile && document.profile() != BehaviourProfile.CURRENT) {
            m.put("profile", document.profile().name());
        }
        m.put("scene", scene(document.scene()));
        m.put("preferences", preferences(document.preferences()));
        List<Object> objects = new ArrayList<>();
        for (SceneObject o : document.objects()) {
            objects.add(object(o, "objects[" + objects.size() + "]"));
        }
        m.put("objects", objects);
        List<Object> actions = new ArrayList<>();
        for (Action a : document.actions()) {
            actions.add(action(a, "actions[" + actions.size() + "]"));
        }
        m.put("actions", actions);
        m.put("editor", editor(document.editor()));
        return m;
    }

    private static Map<String, Object> scene(Scene s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fps", (long) s.fps());
        m.put("fps_base", s.fpsBase());
        m.put("frame_start", (long) s.frameStart());
        m.put("frame_end", (long) s.frameEnd());
        m.put("frame_current", (long) s.frameCurrent());
        m.put("subframe", s.subframe());
        if (s.usePreviewRange()) {
            Map<String, Object> range = new LinkedHashMap<>();
            range.put("start", (long) s.previewStart());
            range.put("end", (long) s.previewEnd());
            m.put("preview_range", range);
        } else {
            m.put("preview_range", null);
        }
        m.put("keyframe_type", s.keyframeType().name());
        m.put("is_nla_tweakmode", s.nlaTweakmode());
        m.put("markers", markers(s.markers()));
        return m;
    }

    private static List<Object> markers(List<Marker> markers) {
        List<Object> out = new ArrayList<>(markers.size());
        for (Marker marker : markers) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", marker.name());
            m.put("frame", (long) marker.frame());
            m.put("select", marker.select());
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> preferences(Preferences p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("keyframe_new_interpolation_type", p.keyframeNewInterpolationType().name());
        m.put("keyframe_new_handle_type", p.keyframeNewHandleType().name());
        m.put("fcurve_new_auto_smoothing", p.fcurveNewAutoSmoothing().name());
        m.put("use_keyframe_insert_needed", p.useKeyframeInsertNeeded());
        m.put("use_visual_keying", p.useVisualKeying());
        m.put("view_frame_type", p.viewFrameType().name());
        m.put("view_frame_keyframes", (long) p.viewFrameKeyframes());
        m.put("view_frame_seconds", p.viewFrameSeconds());
        m.put("smooth_view", (long) p.smoothView());
        return m;
    }

    // ---- objects ------------------------------------------------------------------------------

    private Map<String, Object> object(SceneObject o, String path) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", o.name());
        m.put("type", o.type().name());
        m.put("select", o.select());
        m.put("active", document.activeObject() == o);
        if (o.type() == ObjectType.ARMATURE || !o.bones().isEmpty()) {
            List<Object> bones = new ArrayList<>();
            for (Bone b : o.bones()) {
                Map<String, Object> bm = new LinkedHashMap<>();
                bm.put("name", b.name());
                bm.put("parent", b.parent());
                bm.put("select", b.select());
                bm.put("hide", b.hide());
                bm.put("rotation_mode", b.rotationMode());
                bones.add(bm);
            }
            m.put("bones", bones);
        }
        List<Object> properties = new ArrayList<>();
        for (PropertyValue p : o.properties()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("data_path", p.dataPath());
            pm.put("array_index", (long) p.arrayIndex());
            pm.put("value", p.value());
            properties.add(pm);
        }
        m.put("properties", properties);
        AnimData d = o.animationData();
        m.put("animation_data", d == null ? null : animData(d, path + ".animation_data"));
        return m;
    }

    private Map<String, Object> animData(AnimData d, String path) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("action", actionName(d.action(), path + ".action"));
        if (d.slotHandle() != 0 || !d.lastSlotIdentifier().isEmpty()) {
            m.put("slot_handle", (long) d.slotHandle());
            m.put("last_slot_identifier", d.lastSlotIdentifier());
        }
        m.put("action_extrapolation", d.actionExtrapolation().name());
        m.put("action_blend_type", d.actionBlendType().name());
        m.put("action_influence", d.actionInfluence());
        m.put("use_nla", d.useNla());
        m.put("use_tweak_mode", d.useTweakMode());
        m.put("tweak_mode_stored_action", actionName(d.tweakStoredAction(), path + ".tweak_mode_stored_action"));
        Object trackIndex = null;
        if (d.activeTrack() != null) {
            int t = d.indexOfTrack(d.activeTrack());
            if (t < 0) {
                throw new IllegalStateException(path + ".tweak_track_index: the active NLA track '"
                        + d.activeTrack().name() + "' is not one of the animation data's tracks");
            }
            trackIndex = (long) t;
        }
        m.put("tweak_track_index", trackIndex);
        Object stripIndex = null;
        if (d.activeStrip() != null) {
            for (int t = 0; t < d.tracks().size() && stripIndex == null; t++) {
                int s = d.tracks().get(t).indexOfStrip(d.activeStrip());
                if (s >= 0) {
                    stripIndex = new ArrayList<>(List.of((long) t, (long) s));
                }
            }
            if (stripIndex == null) {
                throw new IllegalStateException(path + ".tweak_strip_index: the active NLA strip '"
                        + d.activeStrip().name() + "' is in none of the animation data's tracks");
            }
        }
        m.put("tweak_strip_index", stripIndex);
        m.put("nla_solo", d.nlaSolo());
        m.put("ui_selected", d.uiSelected());
        m.put("ui_active", d.uiActive());
        List<Object> tracks = new ArrayList<>();
        for (NlaTrack t : d.tracks()) {
            tracks.add(track(t, path + ".nla_tracks[" + tracks.size() + "]"));
        }
        m.put("nla_tracks", tracks);
        return m;
    }

    private Map<String, Object> track(NlaTrack t, String path) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", t.name());
        m.put("select", t.select());
        m.put("mute", t.mute());
        m.put("lock", t.lock());
        m.put("is_solo", t.isSolo());
        m.put("active", t.active());
        m.put("disabled", t.disabled());
        List<Object> strips = new ArrayList<>();
        for (NlaStrip s : t.strips()) {
            strips.add(strip(s, path + ".strips[" + strips.size() + "]"));
        }
        m.put("strips", strips);
        return m;
    }

    private Map<String, Object> strip(NlaStrip s, String path) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("type", s.type().name());
        m.put("action", actionName(s.action(), path + ".action"));
        m.put("frame_start", s.frameStart());
        m.put("frame_end", s.frameEnd());
        m.put("action_frame_start", s.actionFrameStart());
        m.put("action_frame_end", s.actionFrameEnd());
        m.put("scale", s.scale());
        m.put("repeat", s.repeat());
        m.put("blend_type", s.blendType().name());
        m.put("extrapolation", s.extrapolation().name());
        m.put("blend_in", s.blendIn());
        m.put("blend_out", s.blendOut());
        m.put("use_auto_blend", s.useAutoBlend());
        m.put("use_reverse", s.useReverse());
        m.put("use_sync_length", s.useSyncLength());
        m.put("influence", s.influence());
        m.put("mute", s.mute());
        m.put("select", s.select());
        m.put("active", s.active());
        m.put("tweak_user", s.tweakUser());
        return m;
    }

    /** The name of a referenced action, which must be one of the document's actions. */
    private String actionName(Action a, String path) {
        if (a == null) {
            return null;
        }
        if (document.action(a.name()) != a) {
            throw new IllegalStateException(path + ": action '" + a.name() + "' is not part of the document");
        }
        return a.name();
    }

    // ---- actions ------------------------------------------------------------------------------

    private Map<String, Object> action(Action a, String path) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", a.name());
        m.put("users", (long) a.users());
        m.put("use_fake_user", a.useFakeUser());
        m.put("id_root", a.idRoot());
        m.put("use_frame_range", a.useFrameRange());
        if (a.useFrameRange()) {
            m.put("frame_start", a.frameStart());
            m.put("frame_end", a.frameEnd());
            m.put("use_cyclic", a.useCyclic());
        }
        if (a.layered()) {
            List<Object> slots = new ArrayList<>();
            for (ActionSlot s : a.slots()) {
                Map<String, Object> sm = new LinkedHashMap<>();
                sm.put("handle", (long) s.handle());
                sm.put("identifier", s.identifier());
                sm.put("select", s.select());
                sm.put("active", s.active());
                channelbag(s.channelbag(), sm, path + ".slots[" + slots.size() + "]");
                slots.add(sm);
            }
            m.put("slots", slots);
        } else {
            channelbag(a.channelbag(), m, path);
        }
        m.put("pose_markers", markers(a.poseMarkers()));
        m.put("pose_markers_active_index", (long) a.poseMarkersActiveIndex());
        return m;
    }

    private void channelbag(Channelbag bag, Map<String, Object> into, String path) {
        List<Object> groups = new ArrayList<>();
        for (ActionGroup g : bag.groups()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", g.name());
            m.put("select", g.select());
            m.put("active", g.active());
            m.put("lock", g.lock());
            m.put("mute", g.mute());
            m.put("show_expanded", g.showExpanded());
            m.put("show_expanded_graph", g.showExpandedGraph());
            m.put("use_pin", g.usePin());
            groups.add(m);
        }
        into.put("groups", groups);
        List<Object> curves = new ArrayList<>();
        for (FCurve c : bag.fcurves()) {
            String curvePath = path + ".fcurves[" + curves.size() + "]";
            if (c.group() != null && bag.indexOfGroup(c.group()) < 0) {
                throw new IllegalStateException(curvePath + ".group: group '" + c.group().name()
                        + "' is not in the F-Curve's channel bag");
            }
            curves.add(fcurve(c, curvePath));
        }
        into.put("fcurves", curves);
    }

    private Map<String, Object> fcurve(FCurve c, String path) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("data_path", c.dataPath());
        m.put("array_index", (long) c.arrayIndex());
        m.put("group", c.group() == null ? null : c.group().name());
        m.put("select", c.select());
        m.put("active", c.active());
        m.put("active_keyframe_index", (long) c.activeKeyframeIndex());
        m.put("hide", c.hide());
        m.put("lock", c.lock());
        m.put("mute", c.mute());
        m.put("extrapolation", c.extrapolation().name());
        m.put("auto_smoothing", c.autoSmoothing().name());
        List<Object> modifiers = new ArrayList<>();
        for (FModifier mod : c.modifiers()) {
            modifiers.add(modifier(mod, path + ".modifiers[" + modifiers.size() + "]"));
        }
        m.put("modifiers", modifiers);
        int n = c.size();
        List<Object> keys;
        if (keyViews) {
            keys = new KeyframeView(c, n);
        } else {
            keys = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                keys.add(keyframe(c, i));
            }
        }
        m.put("keyframes", keys);
        return m;
    }

    private static Map<String, Object> keyframe(FCurve c, int i) {
        Map<String, Object> k = new LinkedHashMap<>(32);
        k.put("co", pair(c.x(i), c.y(i)));
        k.put("handle_left", pair(c.leftX(i), c.leftY(i)));
        k.put("handle_right", pair(c.rightX(i), c.rightY(i)));
        k.put("handle_left_type", c.handleLeft(i).name());
        k.put("handle_right_type", c.handleRight(i).name());
        k.put("interpolation", c.interpolation(i).name());
        k.put("easing", c.easing(i).name());
        k.put("type", c.keyType(i).name());
        k.put("back", c.back(i));
        k.put("amplitude", c.amplitude(i));
        k.put("period", c.period(i));
        k.put("select_control_point", c.selected(i));
        k.put("select_left_handle", c.leftSelected(i));
        k.put("select_right_handle", c.rightSelected(i));
        return k;
    }

    /** The first {@code size} keys of a curve as keyframe objects made on demand. */
    private static final class KeyframeView extends AbstractList<Object> implements RandomAccess {
        private final FCurve curve;
        private final int size;

        KeyframeView(FCurve curve, int size) {
            this.curve = curve;
            this.size = size;
        }

        @Override
        public Object get(int index) {
            return keyframe(curve, Objects.checkIndex(index, size));
        }

        @Override
        public int size() {
            return size;
        }
    }

    private static List<Object> pair(float a, float b) {
        List<Object> l = new ArrayList<>(2);
        l.add(a);
        l.add(b);
        return l;
    }

    private static Map<String, Object> modifier(FModifier mod, String path) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", mod.type());
        m.put("mute", mod.mute());
        m.put("active", mod.active());
        m.put("use_restricted_range", mod.useRestrictedRange());
        m.put("frame_start", mod.frameStart());
        m.put("frame_end", mod.frameEnd());
        m.put("blend_in", mod.blendIn());
        m.put("blend_out", mod.blendOut());
        m.put("use_influence", mod.useInfluence());
        m.put("influence", mod.influence());
        if (mod instanceof CyclesModifier) {
            CyclesModifier c = (CyclesModifier) mod;
            m.put("mode_before", c.modeBefore().name());
            m.put("cycles_before", (long) c.cyclesBefore());
            m.put("mode_after", c.modeAfter().name());
            m.put("cycles_after", (long) c.cyclesAfter());
        } else if (mod instanceof GenericModifier) {
            for (Map.Entry<String, Object> e : ((GenericModifier) mod).properties().entrySet()) {
                if (MODIFIER_COMMON_FIELDS.contains(e.getKey())) {
                    throw new IllegalStateException(path + "." + e.getKey() + ": a " + mod.type()
                            + " modifier's own property has the name of a common modifier field");
                }
                m.put(e.getKey(), copyValue(e.getValue()));
            }
        } else {
            throw new IllegalStateException(path + ": unsupported modifier class " + mod.getClass().getName());
        }
        return m;
    }

    /** A copy of a generic modifier property (JSON-like values), so the tree shares nothing with the model. */
    private static Object copyValue(Object v) {
        if (v instanceof Map) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                out.put(String.valueOf(e.getKey()), copyValue(e.getValue()));
            }
            return out;
        }
        if (v instanceof List) {
            List<Object> out = new ArrayList<>();
            for (Object e : (List<?>) v) {
                out.add(copyValue(e));
            }
            return out;
        }
        return v;
    }

    // ---- editor -------------------------------------------------------------------------------

    private Map<String, Object> editor(EditorState e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mode", e.mode().name());
        m.put("action", actionName(e.action(), "editor.action"));
        m.put("show_pose_markers", e.showPoseMarkers());
        m.put("show_markers", e.showMarkers());
        Map<String, Object> ds = new LinkedHashMap<>();
        ds.put("show_only_selected", e.showOnlySelected());
        ds.put("show_hidden", e.showHidden());
        ds.put("show_summary", e.showSummary());
        ds.put("show_expanded_summary", e.showExpandedSummary());
        ds.put("use_datablock_sort", e.useDatablockSort());
        m.put("dopesheet", ds);
        Map<String, Object> region = new LinkedHashMap<>();
        region.put("width", (long) e.regionWidth());
        region.put("height", (long) e.regionHeight());
        m.put("region", region);
        Map<String, Object> cur = new LinkedHashMap<>();
        cur.put("xmin", e.curXmin());
        cur.put("xmax", e.curXmax());
        cur.put("ymin", e.curYmin());
        cur.put("ymax", e.curYmax());
        Map<String, Object> mask = new LinkedHashMap<>();
        mask.put("xmin", (long) e.maskXmin());
        mask.put("xmax", (long) e.maskXmax());
        mask.put("ymin", (long) e.maskYmin());
        mask.put("ymax", (long) e.maskYmax());
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("cur", cur);
        view.put("mask", mask);
        m.put("view2d", view);
        Map<String, Object> ui = new LinkedHashMap<>();
        ui.put("widget_unit", (long) e.widgetUnit());
        ui.put("dpi_fac", e.dpiFac());
        ui.put("time_scrub_margin_y", e.timeScrubMarginY());
        m.put("ui", ui);
        return m;
    }
}
