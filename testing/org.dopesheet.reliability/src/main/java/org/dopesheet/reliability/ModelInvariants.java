package org.dopesheet.reliability;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dopesheet.anim.Handles;
import org.dopesheet.context.NlaMapping;
import org.dopesheet.model.Action;
import org.dopesheet.model.ActionGroup;
import org.dopesheet.model.ActionSlot;
import org.dopesheet.model.AnimData;
import org.dopesheet.model.Bone;
import org.dopesheet.model.Channelbag;
import org.dopesheet.model.CyclesModifier;
import org.dopesheet.model.Document;
import org.dopesheet.model.EditorState;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.FModifier;
import org.dopesheet.model.GenericModifier;
import org.dopesheet.model.HandleType;
import org.dopesheet.model.NlaStrip;
import org.dopesheet.model.NlaTrack;
import org.dopesheet.model.PropertyValue;
import org.dopesheet.model.Scene;
import org.dopesheet.model.SceneObject;

/**
 * The structural rules every document must satisfy after any operator, load or undo: what
 * Blender's own data keeps true (issue 10, "nothing is ever lost").
 * <p>
 * {@link #check(Document)} returns one line per violation, {@code "<path>: <problem> [RULE]"},
 * where the path names the offending element the way the document files do
 * ({@code actions["CubeAction"].fcurves["location"[0]].keyframes[3]}), so that a failure points
 * at the data. {@link #violations} returns the same as {@link Violation} records.
 * <p>
 * The rules ({@link Rule}):
 * <ul>
 * <li>keys sorted by frame within each F-Curve (equal frames allowed: 3.4's snap leaves
 * coincident keys);</li>
 * <li>handle x-ordering {@code left.x <= key.x <= right.x} for every key of every curve;</li>
 * <li>for the curves named in {@link #check(Document, Collection)} (those an operator has just
 * edited, see {@link CurveInputs}), AUTO, AUTO_CLAMPED and VECTOR handles equal to a fresh
 * {@link Handles#recalculate} of a copy (in scene time for a curve shown through an NLA strip),
 * within a relative tolerance, for keys within {@link #PRECISE_FRAMES} frames;</li>
 * <li>selection: at most one active group, one active F-Curve per channel bag, one active slot
 * per action;</li>
 * <li>groups: every F-Curve's group belongs to its channel bag; grouped curves contiguous, in
 * group order, before the ungrouped ones;</li>
 * <li>NLA: strips within a track ordered and non-overlapping (touching allowed), positive scale
 * and repeat, length {@code = action range x scale x repeat};</li>
 * <li>frame ranges: {@code end >= start} for the scene, the preview range, actions' manual
 * ranges, strips (scene and action time);</li>
 * <li>users: an action's user count is what Blender counts: assignments, NLA strips, the
 * tweak-mode stored action, plus the fake user (the editor's action is no user);</li>
 * <li>unique names: actions, objects, bones of an object, groups and {@code (data_path, index)}
 * of a channel bag, slot handles and identifiers of an action, strips of an animation data;</li>
 * <li>references: every action, track, strip, group, slot and the active object referred to is
 * part of the document;</li>
 * <li>active keyframe index {@code -1} or within the keys (or, {@link #allowStaleActiveKeyframe}
 * for Blender's stored state, at least {@code -1});</li>
 * <li>no NaN or infinity in any stored float;</li>
 * <li>tweak mode: a tweaking animation data has its track and strip (the strip in the track),
 * the strip's action assigned, the tweaked track and every track above it disabled and none
 * below; outside tweak mode no stored action, no disabled track, no tweak-user strip.</li>
 * </ul>
 * Rules deliberately absent, because Blender's own data breaks them (the conformance vectors
 * recorded from Blender 3.4 show it): the scene's tweak-mode flag matching the animation data's
 * (layer_next/prev change one without the other), at most one active NLA track, the pose-marker
 * active index (0 without markers), unique NLA track names (push-down names its new track after
 * the action, {@code BKE_nlastack_add_strip}, without making the name unique).
 */
public final class ModelInvariants {

    /** The kinds of rules, for grouping and counting violations. */
    public enum Rule {
        KEYS_SORTED,
        HANDLE_ORDER,
        HANDLES_RECALCULATED,
        SELECTION,
        GROUPS,
        NLA_STRIPS,
        FRAME_RANGE,
        USERS,
        UNIQUE_NAMES,
        REFERENCES,
        ACTIVE_KEYFRAME,
        FINITE,
        TWEAK_MODE
    }

