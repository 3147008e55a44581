package org.dopesheet.io.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dopesheet.io.DocumentFormatException;
import org.dopesheet.model.Action;
import org.dopesheet.model.ActionGroup;
import org.dopesheet.model.ActionSlot;
import org.dopesheet.model.AnimData;
import org.dopesheet.model.AutoSmoothing;
import org.dopesheet.model.BehaviourProfile;
import org.dopesheet.model.BlendType;
import org.dopesheet.model.Bone;
import org.dopesheet.model.Channelbag;
import org.dopesheet.model.CyclesMode;
import org.dopesheet.model.CyclesModifier;
import org.dopesheet.model.Document;
import org.dopesheet.model.Easing;
import org.dopesheet.model.EditorMode;
import org.dopesheet.model.EditorState;
import org.dopesheet.model.Extrapolation;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.FModifier;
import org.dopesheet.model.GenericModifier;
import org.dopesheet.model.HandleType;
import org.dopesheet.model.Interpolation;
import org.dopesheet.model.KeyframeType;
import org.dopesheet.model.Marker;
import org.dopesheet.model.NlaExtrapolation;
import org.dopesheet.model.NlaStrip;
import org.dopesheet.model.NlaTrack;
import org.dopesheet.model.ObjectType;
import org.dopesheet.model.Preferences;
import org.dopesheet.model.PropertyValue;
import org.dopesheet.model.Scene;
import org.dopesheet.model.SceneObject;
import org.dopesheet.model.StripType;
import org.dopesheet.model.ViewFrameType;

/**
 * Builds a {@link Document} from a STATE tree (conformance FORMAT.md section 2, plus the
 * document-level extras {@code profile}, layered actions' {@code slots} and animation data's
 * {@code slot_handle} / {@code last_slot_identifier}).
 * <p>
 * Every field is checked; the first problem is thrown as a {@link DocumentFormatException}
 * naming its JSON path. The document is built detached from any caller and only returned when
 * everything succeeded, so a failed read leaves nothing behind.
 */
public final class StateReader {
    /** Blender's {@code rna_enum_object_rotation_mode_items} (the model keeps rotation modes as strings). */
    static final List<String> ROTATION_MODES =
            List.of("QUATERNION", "XYZ", "XZY", "YXZ", "YZX", "ZXY", "ZYX", "AXIS_ANGLE");

    /** Blender's {@code rna_enum_fmodifier_type_items}, without {@code NULL}. */
    static final List<String> MODIFIER_TYPES =
            List.of("GENERATOR", "FNGENERATOR", "ENVELOPE", "CYCLES", "NOISE", "LIMITS", "STEPPED");


    private final String source;
    private final Document document;
    /** Actions by name, with the path they were read from. */
    private final Map<String, Action> actions = new HashMap<>();
    private final Map<String, String> actionPaths = new HashMap<>();

    private StateReader(String documentName, String source) {
        this.source = source;
        this.document = new Document(documentName);
    }

    /**
     * Reads a STATE object.
     *
     * @param state          the STATE tree (a map)
     * @param documentName   name of the new document
     * @param source         where the tree came from, for messages (may be null)
     * @param path           JSON path of {@code state} inside its file ("" at the top level)
     * @param defaultProfile profile used when the STATE has no {@code profile} field
     */
    public static Document read(Object state, String documentName, String source, String path,
            BehaviourProfile defaultProfile) throws DocumentFormatException {
        StateReader r = new StateReader(documentName, source);
        r.state(Node.root(state, path, source), defaultProfile);
        return r.document;
    }

    private void state(Node root, BehaviourProfile defaultProfile) throws DocumentFormatException {
        document.setProfile(root.has("profile") ? root.enumValue("profile", BehaviourProfile.class) : defaultProfile);
        scene(root.object("scene"), document.scene());
        preferences(root.object("preferences"), document.preferences());
        // actions first: objects and the editor refer to them by name
        Node.Items list = root.list("actions");
        for (int i = 0; i < list.size(); i++) {
            action(list.object(i));
        }
        objects(root.list("objects"));
        editor(root.object("editor"), document.editor());
        root.ignore("op_results");
        root.finish();
    }

