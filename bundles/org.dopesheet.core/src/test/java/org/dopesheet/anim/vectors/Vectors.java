package org.dopesheet.anim.vectors;

import static org.dopesheet.anim.vectors.Json.b;
import static org.dopesheet.anim.vectors.Json.f;
import static org.dopesheet.anim.vectors.Json.i;
import static org.dopesheet.anim.vectors.Json.list;
import static org.dopesheet.anim.vectors.Json.obj;
import static org.dopesheet.anim.vectors.Json.s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dopesheet.model.Action;
import org.dopesheet.model.ActionGroup;
import org.dopesheet.model.AnimData;
import org.dopesheet.model.AutoSmoothing;
import org.dopesheet.model.BlendType;
import org.dopesheet.model.Bone;
import org.dopesheet.model.Channelbag;
import org.dopesheet.model.CyclesMode;
import org.dopesheet.model.CyclesModifier;
import org.dopesheet.model.Document;
import org.dopesheet.model.Easing;
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
import org.dopesheet.model.PropertyValue;
import org.dopesheet.model.SceneObject;
import org.dopesheet.model.StripType;

/**
 * Test-only loader of the conformance vectors (shared/conformance, FORMAT.md): builds the model
 * from a vector's {@code input} (scene, preferences, objects with bones, properties, animation
 * data and NLA; actions with groups, curves, keys and modifiers) and reads expected values.
 */
public final class Vectors {
    /** The vectors folder, relative to the core module directory. */
    public static final Path DIR = Paths.get("../../../shared/conformance/vectors");
    /** INDEX.json beside the folder. */
    public static final Path INDEX = DIR.resolve("../INDEX.json");

    private Vectors() {
    }

    /** One vector file, parsed. */
    public record Vector(String name, Map<String, Object> root) {
        public Map<String, Object> input() {
            return obj(root.get("input"));
        }

        public Map<String, Object> expected() {
            return obj(root.get("expected"));
        }

        public List<Object> ops() {
            return list(root.get("ops"));
        }

        public float tolerance(String key) {
            return f(obj(root.get("tolerance")).get(key));
        }
    }