    /** One broken rule at one place. */
    public record Violation(Rule rule, String path, String message) {
        @Override
        public String toString() {
            return path + ": " + message + " [" + rule + "]";
        }
    }

    /**
     * A handle on the wrong side of its key by less than 0.001 frame, or than 8 units in the last
     * place of the curve's largest frame, crossed by float rounding.
     */
    static float roundingLimit(FCurve c) {
        float max = 0;
        for (int i = 0; i < c.size(); i++) {
            max = Math.max(max, Math.abs(c.x(i)));
        }
        return Math.max(1e-3f, 8 * Math.ulp(max));
    }

    /** Appended to a handle-order violation within {@link #roundingLimit}. */
    public static final String BY_ROUNDING = "(by float rounding: under 0.001 frame or 8 ulp of the curve's largest frame)";

    /**
     * Frames beyond which the handle recalculation is not compared: there float32 frames are
     * 1/128 frame apart or coarser, and recalculating from rounded positions moves handles by
     * more than any fixed tolerance (Blender's own limit, MAXFRAME, is 1048574).
     */
    public static final float PRECISE_FRAMES = 65536f;

    static boolean withinPrecision(FCurve c) {
        for (int i = 0; i < c.size(); i++) {
            if (Math.abs(c.x(i)) > PRECISE_FRAMES) {
                return false;
            }
        }
        return true;
    }

    /** Appended to a non-finite key value whose key shares its frame with a neighbour. */
    public static final String COINCIDENT = "(the key shares its frame with a neighbouring key)";

    /** Default relative tolerance of the handle recalculation comparison. */
    public static final float DEFAULT_HANDLE_TOLERANCE = 1e-4f;

    private final boolean staleActiveKeyframe;
    private final float handleTolerance;

    /** All rules, strictly: the active keyframe index must be -1 or within the keys. */
    public ModelInvariants() {
        this(false, DEFAULT_HANDLE_TOLERANCE);
    }

    private ModelInvariants(boolean staleActiveKeyframe, float handleTolerance) {
        this.staleActiveKeyframe = staleActiveKeyframe;
        this.handleTolerance = handleTolerance;
    }

    /**
     * These rules, but an active keyframe index past the last key is accepted (at least -1
     * still): Blender deletes keys without clearing the stored index
     * ({@code BKE_fcurve_delete_key}, {@code clean}) and reads it through
     * {@code BKE_fcurve_active_keyframe_index}, which ignores an index out of range. The
     * conformance vector random_020 records such a state from Blender 3.4.
     */
    public ModelInvariants allowStaleActiveKeyframe() {
        return new ModelInvariants(true, handleTolerance);
    }

    /** These rules with another relative tolerance for recalculated handles. */
    public ModelInvariants handleTolerance(float relative) {
        return new ModelInvariants(staleActiveKeyframe, relative);
    }

    /** The violations of every rule but the handle recalculation, as text lines. */
    public List<String> check(Document document) {
        return check(document, List.of());
    }

    /**
     * The violations of every rule, the handle recalculation checked on {@code updatedCurves}
     * (curves of the document an operator has just edited), as text lines.
     */
    public List<String> check(Document document, Collection<FCurve> updatedCurves) {
        List<String> out = new ArrayList<>();
        for (Violation v : violations(document, updatedCurves)) {
            out.add(v.toString());
        }
        return out;
    }

    /** The violations, the handle recalculation checked on {@code updatedCurves}. */
    public List<Violation> violations(Document document, Collection<FCurve> updatedCurves) {
        Run run = new Run(updatedCurves);
        run.document(document);
        return run.out;
    }

    // ---- paths ------------------------------------------------------------------------------------

    /** The path of an action. */
    public static String actionPath(Action a) {
        return "actions[" + quote(a.name()) + "]";
    }

    /** The path of a channel bag of an action (the action itself for a legacy action). */
    static String bagPath(Action a, ActionSlot slot) {
        return slot == null ? actionPath(a) : actionPath(a) + ".slots[handle=" + slot.handle() + "]";
    }

    /** The path of an F-Curve inside a channel bag path. */
    static String curvePath(String bag, FCurve c) {
        return bag + ".fcurves[" + quote(c.dataPath()) + "[" + c.arrayIndex() + "]]";
    }