    // ---- scene and preferences ----------------------------------------------------------------

    private void scene(Node n, Scene s) throws DocumentFormatException {
        s.setFps(n.integer("fps"));
        s.setFpsBase(n.float32("fps_base"));
        s.setFrameStart(n.integer("frame_start"));
        s.setFrameEnd(n.integer("frame_end"));
        s.setFrameCurrent(n.integer("frame_current"));
        s.setSubframe(n.float32("subframe"));
        Node preview = n.objectOrNull("preview_range");
        s.setUsePreviewRange(preview != null);
        if (preview != null) {
            s.setPreviewStart(preview.integer("start"));
            s.setPreviewEnd(preview.integer("end"));
            preview.finish();
        }
        s.setKeyframeType(n.enumValue("keyframe_type", KeyframeType.class));
        s.setNlaTweakmode(n.bool("is_nla_tweakmode"));
        Node.Items markers = n.list("markers");
        for (int i = 0; i < markers.size(); i++) {
            s.addMarker(marker(markers.object(i)));
        }
        n.finish();
    }

    private static Marker marker(Node n) throws DocumentFormatException {
        Marker m = new Marker(n.string("name"), n.integer("frame"));
        m.setSelect(n.bool("select"));
        n.finish();
        return m;
    }

    private static void preferences(Node n, Preferences p) throws DocumentFormatException {
        p.setKeyframeNewInterpolationType(n.enumValue("keyframe_new_interpolation_type", Interpolation.class));
        p.setKeyframeNewHandleType(n.enumValue("keyframe_new_handle_type", HandleType.class));
        p.setFcurveNewAutoSmoothing(n.enumValue("fcurve_new_auto_smoothing", AutoSmoothing.class));
        p.setUseKeyframeInsertNeeded(n.bool("use_keyframe_insert_needed"));
        p.setUseVisualKeying(n.bool("use_visual_keying"));
        p.setViewFrameType(n.enumValue("view_frame_type", ViewFrameType.class));
        p.setViewFrameKeyframes(n.integer("view_frame_keyframes"));
        p.setViewFrameSeconds(n.float32("view_frame_seconds"));
        p.setSmoothView(n.integer("smooth_view"));
        n.finish();
    }

    // ---- actions ------------------------------------------------------------------------------

    private void action(Node n) throws DocumentFormatException {
        String name = n.string("name");
        if (actions.containsKey(name)) {
            throw n.error("name", "duplicate action name '" + name + "' (also " + actionPaths.get(name) + ")");
        }
        Action a = new Action(name);
        int users = n.integer("users");
        if (users < 0) {
            throw n.error("users", "must not be negative, found " + users);
        }
        a.setUsers(users);
        a.setUseFakeUserFlag(n.bool("use_fake_user"));
        a.setIdRoot(n.stringOrNull("id_root"));
        boolean range = n.bool("use_frame_range");
        a.setUseFrameRange(range);
        if (range) {
            a.setFrameStart(n.float32("frame_start"));
            a.setFrameEnd(n.float32("frame_end"));
            a.setUseCyclic(n.bool("use_cyclic"));
        } else {
            for (String key : List.of("frame_start", "frame_end", "use_cyclic")) {
                if (n.has(key)) {
                    throw n.error(key, "only allowed when use_frame_range is true");
                }
            }
        }
        if (n.has("slots")) {
            for (String key : List.of("groups", "fcurves")) {
                if (n.has(key)) {
                    throw n.error(key, "a layered action (one with 'slots') keeps its groups and F-Curves in its "
                            + "slots; remove the action-level '" + key + "'");
                }
            }
            slots(n, a);
        } else {
            channelbag(n, a.channelbag());
        }
        Node.Items markers = n.list("pose_markers");
        for (int i = 0; i < markers.size(); i++) {
            a.addPoseMarker(marker(markers.object(i)));
        }
        a.setPoseMarkersActiveIndex(n.integer("pose_markers_active_index"));
        n.finish();
        document.addAction(a);
        actions.put(name, a);
        actionPaths.put(name, n.path());
    }