    /** Every vector file, sorted by name. */
    public static List<Path> all() {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The vector files INDEX.json lists with an op whose id starts with {@code prefix}. */
    public static List<Path> indexedWithOpPrefix(String prefix) {
        List<Path> out = new ArrayList<>();
        for (Object v : list(obj(Json.read(INDEX)).get("vectors"))) {
            Map<String, Object> m = obj(v);
            boolean match = false;
            for (Object op : list(m.get("ops"))) {
                if (s(op).startsWith(prefix)) {
                    match = true;
                }
            }
            if (match) {
                out.add(DIR.resolve("..").resolve(s(m.get("file"))));
            }
        }
        return out;
    }

    public static Vector load(Path file) {
        Map<String, Object> root = obj(Json.read(file));
        return new Vector(s(root.get("name")), root);
    }

    /** Builds a document from a STATE map. */
    public static Document document(String name, Map<String, Object> state) {
        Document doc = new Document(name);
        Map<String, Object> scene = obj(state.get("scene"));
        doc.scene().setFps(i(scene.get("fps"))).setFpsBase(f(scene.get("fps_base")))
                .setFrameStart(i(scene.get("frame_start"))).setFrameEnd(i(scene.get("frame_end")))
                .setFrameCurrent(i(scene.get("frame_current"))).setSubframe(f(scene.get("subframe")))
                .setNlaTweakmode(b(scene.get("is_nla_tweakmode")));
        Object preview = scene.get("preview_range");
        if (preview != null) {
            doc.scene().setUsePreviewRange(true).setPreviewStart(i(obj(preview).get("start")))
                    .setPreviewEnd(i(obj(preview).get("end")));
        }
        doc.scene().setKeyframeType(KeyframeType.valueOf(s(scene.get("keyframe_type"))));
        for (Object m : list(scene.get("markers"))) {
            doc.scene().addMarker(marker(obj(m)));
        }
        Map<String, Object> prefs = obj(state.get("preferences"));
        doc.preferences()
                .setKeyframeNewInterpolationType(Interpolation.valueOf(s(prefs.get("keyframe_new_interpolation_type"))))
                .setKeyframeNewHandleType(HandleType.valueOf(s(prefs.get("keyframe_new_handle_type"))))
                .setFcurveNewAutoSmoothing(AutoSmoothing.valueOf(s(prefs.get("fcurve_new_auto_smoothing"))))
                .setUseKeyframeInsertNeeded(b(prefs.get("use_keyframe_insert_needed")))
                .setUseVisualKeying(b(prefs.get("use_visual_keying")));

        for (Object a : list(state.get("actions"))) {
            doc.addAction(action(obj(a)));
        }
        for (Object o : list(state.get("objects"))) {
            Map<String, Object> om = obj(o);
            SceneObject so = doc.addObject(new SceneObject(s(om.get("name")), ObjectType.valueOf(s(om.get("type")))));
            so.setSelect(b(om.get("select")));
            if (b(om.get("active"))) {
                doc.setActiveObject(so);
            }
            Object bones = om.get("bones");
            if (bones != null) {
                for (Object bo : list(bones)) {
                    Map<String, Object> bm = obj(bo);
                    so.addBone(new Bone(s(bm.get("name"))).setParent((String) bm.get("parent"))
                            .setSelect(b(bm.get("select"))).setHide(b(bm.get("hide")))
                            .setRotationMode(s(bm.get("rotation_mode"))));
                }
            }
            so.setProperties(properties(om));
            Object ad = om.get("animation_data");
            if (ad != null) {
                so.setAnimationData(animData(doc, obj(ad)));
            }
        }
        return doc;
    }

    private static Marker marker(Map<String, Object> m) {
        return new Marker(s(m.get("name")), i(m.get("frame"))).setSelect(b(m.get("select")));
    }

    /** The {@code properties} list of an object map. */
    public static List<PropertyValue> properties(Map<String, Object> object) {
        List<PropertyValue> props = new ArrayList<>();
        for (Object p : list(object.get("properties"))) {
            Map<String, Object> pm = obj(p);
            props.add(new PropertyValue(s(pm.get("data_path")), i(pm.get("array_index")), f(pm.get("value"))));
        }
        return props;
    }

    private static Action action(Map<String, Object> am) {
        Action a = new Action(s(am.get("name")));
        a.setUsers(i(am.get("users"))).setUseFakeUserFlag(b(am.get("use_fake_user")))
                .setIdRoot((String) am.get("id_root"));
        if (b(am.get("use_frame_range"))) {
            a.setUseFrameRange(true).setFrameStart(f(am.get("frame_start"))).setFrameEnd(f(am.get("frame_end")))
                    .setUseCyclic(b(am.get("use_cyclic")));
        }
        Channelbag bag = a.channelbag();
        for (Object g : list(am.get("groups"))) {
            Map<String, Object> gm = obj(g);
            bag.addGroup(new ActionGroup(s(gm.get("name"))).setSelect(b(gm.get("select")))
                    .setActive(b(gm.get("active"))).setLock(b(gm.get("lock"))).setMute(b(gm.get("mute")))
                    .setShowExpanded(b(gm.get("show_expanded")))
                    .setShowExpandedGraph(b(gm.get("show_expanded_graph"))).setUsePin(b(gm.get("use_pin"))));
        }
        for (Object c : list(am.get("fcurves"))) {
            Map<String, Object> cm = obj(c);
            FCurve fc = fcurve(cm);
            String group = (String) cm.get("group");
            bag.addFCurveToGroup(fc, group == null ? null : bag.group(group));
        }
        for (Object m : list(am.get("pose_markers"))) {
            a.addPoseMarker(marker(obj(m)));
        }
        a.setPoseMarkersActiveIndex(i(am.get("pose_markers_active_index")));
        return a;
    }

    /** An F-Curve from its STATE map (keys in array order, modifiers). */
    public static FCurve fcurve(Map<String, Object> cm) {
        FCurve fc = new FCurve(s(cm.get("data_path")), i(cm.get("array_index")));
        fc.setSelect(b(cm.get("select"))).setHide(b(cm.get("hide"))).setLock(b(cm.get("lock")))
                .setMute(b(cm.get("mute"))).setActive(b(cm.get("active")))
                .setExtrapolation(Extrapolation.valueOf(s(cm.get("extrapolation"))))
                .setAutoSmoothing(AutoSmoothing.valueOf(s(cm.get("auto_smoothing"))));
        for (Object m : list(cm.get("modifiers"))) {
            fc.addModifier(modifier(obj(m)));
        }
        for (Object k : list(cm.get("keyframes"))) {
            Map<String, Object> km = obj(k);
            List<Object> co = list(km.get("co"));
            int idx = fc.addKey(f(co.get(0)), f(co.get(1)));
            List<Object> hl = list(km.get("handle_left"));
            List<Object> hr = list(km.get("handle_right"));
            fc.setLeft(idx, f(hl.get(0)), f(hl.get(1)));
            fc.setRight(idx, f(hr.get(0)), f(hr.get(1)));
            fc.setHandleLeft(idx, HandleType.valueOf(s(km.get("handle_left_type"))));
            fc.setHandleRight(idx, HandleType.valueOf(s(km.get("handle_right_type"))));
            fc.setInterpolation(idx, Interpolation.valueOf(s(km.get("interpolation"))));
            fc.setEasing(idx, Easing.valueOf(s(km.get("easing"))));
            fc.setKeyType(idx, KeyframeType.valueOf(s(km.get("type"))));
            fc.setBack(idx, f(km.get("back")));
            fc.setAmplitude(idx, f(km.get("amplitude")));
            fc.setPeriod(idx, f(km.get("period")));
            fc.setSelection(idx, b(km.get("select_left_handle")), b(km.get("select_control_point")),
                    b(km.get("select_right_handle")));
        }
        fc.setActiveKeyframeIndex(i(cm.get("active_keyframe_index")));
        return fc;
    }

    private static FModifier modifier(Map<String, Object> mm) {
        String type = s(mm.get("type"));
        FModifier m;
        if (CyclesModifier.TYPE.equals(type)) {
            m = new CyclesModifier().setModeBefore(CyclesMode.valueOf(s(mm.get("mode_before"))))
                    .setCyclesBefore(i(mm.get("cycles_before")))
                    .setModeAfter(CyclesMode.valueOf(s(mm.get("mode_after"))))
                    .setCyclesAfter(i(mm.get("cycles_after")));
        } else {
            Map<String, Object> props = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : mm.entrySet()) {
                Object v = e.getValue();
                props.put(e.getKey(), v instanceof Json.Num n ? (Object) n.d() : v);
            }
            m = new GenericModifier(type, props);
        }
        m.setMute(b(mm.get("mute"))).setActive(b(mm.get("active")))
                .setUseRestrictedRange(b(mm.get("use_restricted_range")))
                .setFrameStart(f(mm.get("frame_start"))).setFrameEnd(f(mm.get("frame_end")))
                .setBlendIn(f(mm.get("blend_in"))).setBlendOut(f(mm.get("blend_out")))
                .setUseInfluence(b(mm.get("use_influence"))).setInfluence(f(mm.get("influence")));
        return m;
    }