    private static String quote(String s) {
        return s == null ? "null" : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    // ---- one check ----------------------------------------------------------------------------------

    private final class Run {
        final List<Violation> out = new ArrayList<>();
        final Set<FCurve> updated = Collections.newSetFromMap(new IdentityHashMap<>());
        final Set<Action> actions = Collections.newSetFromMap(new IdentityHashMap<>());
        final Map<Action, Integer> references = new IdentityHashMap<>();
        /** Actions shown through an NLA strip's time mapping (tweak mode), with the strip. */
        final Map<Action, NlaStrip> mapped = new IdentityHashMap<>();

        Run(Collection<FCurve> updatedCurves) {
            updated.addAll(updatedCurves);
        }

        void add(Rule rule, String path, String message) {
            out.add(new Violation(rule, path, message));
        }

        void finite(String path, String field, float v) {
            if (!Float.isFinite(v)) {
                add(Rule.FINITE, path, field + " is " + v);
            }
        }

        void document(Document d) {
            for (SceneObject o : d.objects()) {
                AnimData ad = o.animationData();
                NlaStrip strip = ad == null ? null : ad.tweakMappingStrip();
                if (strip != null && ad.action() != null && strip.scale() != 0) {
                    mapped.putIfAbsent(ad.action(), strip);
                }
            }
            scene(d.scene());
            finite("preferences", "view_frame_seconds", d.preferences().viewFrameSeconds());
            editor(d);
            Set<String> actionNames = new HashSet<>();
            for (Action a : d.actions()) {
                actions.add(a);
                if (!actionNames.add(a.name())) {
                    add(Rule.UNIQUE_NAMES, actionPath(a), "another action has the name " + quote(a.name()));
                }
            }
            Set<String> objectNames = new HashSet<>();
            boolean activeFound = d.activeObject() == null;
            for (int i = 0; i < d.objects().size(); i++) {
                SceneObject o = d.objects().get(i);
                String path = "objects[" + quote(o.name()) + "]";
                if (!objectNames.add(o.name())) {
                    add(Rule.UNIQUE_NAMES, path, "another object has the name " + quote(o.name()));
                }
                activeFound |= o == d.activeObject();
                object(o, path);
            }
            if (!activeFound) {
                add(Rule.REFERENCES, "objects", "the active object " + quote(d.activeObject().name())
                        + " is not an object of the document");
            }
            for (Action a : d.actions()) {
                action(a);
            }
        }

        void scene(Scene s) {
            finite("scene", "fps_base", s.fpsBase());
            finite("scene", "subframe", s.subframe());
            if (s.frameEnd() < s.frameStart()) {
                add(Rule.FRAME_RANGE, "scene", "frame_end " + s.frameEnd() + " < frame_start " + s.frameStart());
            }
            if (s.usePreviewRange() && s.previewEnd() < s.previewStart()) {
                add(Rule.FRAME_RANGE, "scene.preview_range", "end " + s.previewEnd() + " < start " + s.previewStart());
            }
        }

        void editor(Document d) {
            EditorState e = d.editor();
            String path = "editor.view2d.cur";
            finite(path, "xmin", e.curXmin());
            finite(path, "xmax", e.curXmax());
            finite(path, "ymin", e.curYmin());
            finite(path, "ymax", e.curYmax());
            finite("editor.ui", "dpi_fac", e.dpiFac());
            finite("editor.ui", "time_scrub_margin_y", e.timeScrubMarginY());
            if (e.action() != null && d.actions().stream().noneMatch(a -> a == e.action())) {
                add(Rule.REFERENCES, "editor.action", "action " + quote(e.action().name())
                        + " is not an action of the document");
            }
        }

        void object(SceneObject o, String path) {
            Set<String> bones = new HashSet<>();
            for (Bone b : o.bones()) {
                if (!bones.add(b.name())) {
                    add(Rule.UNIQUE_NAMES, path + ".bones[" + quote(b.name()) + "]", "another bone has this name");
                }
            }
            for (PropertyValue p : o.properties()) {
                finite(path + ".properties[" + quote(p.dataPath()) + "[" + p.arrayIndex() + "]]", "value", p.value());
            }
            AnimData ad = o.animationData();
            if (ad != null) {
                animData(ad, path + ".animation_data");
            }
        }

        void reference(Action a, String path, String field) {
            if (a == null) {
                return;
            }
            if (!actions.contains(a)) {
                add(Rule.REFERENCES, path, field + " " + quote(a.name()) + " is not an action of the document");
                return;
            }
            references.merge(a, 1, Integer::sum);
        }

        void animData(AnimData ad, String path) {
            reference(ad.action(), path, "action");
            reference(ad.tweakStoredAction(), path, "tweak_mode_stored_action");
            finite(path, "action_influence", ad.actionInfluence());
            Action assigned = ad.action();
            if (assigned != null && assigned.layered() && ad.slotHandle() != 0 && assigned.slot(ad.slotHandle()) == null) {
                add(Rule.REFERENCES, path, "slot_handle " + ad.slotHandle() + " names no slot of action "
                        + quote(assigned.name()));
            }
            Set<String> stripNames = new HashSet<>();
            Map<NlaStrip, NlaTrack> stripTracks = new IdentityHashMap<>();
            List<NlaTrack> tracks = ad.tracks();
            for (int t = 0; t < tracks.size(); t++) {
                NlaTrack track = tracks.get(t);
                String tp = path + ".nla_tracks[" + t + "]";
                List<NlaStrip> strips = track.strips();
                for (int s = 0; s < strips.size(); s++) {
                    NlaStrip strip = strips.get(s);
                    String sp = tp + ".strips[" + s + "]";
                    stripTracks.put(strip, track);
                    if (!stripNames.add(strip.name())) {
                        add(Rule.UNIQUE_NAMES, sp, "another strip of the animation data has the name "
                                + quote(strip.name()));
                    }
                    reference(strip.action(), sp, "action");
                    strip(strip, sp);
                    if (s > 0) {
                        NlaStrip prev = strips.get(s - 1);
                        if (prev.frameStart() > strip.frameStart()) {
                            add(Rule.NLA_STRIPS, sp, "starts at " + strip.frameStart() + ", before the strip before it ("
                                    + prev.frameStart() + ")");
                        } else if (prev.frameEnd() > strip.frameStart()) {
                            add(Rule.NLA_STRIPS, sp, "overlaps the strip before it: starts at " + strip.frameStart()
                                    + ", which ends at " + prev.frameEnd());
                        }
                    }
                }
            }
            NlaTrack activeTrack = ad.activeTrack();
            NlaStrip activeStrip = ad.activeStrip();
            int activeIndex = activeTrack == null ? -1 : ad.indexOfTrack(activeTrack);
            if (activeTrack != null && activeIndex < 0) {
                add(Rule.REFERENCES, path, "the active track " + quote(activeTrack.name()) + " is not one of its tracks");
            }
            if (activeStrip != null && !stripTracks.containsKey(activeStrip)) {
                add(Rule.REFERENCES, path, "the active strip " + quote(activeStrip.name()) + " is in none of its tracks");
            }
            tweakMode(ad, path, activeTrack, activeIndex, activeStrip, stripTracks);
        }

        void tweakMode(AnimData ad, String path, NlaTrack activeTrack, int activeIndex, NlaStrip activeStrip,
                Map<NlaStrip, NlaTrack> stripTracks) {
            List<NlaTrack> tracks = ad.tracks();
            if (ad.useTweakMode()) {
                if (activeTrack == null || activeStrip == null) {
                    add(Rule.TWEAK_MODE, path, "in tweak mode without " + (activeTrack == null ? "a tweaked track" : "")
                            + (activeTrack == null && activeStrip == null ? " and " : "")
                            + (activeStrip == null ? "a tweaked strip" : ""));
                    return;
                }
                if (activeIndex >= 0 && stripTracks.get(activeStrip) != activeTrack) {
                    add(Rule.TWEAK_MODE, path, "the tweaked strip " + quote(activeStrip.name())
                            + " is not in the tweaked track " + quote(activeTrack.name()));
                }
                if (activeStrip.type() == org.dopesheet.model.StripType.CLIP && ad.action() != activeStrip.action()) {
                    add(Rule.TWEAK_MODE, path, "in tweak mode the assigned action is "
                            + (ad.action() == null ? "null" : quote(ad.action().name())) + ", not the tweaked strip's "
                            + (activeStrip.action() == null ? "null" : quote(activeStrip.action().name())));
                }
                if (activeIndex >= 0) {
                    for (int t = 0; t < tracks.size(); t++) {
                        boolean shouldBe = t >= activeIndex;
                        if (tracks.get(t).disabled() != shouldBe) {
                            add(Rule.TWEAK_MODE, path + ".nla_tracks[" + t + "]", (shouldBe ? "not disabled" : "disabled")
                                    + " while tweaking track " + activeIndex
                                    + " (the tweaked track and those above it are disabled, those below are not)");
                        }
                    }
                }
            } else {
                if (ad.tweakStoredAction() != null) {
                    add(Rule.TWEAK_MODE, path, "not in tweak mode but keeps a tweak-mode stored action "
                            + quote(ad.tweakStoredAction().name()));
                }
                for (int t = 0; t < tracks.size(); t++) {
                    NlaTrack track = tracks.get(t);
                    if (track.disabled()) {
                        add(Rule.TWEAK_MODE, path + ".nla_tracks[" + t + "]", "disabled outside tweak mode");
                    }
                    for (int s = 0; s < track.strips().size(); s++) {
                        if (track.strips().get(s).tweakUser()) {
                            add(Rule.TWEAK_MODE, path + ".nla_tracks[" + t + "].strips[" + s + "]",
                                    "flagged as tweak user outside tweak mode");
                        }
                    }
                }
            }
        }

        void strip(NlaStrip s, String path) {
            finite(path, "frame_start", s.frameStart());
            finite(path, "frame_end", s.frameEnd());
            finite(path, "action_frame_start", s.actionFrameStart());
            finite(path, "action_frame_end", s.actionFrameEnd());
            finite(path, "scale", s.scale());
            finite(path, "repeat", s.repeat());
            finite(path, "blend_in", s.blendIn());
            finite(path, "blend_out", s.blendOut());
            finite(path, "influence", s.influence());
            if (s.frameEnd() < s.frameStart()) {
                add(Rule.FRAME_RANGE, path, "frame_end " + s.frameEnd() + " < frame_start " + s.frameStart());
            }
            if (s.actionFrameEnd() < s.actionFrameStart()) {
                add(Rule.FRAME_RANGE, path, "action_frame_end " + s.actionFrameEnd() + " < action_frame_start "
                        + s.actionFrameStart());
            }
            if (!(s.scale() > 0) || !(s.repeat() > 0)) {
                add(Rule.NLA_STRIPS, path, "scale " + s.scale() + " and repeat " + s.repeat() + " must be positive");
                return;
            }
            double length = (double) s.frameEnd() - s.frameStart();
            double expected = ((double) s.actionFrameEnd() - s.actionFrameStart()) * s.scale() * s.repeat();
            if (Double.isFinite(length) && Double.isFinite(expected)
                    && Math.abs(length - expected) > 1e-3 * Math.max(1, Math.abs(expected))) {
                add(Rule.NLA_STRIPS, path, "length " + length + " is not action range x scale x repeat = " + expected);
            }
        }

        void action(Action a) {
            String path = actionPath(a);
            int expected = references.getOrDefault(a, 0) + (a.useFakeUser() ? 1 : 0);
            if (a.users() != expected) {
                add(Rule.USERS, path, "users is " + a.users() + ", Blender counts " + expected + " ("
                        + references.getOrDefault(a, 0) + " references" + (a.useFakeUser() ? " + fake user" : "") + ")");
            }
            if (a.useFrameRange()) {
                finite(path, "frame_start", a.frameStart());
                finite(path, "frame_end", a.frameEnd());
                if (a.frameEnd() < a.frameStart()) {
                    add(Rule.FRAME_RANGE, path, "frame_end " + a.frameEnd() + " < frame_start " + a.frameStart());
                }
            }
            if (a.layered()) {
                Set<Integer> handles = new HashSet<>();
                Set<String> identifiers = new HashSet<>();
                int active = 0;
                for (ActionSlot slot : a.slots()) {
                    String sp = bagPath(a, slot);
                    if (slot.handle() <= 0 || !handles.add(slot.handle())) {
                        add(Rule.UNIQUE_NAMES, sp, "slot handle " + slot.handle() + " is not positive and unique");
                    }
                    if (!identifiers.add(slot.identifier())) {
                        add(Rule.UNIQUE_NAMES, sp, "another slot has the identifier " + quote(slot.identifier()));
                    }
                    if (slot.handle() > a.lastSlotHandle()) {
                        add(Rule.UNIQUE_NAMES, sp, "slot handle " + slot.handle() + " is above the action's last handle "
                                + a.lastSlotHandle() + " (a new slot could reuse it)");
                    }
                    active += slot.active() ? 1 : 0;
                    channelbag(slot.channelbag(), sp, mapped.get(a));
                }
                if (active > 1) {
                    add(Rule.SELECTION, path, active + " active slots");
                }
            } else {
                channelbag(a.channelbag(), path, mapped.get(a));
            }
        }

        void channelbag(Channelbag bag, String path, NlaStrip mapping) {
            Map<ActionGroup, Integer> groupIndex = new IdentityHashMap<>();
            Set<String> groupNames = new HashSet<>();
            int activeGroups = 0;
            for (int g = 0; g < bag.groups().size(); g++) {
                ActionGroup group = bag.groups().get(g);
                groupIndex.put(group, g);
                if (!groupNames.add(group.name())) {
                    add(Rule.UNIQUE_NAMES, path + ".groups[" + g + "]", "another group has the name " + quote(group.name()));
                }
                activeGroups += group.active() ? 1 : 0;
            }
            if (activeGroups > 1) {
                add(Rule.SELECTION, path, activeGroups + " active groups");
            }
            Set<String> keys = new HashSet<>();
            Set<ActionGroup> closed = Collections.newSetFromMap(new IdentityHashMap<>());
            ActionGroup current = null;
            boolean ungroupedSeen = false;
            int activeCurves = 0;
            for (FCurve c : bag.fcurves()) {
                String cp = curvePath(path, c);
                if (!keys.add(c.dataPath() + "\u0000" + c.arrayIndex())) {
                    add(Rule.UNIQUE_NAMES, cp, "another F-Curve animates the same data path and index");
                }
                activeCurves += c.active() ? 1 : 0;
                ActionGroup g = c.group();
                if (g != null && !groupIndex.containsKey(g)) {
                    add(Rule.GROUPS, cp, "its group " + quote(g.name()) + " is not a group of its channel bag");
                } else if (g == null) {
                    ungroupedSeen = true;
                    if (current != null) {
                        closed.add(current);
                        current = null;
                    }
                } else if (g != current) {
                    if (ungroupedSeen) {
                        add(Rule.GROUPS, cp, "grouped (" + quote(g.name()) + ") after an ungrouped F-Curve");
                    } else if (closed.contains(g)) {
                        add(Rule.GROUPS, cp, "the F-Curves of group " + quote(g.name()) + " are not contiguous");
                    } else if (current != null && groupIndex.get(current) > groupIndex.get(g)) {
                        add(Rule.GROUPS, cp, "group " + quote(g.name()) + " comes before group " + quote(current.name())
                                + " in the group order but its F-Curves come after");
                    }
                    if (current != null) {
                        closed.add(current);
                    }
                    current = g;
                }
                fcurve(c, cp, mapping);
            }
            if (activeCurves > 1) {
                add(Rule.SELECTION, path, activeCurves + " active F-Curves");
            }
        }

        void fcurve(FCurve c, String path, NlaStrip mapping) {
            int n = c.size();
            int active = c.activeKeyframeIndex();
            if (active < -1 || (!staleActiveKeyframe && active >= n)) {
                add(Rule.ACTIVE_KEYFRAME, path, "active_keyframe_index " + active + " with " + n + " keys");
            }
            for (FModifier m : c.modifiers()) {
                modifier(m, path + ".modifiers[" + c.modifiers().indexOf(m) + "]");
            }
            boolean sorted = true;
            boolean finite = true;
            for (int i = 0; i < n; i++) {
                String kp = path + ".keyframes[" + i + "]";
                float x = c.x(i);
                float[] values = {x, c.y(i), c.leftX(i), c.leftY(i), c.rightX(i), c.rightY(i), c.back(i), c.amplitude(i),
                    c.period(i)};
                String[] names = {"co.x", "co.y", "handle_left.x", "handle_left.y", "handle_right.x", "handle_right.y",
                    "back", "amplitude", "period"};
                for (int f = 0; f < values.length; f++) {
                    if (!Float.isFinite(values[f])) {
                        finite = false;
                        boolean coincident = (i > 0 && c.x(i - 1) == x) || (i + 1 < n && c.x(i + 1) == x);
                        add(Rule.FINITE, kp, names[f] + " is " + values[f] + (coincident ? " " + COINCIDENT : ""));
                    }
                }
                if (i > 0 && c.x(i - 1) > x) {
                    sorted = false;
                    add(Rule.KEYS_SORTED, kp, "frame " + x + " comes after frame " + c.x(i - 1));
                }
                if (!(c.leftX(i) <= x) || !(x <= c.rightX(i))) {
                    float by = Math.max(c.leftX(i) - x, x - c.rightX(i));
                    add(Rule.HANDLE_ORDER, kp, "handles out of order: left.x " + c.leftX(i) + ", key.x " + x
                            + ", right.x " + c.rightX(i) + (by < roundingLimit(c) ? " " + BY_ROUNDING : ""));
                }
            }
            if (sorted && finite && updated.contains(c) && withinPrecision(c)) {
                recalculated(c, path, mapping);
            }
        }

        /**
         * Compares the automatic handles with a fresh recalculation in action time, or, for a curve
         * shown through an NLA strip, in scene time: Blender's editing tools map such a curve to
         * scene time, edit and recalculate it there, and map it back
         * ({@code ANIM_nla_mapping_apply_fcurve}), which differs where the recalculation is not
         * invariant under scaling time (coincident keys, whose zero distance counts as one frame).
         */
        void recalculated(FCurve c, String path, NlaStrip mapping) {
            FCurve fresh = c.copy(false);
            Handles.recalculate(fresh);
            if (mapping != null && !matches(c, fresh)) {
                FCurve inScene = c.copy(false);
                remap(inScene, mapping, true);
                Handles.recalculate(inScene);
                remap(inScene, mapping, false);
                if (matches(c, inScene)) {
                    return;
                }
            }
            for (int i = 0; i < c.size(); i++) {
                if (automatic(c.handleLeft(i))) {
                    compare(path + ".keyframes[" + i + "].handle_left", c.handleLeft(i), c.leftX(i), c.leftY(i),
                            fresh.leftX(i), fresh.leftY(i));
                }
                if (automatic(c.handleRight(i))) {
                    compare(path + ".keyframes[" + i + "].handle_right", c.handleRight(i), c.rightX(i), c.rightY(i),
                            fresh.rightX(i), fresh.rightY(i));
                }
            }
        }

        boolean matches(FCurve c, FCurve fresh) {
            for (int i = 0; i < c.size(); i++) {
                if (automatic(c.handleLeft(i)) && !(close(c.leftX(i), fresh.leftX(i)) && close(c.leftY(i), fresh.leftY(i)))) {
                    return false;
                }
                if (automatic(c.handleRight(i))
                        && !(close(c.rightX(i), fresh.rightX(i)) && close(c.rightY(i), fresh.rightY(i)))) {
                    return false;
                }
            }
            return true;
        }

        void compare(String path, HandleType type, float x, float y, float fx, float fy) {
            if (!close(x, fx) || !close(y, fy)) {
                add(Rule.HANDLES_RECALCULATED, path, type + " handle at (" + x + ", " + y
                        + ") but recalculating the curve puts it at (" + fx + ", " + fy + ")");
            }
        }

        boolean close(float a, float b) {
            float scale = Math.max(1f, Math.max(Math.abs(a), Math.abs(b)));
            return Math.abs(a - b) <= handleTolerance * scale;
        }

        void modifier(FModifier m, String path) {
            finite(path, "frame_start", m.frameStart());
            finite(path, "frame_end", m.frameEnd());
            finite(path, "blend_in", m.blendIn());
            finite(path, "blend_out", m.blendOut());
            finite(path, "influence", m.influence());
            if (m instanceof GenericModifier) {
                genericFinite(((GenericModifier) m).properties(), path);
            } else if (!(m instanceof CyclesModifier)) {
                add(Rule.FINITE, path, "unknown modifier class " + m.getClass().getName() + " (cannot check its floats)");
            }
        }

        void genericFinite(Object value, String path) {
            if (value instanceof Float || value instanceof Double) {
                double d = ((Number) value).doubleValue();
                if (!Double.isFinite(d)) {
                    add(Rule.FINITE, path, "is " + d);
                }
            } else if (value instanceof List) {
                List<?> list = (List<?>) value;
                for (int i = 0; i < list.size(); i++) {
                    genericFinite(list.get(i), path + "[" + i + "]");
                }
            } else if (value instanceof Map) {
                for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                    genericFinite(e.getValue(), path + "." + e.getKey());
                }
            }
        }
    }