    private void slots(Node n, Action a) throws DocumentFormatException {
        Node.Items list = n.list("slots");
        Map<Integer, String> handles = new HashMap<>();
        Map<String, String> identifiers = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            Node s = list.object(i);
            int handle = s.integer("handle");
            if (handle <= 0) {
                throw s.error("handle", "slot handles are positive, found " + handle);
            }
            if (handles.containsKey(handle)) {
                throw s.error("handle", "duplicate slot handle " + handle + " (also " + handles.get(handle) + ")");
            }
            handles.put(handle, s.path());
            String identifier = s.string("identifier");
            if (identifiers.containsKey(identifier)) {
                throw s.error("identifier",
                        "duplicate slot identifier '" + identifier + "' (also " + identifiers.get(identifier) + ")");
            }
            identifiers.put(identifier, s.path());
            ActionSlot slot = a.addSlot(handle, identifier);
            slot.setSelect(s.bool("select"));
            slot.setActive(s.bool("active"));
            channelbag(s, slot.channelbag());
            s.finish();
        }
        if (list.size() == 0) {
            a.setLayered(true);
        }
    }

    private static void channelbag(Node n, Channelbag bag) throws DocumentFormatException {
        Node.Items groupList = n.list("groups");
        Map<String, ActionGroup> groups = new LinkedHashMap<>();
        Map<String, String> groupPaths = new HashMap<>();
        for (int i = 0; i < groupList.size(); i++) {
            Node g = groupList.object(i);
            String name = g.string("name");
            if (groups.containsKey(name)) {
                throw g.error("name", "duplicate group name '" + name + "' (also " + groupPaths.get(name) + ")");
            }
            ActionGroup group = new ActionGroup(name)
                    .setSelect(g.bool("select"))
                    .setActive(g.bool("active"))
                    .setLock(g.bool("lock"))
                    .setMute(g.bool("mute"))
                    .setShowExpanded(g.bool("show_expanded"))
                    .setShowExpandedGraph(g.bool("show_expanded_graph"))
                    .setUsePin(g.bool("use_pin"));
            g.finish();
            bag.addGroup(group);
            groups.put(name, group);
            groupPaths.put(name, g.path());
        }
        Node.Items curveList = n.list("fcurves");
        Map<String, String> curvePaths = new HashMap<>();
        for (int i = 0; i < curveList.size(); i++) {
            Node c = curveList.object(i);
            FCurve curve = fcurve(c);
            String key = curve.dataPath() + "[" + curve.arrayIndex() + "]";
            if (curvePaths.containsKey(key)) {
                throw c.error("duplicate F-Curve for " + curve.dataPath() + " index " + curve.arrayIndex()
                        + " in one channel bag (also " + curvePaths.get(key) + ")");
            }
            curvePaths.put(key, c.path());
            String groupName = c.stringOrNull("group");
            ActionGroup group = null;
            if (groupName != null) {
                group = groups.get(groupName);
                if (group == null) {
                    throw c.error("group", "unknown group '" + groupName + "'; "
                            + (groups.isEmpty() ? "the channel bag has no groups"
                                    : "the groups are: " + String.join(", ", groups.keySet())));
                }
            }
            c.finish();
            try {
                bag.appendFCurve(curve, group);
            } catch (IllegalArgumentException e) {
                throw c.error("group", e.getMessage() + "; the F-Curves of a group must be contiguous, in the order"
                        + " of the groups, before the ungrouped ones (Blender's channel order)");
            }
        }
    }

    private static FCurve fcurve(Node n) throws DocumentFormatException {
        FCurve c = new FCurve(n.string("data_path"), n.integer("array_index"));
        c.setSelect(n.bool("select"));
        c.setActive(n.bool("active"));
        c.setHide(n.bool("hide"));
        c.setLock(n.bool("lock"));
        c.setMute(n.bool("mute"));
        c.setExtrapolation(n.enumValue("extrapolation", Extrapolation.class));
        c.setAutoSmoothing(n.enumValue("auto_smoothing", AutoSmoothing.class));
        Node.Items modifiers = n.list("modifiers");
        for (int i = 0; i < modifiers.size(); i++) {
            c.addModifier(modifier(modifiers.object(i)));
        }
        Node.Items keys = n.list("keyframes");
        c.ensureCapacity(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            keyframe(keys.object(i), c);
        }
        // after the keys: adding keys must not disturb a stored (possibly stale) active index
        c.setActiveKeyframeIndex(n.integer("active_keyframe_index"));
        return c;
    }

    private static void keyframe(Node n, FCurve c) throws DocumentFormatException {
        Node.Items co = pair(n, "co");
        Node.Items left = pair(n, "handle_left");
        Node.Items right = pair(n, "handle_right");
        int i = c.addKey(co.float32(0), co.float32(1));
        c.setLeft(i, left.float32(0), left.float32(1));
        c.setRight(i, right.float32(0), right.float32(1));
        c.setHandleLeft(i, n.enumValue("handle_left_type", HandleType.class));
        c.setHandleRight(i, n.enumValue("handle_right_type", HandleType.class));
        c.setInterpolation(i, keyEnum(n, "interpolation", Interpolation.class));
        c.setEasing(i, keyEnum(n, "easing", Easing.class));
        c.setKeyType(i, keyEnum(n, "type", KeyframeType.class));
        c.setBack(i, n.float32("back"));
        c.setAmplitude(i, n.float32("amplitude"));
        c.setPeriod(i, n.float32("period"));
        c.setSelection(i, n.bool("select_left_handle"), n.bool("select_control_point"),
                n.bool("select_right_handle"));
        n.finish();
    }

    private static Node.Items pair(Node n, String key) throws DocumentFormatException {
        Node.Items items = n.list(key);
        if (items.size() != 2) {
            throw items.error("expected [frame, value] (2 numbers), found " + items.size() + " elements");
        }
        return items;
    }

    /**
     * A keyframe enum. Blender 3.4's {@code keyframe_points.insert} can store values outside the
     * enum, which the vectors record as integers; the model cannot hold them.
     */
    private static <E extends Enum<E>> E keyEnum(Node n, String key, Class<E> type) throws DocumentFormatException {
        Object v = n.required(key);
        if (Node.isIntegral(v)) {
            List<String> names = new ArrayList<>();
            for (E e : type.getEnumConstants()) {
                names.add(e.name());
            }
            throw n.error(key, "integer value " + v + " is not a " + type.getSimpleName()
                    + " identifier (Blender stored a value outside the enum, as in the quirk:insert_args_swapped "
                    + "vectors, which are not supported); expected one of " + String.join(", ", names));
        }
        return n.enumValue(key, type);
    }

    private static FModifier modifier(Node n) throws DocumentFormatException {
        String type = n.identifier("type", MODIFIER_TYPES);
        boolean mute = n.bool("mute");
        boolean active = n.bool("active");
        boolean restricted = n.bool("use_restricted_range");
        float frameStart = n.float32("frame_start");
        float frameEnd = n.float32("frame_end");
        float blendIn = n.float32("blend_in");
        float blendOut = n.float32("blend_out");
        boolean useInfluence = n.bool("use_influence");
        float influence = n.float32("influence");
        FModifier m;
        if (CyclesModifier.TYPE.equals(type)) {
            m = new CyclesModifier()
                    .setModeBefore(n.enumValue("mode_before", CyclesMode.class))
                    .setCyclesBefore(n.integer("cycles_before"))
                    .setModeAfter(n.enumValue("mode_after", CyclesMode.class))
                    .setCyclesAfter(n.integer("cycles_after"));
            n.finish();
        } else {
            Map<String, Object> properties = new LinkedHashMap<>();
            for (String key : n.unreadKeys()) {
                properties.put(key, genericValue(n.take(key), n.pathOf(key), n.source()));
            }
            m = new GenericModifier(type, properties);
        }
        m.setMute(mute)
                .setActive(active)
                .setUseRestrictedRange(restricted)
                .setFrameStart(frameStart)
                .setFrameEnd(frameEnd)
                .setBlendIn(blendIn)
                .setBlendOut(blendOut)
                .setUseInfluence(useInfluence)
                .setInfluence(influence);
        return m;
    }

    /**
     * A type-specific property of a modifier the model keeps generically: integers as
     * {@link Long}, other numbers as float32 ({@link Float}, as Blender stores them), lists and
     * objects as unmodifiable copies.
     */
    private static Object genericValue(Object v, String path, String source) throws DocumentFormatException {
        if (v == null || v instanceof String || v instanceof Boolean) {
            return v;
        }
        if (Node.isIntegral(v)) {
            return ((Number) v).longValue();
        }
        if (v instanceof Number) {
            return Node.toFloat(v, path, source);
        }
        if (v instanceof List) {
            List<?> in = (List<?>) v;
            List<Object> out = new ArrayList<>(in.size());
            for (int i = 0; i < in.size(); i++) {
                out.add(genericValue(in.get(i), path + "[" + i + "]", source));
            }
            return Collections.unmodifiableList(out);
        }
        if (v instanceof Map) {
            Map<String, Object> in = Node.asObject(v, path, source);
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : in.entrySet()) {
                out.put(e.getKey(), genericValue(e.getValue(), path + "." + e.getKey(), source));
            }
            return Collections.unmodifiableMap(out);
        }
        throw new DocumentFormatException(source, path, "unsupported value " + Node.describe(v));
    }

    // ---- objects ------------------------------------------------------------------------------

    private void objects(Node.Items list) throws DocumentFormatException {
        Map<String, String> names = new HashMap<>();
        String activePath = null;
        for (int i = 0; i < list.size(); i++) {
            Node n = list.object(i);
            String name = n.string("name");
            if (names.containsKey(name)) {
                throw n.error("name", "duplicate object name '" + name + "' (also " + names.get(name) + ")");
            }
            names.put(name, n.path());
            ObjectType type = n.enumValue("type", ObjectType.class);
            SceneObject o = new SceneObject(name, type);
            o.setSelect(n.bool("select"));
            boolean active = n.bool("active");
            if (type == ObjectType.ARMATURE || n.has("bones")) {
                bones(n.list("bones"), o);
            }
            properties(n.list("properties"), o);
            Node ad = n.objectOrNull("animation_data");
            if (ad != null) {
                o.setAnimationData(animData(ad));
            }
            n.finish();
            document.addObject(o);
            if (active) {
                if (activePath != null) {
                    throw n.error("active", "more than one active object (" + activePath + " is active too)");
                }
                activePath = n.path();
                document.setActiveObject(o);
            }
        }
    }

    private static void bones(Node.Items list, SceneObject o) throws DocumentFormatException {
        Map<String, String> paths = new HashMap<>();
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Node n = list.object(i);
            String name = n.string("name");
            if (paths.containsKey(name)) {
                throw n.error("name", "duplicate bone name '" + name + "' (also " + paths.get(name) + ")");
            }
            paths.put(name, n.path());
            Bone b = new Bone(name)
                    .setSelect(n.bool("select"))
                    .setHide(n.bool("hide"))
                    .setRotationMode(n.identifier("rotation_mode", ROTATION_MODES));
            b.setParent(n.stringOrNull("parent"));
            n.finish();
            o.addBone(b);
            nodes.add(n);
        }
        // parents may be listed after their children: check references once all bones are known
        for (int i = 0; i < nodes.size(); i++) {
            Bone b = o.bones().get(i);
            String parent = b.parent();
            if (parent == null) {
                continue;
            }
            if (!paths.containsKey(parent)) {
                throw nodes.get(i).error("parent", "unknown bone '" + parent + "'");
            }
            Bone up = b;
            for (int steps = 0; up != null && up.parent() != null; steps++) {
                if (steps > nodes.size()) {
                    throw nodes.get(i).error("parent", "the parent chain of bone '" + b.name() + "' is a cycle");
                }
                up = o.bone(up.parent());
            }
        }
    }

    private static void properties(Node.Items list, SceneObject o) throws DocumentFormatException {
        List<PropertyValue> values = new ArrayList<>(list.size());
        Map<String, String> paths = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            Node n = list.object(i);
            PropertyValue v = new PropertyValue(n.string("data_path"), n.integer("array_index"), n.float32("value"));
            n.finish();
            String key = v.dataPath() + "[" + v.arrayIndex() + "]";
            if (paths.containsKey(key)) {
                throw n.error("duplicate property value for " + v.dataPath() + " index " + v.arrayIndex()
                        + " (also " + paths.get(key) + ")");
            }
            paths.put(key, n.path());
            values.add(v);
        }
        o.setProperties(values);
    }

    private AnimData animData(Node n) throws DocumentFormatException {
        AnimData d = new AnimData();
        Action action = actionRef(n, "action");
        d.setAction(action);
        if (n.has("slot_handle")) {
            int handle = n.integer("slot_handle");
            if (handle != 0 && (action == null || !action.layered() || action.slot(handle) == null)) {
                throw n.error("slot_handle", action == null ? "a slot is assigned but no action"
                        : "action '" + action.name() + "' has no slot with handle " + handle);
            }
            d.setSlotHandle(handle);
        }
        if (n.has("last_slot_identifier")) {
            d.setLastSlotIdentifier(n.string("last_slot_identifier"));
        }
        d.setActionExtrapolation(n.enumValue("action_extrapolation", NlaExtrapolation.class));
        d.setActionBlendType(n.enumValue("action_blend_type", BlendType.class));
        d.setActionInfluence(n.float32("action_influence"));
        d.setUseNla(n.bool("use_nla"));
        d.setUseTweakMode(n.bool("use_tweak_mode"));
        d.setTweakStoredAction(actionRef(n, "tweak_mode_stored_action"));
        Integer trackIndex = n.integerOrNull("tweak_track_index");
        Object stripIndex = n.required("tweak_strip_index");
        d.setNlaSolo(n.bool("nla_solo"));
        d.setUiSelected(n.bool("ui_selected"));
        d.setUiActive(n.bool("ui_active"));
        Node.Items tracks = n.list("nla_tracks");
        for (int i = 0; i < tracks.size(); i++) {
            d.addTrack(-1, track(tracks.object(i)));
        }
        if (trackIndex != null) {
            if (trackIndex < 0 || trackIndex >= d.tracks().size()) {
                throw n.error("tweak_track_index", "track index " + trackIndex + " is out of range ("
                        + d.tracks().size() + " NLA tracks)");
            }
            d.setActiveTrack(d.tracks().get(trackIndex));
        }
        if (stripIndex != null) {
            String path = n.pathOf("tweak_strip_index");
            if (!(stripIndex instanceof List) || ((List<?>) stripIndex).size() != 2) {
                throw n.error("tweak_strip_index",
                        "expected null or [track index, strip index], found " + Node.describe(stripIndex));
            }
            Node.Items pair = new Node.Items((List<?>) stripIndex, path, n.source());
            int t = pair.integer(0);
            int s = pair.integer(1);
            if (t < 0 || t >= d.tracks().size()) {
                throw new DocumentFormatException(n.source(), pair.pathOf(0), "track index " + t
                        + " is out of range (" + d.tracks().size() + " NLA tracks)");
            }
            NlaTrack track = d.tracks().get(t);
            if (s < 0 || s >= track.strips().size()) {
                throw new DocumentFormatException(n.source(), pair.pathOf(1), "strip index " + s
                        + " is out of range (track " + t + " has " + track.strips().size() + " strips)");
            }
            d.setActiveStrip(track.strips().get(s));
        }
        n.finish();
        return d;
    }

    private NlaTrack track(Node n) throws DocumentFormatException {
        NlaTrack t = new NlaTrack(n.string("name"))
                .setSelect(n.bool("select"))
                .setMute(n.bool("mute"))
                .setLock(n.bool("lock"))
                .setIsSolo(n.bool("is_solo"))
                .setActive(n.bool("active"))
                .setDisabled(n.bool("disabled"));
        Node.Items strips = n.list("strips");
        for (int i = 0; i < strips.size(); i++) {
            t.addStrip(strip(strips.object(i)));
        }
        n.finish();
        return t;
    }

    private NlaStrip strip(Node n) throws DocumentFormatException {
        NlaStrip s = new NlaStrip(n.string("name"))
                .setType(n.enumValue("type", StripType.class))
                .setAction(actionRef(n, "action"))
                .setFrameStart(n.float32("frame_start"))
                .setFrameEnd(n.float32("frame_end"))
                .setActionFrameStart(n.float32("action_frame_start"))
                .setActionFrameEnd(n.float32("action_frame_end"))
                .setScale(n.float32("scale"))
                .setRepeat(n.float32("repeat"))
                .setBlendType(n.enumValue("blend_type", BlendType.class))
                .setExtrapolation(n.enumValue("extrapolation", NlaExtrapolation.class))
                .setBlendIn(n.float32("blend_in"))
                .setBlendOut(n.float32("blend_out"))
                .setUseAutoBlend(n.bool("use_auto_blend"))
                .setUseReverse(n.bool("use_reverse"))
                .setUseSyncLength(n.bool("use_sync_length"))
                .setInfluence(n.float32("influence"))
                .setMute(n.bool("mute"))
                .setSelect(n.bool("select"))
                .setActive(n.bool("active"))
                .setTweakUser(n.bool("tweak_user"));
        n.finish();
        return s;
    }

    /** A field naming an action, or null. */
    private Action actionRef(Node n, String key) throws DocumentFormatException {
        String name = n.stringOrNull(key);
        if (name == null) {
            return null;
        }
        Action a = actions.get(name);
        if (a == null) {
            List<String> known = new ArrayList<>();
            for (Action each : document.actions()) {
                known.add(each.name());
            }
            throw n.error(key, "unknown action '" + name + "'; "
                    + (known.isEmpty() ? "the document has no actions" : "the actions are: " + list(known)));
        }
        return a;
    }

    private static String list(List<String> names) {
        if (names.size() <= 12) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, 12)) + ", ... (" + names.size() + " in all)";
    }

    // ---- editor -------------------------------------------------------------------------------

    private void editor(Node n, EditorState e) throws DocumentFormatException {
        e.setMode(n.enumValue("mode", EditorMode.class));
        e.setAction(actionRef(n, "action"));
        e.setShowPoseMarkers(n.bool("show_pose_markers"));
        e.setShowMarkers(n.bool("show_markers"));
        Node ds = n.object("dopesheet");
        e.setShowOnlySelected(ds.bool("show_only_selected"));
        e.setShowHidden(ds.bool("show_hidden"));
        e.setShowSummary(ds.bool("show_summary"));
        e.setShowExpandedSummary(ds.bool("show_expanded_summary"));
        e.setUseDatablockSort(ds.bool("use_datablock_sort"));
        ds.finish();
        Node region = n.object("region");
        e.setRegion(region.integer("width"), region.integer("height"));
        region.finish();
        Node view = n.object("view2d");
        Node cur = view.object("cur");
        e.setCur(cur.float32("xmin"), cur.float32("xmax"), cur.float32("ymin"), cur.float32("ymax"));
        cur.finish();
        Node mask = view.object("mask");
        e.setMask(mask.integer("xmin"), mask.integer("xmax"), mask.integer("ymin"), mask.integer("ymax"));
        mask.finish();
        view.finish();
        Node ui = n.object("ui");
        e.setUi(ui.integer("widget_unit"), ui.float32("dpi_fac"), ui.float32("time_scrub_margin_y"));
        ui.finish();
        // derived data (channel rows as Blender lists them): recomputed, never read
        n.ignore("channels");
        n.finish();
    }
}