    private static AnimData animData(Document doc, Map<String, Object> am) {
        AnimData ad = new AnimData();
        String action = (String) am.get("action");
        ad.setAction(action == null ? null : doc.action(action));
        ad.setActionExtrapolation(NlaExtrapolation.valueOf(s(am.get("action_extrapolation"))))
                .setActionBlendType(BlendType.valueOf(s(am.get("action_blend_type"))))
                .setActionInfluence(f(am.get("action_influence"))).setUseNla(b(am.get("use_nla")))
                .setUseTweakMode(b(am.get("use_tweak_mode"))).setNlaSolo(b(am.get("nla_solo")))
                .setUiSelected(b(am.get("ui_selected"))).setUiActive(b(am.get("ui_active")));
        String stored = (String) am.get("tweak_mode_stored_action");
        ad.setTweakStoredAction(stored == null ? null : doc.action(stored));
        for (Object t : list(am.get("nla_tracks"))) {
            Map<String, Object> tm = obj(t);
            NlaTrack track = new NlaTrack(s(tm.get("name"))).setSelect(b(tm.get("select")))
                    .setMute(b(tm.get("mute"))).setLock(b(tm.get("lock"))).setIsSolo(b(tm.get("is_solo")))
                    .setActive(b(tm.get("active"))).setDisabled(b(tm.get("disabled")));
            for (Object s : list(tm.get("strips"))) {
                Map<String, Object> sm = obj(s);
                String sa = (String) sm.get("action");
                track.addStrip(new NlaStrip(s(sm.get("name"))).setType(stripType(s(sm.get("type"))))
                        .setAction(sa == null ? null : doc.action(sa))
                        .setFrameStart(f(sm.get("frame_start"))).setFrameEnd(f(sm.get("frame_end")))
                        .setActionFrameStart(f(sm.get("action_frame_start")))
                        .setActionFrameEnd(f(sm.get("action_frame_end"))).setScale(f(sm.get("scale")))
                        .setRepeat(f(sm.get("repeat"))).setBlendType(BlendType.valueOf(s(sm.get("blend_type"))))
                        .setExtrapolation(NlaExtrapolation.valueOf(s(sm.get("extrapolation"))))
                        .setBlendIn(f(sm.get("blend_in"))).setBlendOut(f(sm.get("blend_out")))
                        .setUseAutoBlend(b(sm.get("use_auto_blend"))).setUseReverse(b(sm.get("use_reverse")))
                        .setUseSyncLength(b(sm.get("use_sync_length"))).setInfluence(f(sm.get("influence")))
                        .setMute(b(sm.get("mute"))).setSelect(b(sm.get("select"))).setActive(b(sm.get("active")))
                        .setTweakUser(b(sm.get("tweak_user"))));
            }
            ad.addTrack(-1, track);
        }
        Object trackIndex = am.get("tweak_track_index");
        if (trackIndex != null) {
            ad.setActiveTrack(ad.tracks().get(i(trackIndex)));
        }
        Object stripIndex = am.get("tweak_strip_index");
        if (stripIndex != null) {
            List<Object> ts = list(stripIndex);
            ad.setActiveStrip(ad.tracks().get(i(ts.get(0))).strips().get(i(ts.get(1))));
        }
        return ad;
    }

    private static StripType stripType(String rna) {
        switch (rna) {
            case "CLIP":
                return StripType.CLIP;
            case "TRANSITION":
                return StripType.TRANSITION;
            case "META":
                return StripType.META;
            case "SOUND":
                return StripType.SOUND;
            default:
                throw new IllegalArgumentException(rna);
        }
    }

    /** {@code |a - b| <= abs + rel * max(|a|, |b|)} (FORMAT.md 6). */
    public static boolean close(double a, double b, double abs, double rel) {
        return Math.abs(a - b) <= abs + rel * Math.max(Math.abs(a), Math.abs(b));
    }
}