    /** Maps every key and handle of a (detached) curve between action and scene time (spec 2.4). */
    static void remap(FCurve c, NlaStrip strip, boolean toScene) {
        for (int i = 0; i < c.size(); i++) {
            c.setX(i, map(strip, c.x(i), toScene));
            c.setLeft(i, map(strip, c.leftX(i), toScene), c.leftY(i));
            c.setRight(i, map(strip, c.rightX(i), toScene), c.rightY(i));
        }
    }

    private static float map(NlaStrip strip, float t, boolean toScene) {
        return toScene ? NlaMapping.toScene(strip, t) : NlaMapping.toAction(strip, t);
    }

    static boolean automatic(HandleType t) {
        return t == HandleType.AUTO || t == HandleType.AUTO_CLAMPED || t == HandleType.VECTOR;
    }

    /**
     * What a handle recalculation of each F-Curve of a document reads, hashed per curve: key
     * positions, handle positions and types, extrapolation, auto smoothing and the modifier stack
     * (Cycles). Take one before an invocation and ask {@link #changedCurves} afterwards: Blender
     * recalculates the handles of every curve whose keys an editing operator changes
     * ({@code ANIM_animdata_update} with {@code ANIM_UPDATE_HANDLES}); the operators that skip it
     * ({@code interpolation_type}, {@code easing_type}) change nothing a recalculation reads.
     * Selection is left out on purpose: the selection tools change it without recalculating.
     */
    public static final class CurveInputs {
        private final Map<FCurve, Long> hashes = new IdentityHashMap<>();

        private CurveInputs() {
        }

        /** The inputs of every F-Curve of the document. */
        public static CurveInputs of(Document d) {
            CurveInputs in = new CurveInputs();
            for (Action a : d.actions()) {
                for (Channelbag b : a.channelbags()) {
                    for (FCurve c : b.fcurves()) {
                        in.hashes.put(c, hash(c));
                    }
                }
            }
            return in;
        }

        /**
         * The curves of the document that existed when this was taken and whose inputs changed
         * since (new curves are not included: a copied action's curves are as their source left
         * them).
         */
        public List<FCurve> changedCurves(Document d) {
            List<FCurve> out = new ArrayList<>();
            for (Action a : d.actions()) {
                for (Channelbag b : a.channelbags()) {
                    for (FCurve c : b.fcurves()) {
                        Long before = hashes.get(c);
                        if (before != null && before != hash(c)) {
                            out.add(c);
                        }
                    }
                }
            }
            return out;
        }

        /** Number of curves recorded. */
        public int size() {
            return hashes.size();
        }

        static long hash(FCurve c) {
            long h = 1125899906842597L;
            h = 31 * h + c.size();
            h = 31 * h + c.extrapolation().ordinal();
            h = 31 * h + c.autoSmoothing().ordinal();
            for (FModifier m : c.modifiers()) {
                h = 31 * h + m.type().hashCode();
                h = 31 * h + (m.mute() ? 1 : 0) + (m.useRestrictedRange() ? 2 : 0) + (m.useInfluence() ? 4 : 0);
                h = 31 * h + Float.floatToIntBits(m.influence());
                if (m instanceof CyclesModifier) {
                    CyclesModifier cm = (CyclesModifier) m;
                    h = 31 * h + cm.modeBefore().ordinal() * 7 + cm.modeAfter().ordinal();
                    h = 31 * h + cm.cyclesBefore() * 131 + cm.cyclesAfter();
                }
            }
            for (int i = 0; i < c.size(); i++) {
                h = 31 * h + Float.floatToIntBits(c.x(i));
                h = 31 * h + Float.floatToIntBits(c.y(i));
                h = 31 * h + Float.floatToIntBits(c.leftX(i));
                h = 31 * h + Float.floatToIntBits(c.leftY(i));
                h = 31 * h + Float.floatToIntBits(c.rightX(i));
                h = 31 * h + Float.floatToIntBits(c.rightY(i));
                h = 31 * h + c.handleLeft(i).ordinal() * 8 + c.handleRight(i).ordinal();
            }
            return h;
        }
    }

    /** Counts violations by rule (for reports). */
    public static Map<Rule, Integer> countByRule(Collection<Violation> violations) {
        Map<Rule, Integer> out = new HashMap<>();
        for (Violation v : violations) {
            out.merge(v.rule(), 1, Integer::sum);
        }
        return out;
    }
}
