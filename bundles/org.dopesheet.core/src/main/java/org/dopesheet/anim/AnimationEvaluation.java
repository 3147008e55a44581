package org.dopesheet.anim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dopesheet.anim.AnimatableProperties.MixMode;
import org.dopesheet.anim.AnimatableProperties.Property;
import org.dopesheet.model.Action;
import org.dopesheet.model.AnimData;
import org.dopesheet.model.BlendType;
import org.dopesheet.model.Channelbag;
import org.dopesheet.model.CyclesModifier;
import org.dopesheet.model.Document;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.FModifier;
import org.dopesheet.model.NlaExtrapolation;
import org.dopesheet.model.NlaStrip;
import org.dopesheet.model.NlaTrack;
import org.dopesheet.model.PropertyValue;
import org.dopesheet.model.SceneObject;
import org.dopesheet.model.StripType;

/**
 * What Blender's depsgraph animation evaluation ({@code BKE_animsys_evaluate_animdata} with
 * {@code animsys_calculate_nla}, {@code anim_sys.c} of 3.4) writes into an object's animated
 * properties at a frame: the assigned action directly, or the NLA stack (strip time mapping with
 * action range, scale, repeat and reverse; HOLD / HOLD_FORWARD / NOTHING extrapolation;
 * REPLACE, COMBINE, ADD, SUBTRACT and MULTIPLY blending; influence from blend in/out; muted and
 * solo tracks; tweak mode with the tweaked strip evaluated in place and disabled tracks skipped;
 * transition strips) with the active action evaluated on top as the action track.
 * <p>
 * {@link #refresh(Document)} stores the result in every object's
 * {@link SceneObject#properties() properties}: one entry per F-Curve of the assigned action and
 * then of the NLA strips' actions (bottom track first), first occurrence of each path and index,
 * only paths that resolve (the order Blender's recorded states list them in). Channels the
 * evaluation does not write keep their previous value (or the RNA default when there is none),
 * as in Blender, where an un-evaluated property keeps whatever it held.
 * <p>
 * Not modelled (and therefore not evaluated): drivers, strip F-Curves ("animated influence" /
 * "animated strip time": a strip's stored {@link NlaStrip#influence() influence} is ignored, as
 * Blender ignores it unless animated), strip modifiers, meta-strip contents, and F-Curve
 * modifiers other than Cycles: a curve carrying an active modifier of another type is not
 * evaluated, so its property keeps its value instead of receiving a wrong one.
 */
public final class AnimationEvaluation {
    private static final float FLT_EPSILON = 1.1920929e-7f;
    private static final float MINAFRAMEF = -1048574.0f;
    private static final float MAXFRAMEF = 1048574.0f;
    /** {@code NES_TIME_BEFORE}, {@code NES_TIME_WITHIN}, {@code NES_TIME_AFTER}. */
    private static final int BEFORE = -1, WITHIN = 0, AFTER = 1;

    private AnimationEvaluation() {
    }

    /**
     * Evaluates the animation of every object of {@code doc} at the scene's current frame
     * (plus sub-frame) and stores the values in the objects' property lists.
     */
    public static void refresh(Document doc) {
        float ctime = (float) doc.scene().frameCurrent() + doc.scene().subframe();
        for (SceneObject o : doc.objects()) {
            refresh(o, ctime);
        }
    }

    /** Evaluates {@code object} at {@code ctime} and stores its property list (when it changed). */
    public static void refresh(SceneObject object, float ctime) {
        List<PropertyValue> list = animatedProperties(object, ctime);
        if (!list.equals(object.properties())) {
            object.setProperties(list);
        }
    }

    /**
     * The property list {@link #refresh} stores for {@code object} at {@code ctime}: every
     * resolvable path and index animated by its action or NLA strips, with the evaluated value,
     * or the current value (RNA default when absent) where the evaluation writes nothing.
     */
    public static List<PropertyValue> animatedProperties(SceneObject object, float ctime) {
        Map<String, Float> written = new HashMap<>();
        for (PropertyValue v : evaluate(object, ctime)) {
            written.put(key(object, v.dataPath(), v.arrayIndex()), v.value());
        }
        List<PropertyValue> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        AnimData adt = object.animationData();
        if (adt == null) {
            return out;
        }
        List<Channelbag> bags = new ArrayList<>();
        if (adt.action() != null) {
            bags.add(adt.channelbag());
        }
        for (NlaTrack track : adt.tracks()) {
            for (NlaStrip strip : track.strips()) {
                if (strip.action() != null) {
                    bags.add(stripBag(adt, strip.action()));
                }
            }
        }
        for (Channelbag bag : bags) {
            if (bag == null) {
                continue;
            }
            for (FCurve fcu : bag.fcurves()) {
                String path = fcu.dataPath();
                int index = fcu.arrayIndex();
                if (!AnimatableProperties.resolve(object, path, index)) {
                    continue;
                }
                String k = key(object, path, index);
                if (!seen.add(k)) {
                    continue;
                }
                Float value = written.get(k);
                if (value == null) {
                    PropertyValue current = object.property(path, index);
                    value = current != null ? current.value()
                            : AnimatableProperties.defaultValue(object, path, index);
                }
                out.add(new PropertyValue(path, index, value));
            }
        }
        return out;
    }

    /**
     * The values Blender's animation evaluation writes for {@code object} at {@code ctime}, in
     * write order (for the NLA: one entry per element of the evaluation domain; a direct action
     * evaluation writes one entry per evaluated F-Curve, later curves overriding earlier ones).
     */
    public static List<PropertyValue> evaluate(SceneObject object, float ctime) {
        AnimData adt = object.animationData();
        List<PropertyValue> out = new ArrayList<>();
        if (adt == null) {
            return out;
        }
        if (!adt.tracks().isEmpty() && adt.useNla()) {
            NlaEval eval = new NlaEval(object);
            if (eval.evaluateForFlush(adt, ctime)) {
                eval.domain(adt);
                eval.flush(out);
                return out;
            }
        }
        if (adt.action() != null) {
            evaluateAction(object, adt.channelbag(), ctime, out);
        }
        return out;
    }

    /** Blender's {@code animsys_evaluate_action}: every evaluatable, resolvable curve. */
    private static void evaluateAction(SceneObject object, Channelbag bag, float ctime, List<PropertyValue> out) {
        if (bag == null) {
            return;
        }
        for (FCurve fcu : bag.fcurves()) {
            if (!isEvaluatable(fcu) || !AnimatableProperties.resolve(object, fcu.dataPath(), fcu.arrayIndex())) {
                continue;
            }
            out.add(new PropertyValue(fcu.dataPath(), fcu.arrayIndex(), FCurveEvaluation.evaluate(fcu, ctime)));
        }
    }

    /**
     * Blender's {@code is_fcurve_evaluatable}: not muted, group not muted, not empty; and (a
     * limit of this platform) no active modifier that cannot be evaluated.
     */
    static boolean isEvaluatable(FCurve fcu) {
        if (fcu.mute() || (fcu.group() != null && fcu.group().mute()) || Keyframes.isEmpty(fcu)) {
            return false;
        }
        for (FModifier m : fcu.modifiers()) {
            if (!m.mute() && !(m instanceof CyclesModifier)) {
                return false;
            }
        }
        return true;
    }

    private static Channelbag stripBag(AnimData adt, Action action) {
        Channelbag bag = action.channelbag(adt.slotHandle());
        return bag != null ? bag : action.channelbag();
    }

    private static String key(SceneObject object, String path, int index) {
        String bone = AnimatableProperties.boneName(path);
        Property p = AnimatableProperties.lookup(object, path);
        String canonical = bone != null && p != null ? AnimatableProperties.bonePath(bone, p.name()) : path;
        return canonical + '\u0000' + index;
    }

    private static boolean isEqF(float a, float b) {
        return Math.abs(a - b) < FLT_EPSILON;
    }

    /**
     * Blender's {@code calc_action_range}: first/last key frames over all curves, widened by the
     * last modifier of each curve when {@code inclModifiers} (Cycles: infinite on its active
     * sides; any other type: infinite), at least one frame long; 0..1 without keys.
     */
    static float[] actionRange(Channelbag bag, boolean inclModifiers) {
        float min = 999999999.0f;
        float max = -999999999.0f;
        boolean found = false;
        if (bag != null) {
            for (FCurve fcu : bag.fcurves()) {
                if (fcu.size() > 0) {
                    min = Math.min(min, fcu.x(0));
                    max = Math.max(max, fcu.x(fcu.size() - 1));
                    found = true;
                }
                List<FModifier> mods = fcu.modifiers();
                if (inclModifiers && !mods.isEmpty()) {
                    FModifier last = mods.get(mods.size() - 1);
                    if (last instanceof CyclesModifier) {
                        CyclesModifier c = (CyclesModifier) last;
                        if (c.modeBefore() != org.dopesheet.model.CyclesMode.NONE) {
                            min = MINAFRAMEF;
                        }
                        if (c.modeAfter() != org.dopesheet.model.CyclesMode.NONE) {
                            max = MAXFRAMEF;
                        }
                    } else if (!"LIMITS".equals(last.type())) {
                        min = MINAFRAMEF;
                        max = MAXFRAMEF;
                    }
                    found = true;
                }
            }
        }
        if (found) {
            if (min == max) {
                max += 1.0f;
            }
            return new float[] {Math.max(min, MINAFRAMEF), Math.min(max, MAXFRAMEF)};
        }
        return new float[] {0.0f, 1.0f};
    }

    /** An NLA strip as evaluation sees it (a view of a model strip, or a virtual strip). */
    private static final class EvStrip {
        StripType type = StripType.CLIP;
        Channelbag bag;
        boolean hasAction;
        float start, end, actstart, actend, scale = 1, repeat = 1, blendin, blendout, influence;
        BlendType blend = BlendType.REPLACE;
        NlaExtrapolation extend = NlaExtrapolation.HOLD;
        boolean reverse, userInfluence, noTimeMap, muted;
        EvStrip prev, next;
        /** Evaluated controls ({@code strip_time}, {@code influence} of the evaluated strip). */
        float stripTime, evalInfluence;

        static EvStrip of(AnimData adt, NlaStrip s) {
            EvStrip e = new EvStrip();
            e.type = s.type();
            e.hasAction = s.action() != null;
            e.bag = e.hasAction ? stripBag(adt, s.action()) : null;
            e.start = s.frameStart();
            e.end = s.frameEnd();
            e.actstart = s.actionFrameStart();
            e.actend = s.actionFrameEnd();
            e.scale = s.scale();
            e.repeat = s.repeat();
            e.blend = s.blendType();
            e.extend = s.extrapolation();
            e.blendin = s.blendIn();
            e.blendout = s.blendOut();
            e.reverse = s.useReverse();
            e.influence = s.influence();
            e.muted = s.mute();
            return e;
        }
    }

    /** An evaluation channel: one resolved property ({@code NlaEvalChannel}). */
    private static final class Channel {
        final String path;
        final Property prop;
        final int index;
        final float[] base;
        final boolean[] domain;

        Channel(String path, Property prop, int index) {
            this.path = path;
            this.prop = prop;
            this.index = index;
            this.base = new float[prop.arrayLength()];
            for (int i = 0; i < base.length; i++) {
                base[i] = prop.nlaDefault(i);
            }
            this.domain = new boolean[prop.arrayLength()];
        }
    }

    /** Channel values of one blending state ({@code NlaEvalSnapshot}), falling back to a base. */
    private static final class Snap {
        final Snap base;
        float[][] values = new float[16][];
        boolean[][] blend = new boolean[16][];

        Snap(Snap base) {
            this.base = base;
        }

        float[] get(Channel ch) {
            return ch.index < values.length ? values[ch.index] : null;
        }

        boolean[] blendOf(Channel ch) {
            return blend[ch.index];
        }

        static float[] find(Snap s, Channel ch) {
            for (; s != null; s = s.base) {
                float[] v = s.get(ch);
                if (v != null) {
                    return v;
                }
            }
            return ch.base;
        }

        float[] ensure(Channel ch) {
            if (ch.index >= values.length) {
                int cap = Math.max(values.length * 2, ch.index + 1);
                values = Arrays.copyOf(values, cap);
                blend = Arrays.copyOf(blend, cap);
            }
            if (values[ch.index] == null) {
                values[ch.index] = find(base, ch).clone();
                blend[ch.index] = new boolean[ch.base.length];
            }
            return values[ch.index];
        }
    }

    /** One NLA evaluation ({@code NlaEvalData}) of one object. */
    private static final class NlaEval {
        private final SceneObject object;
        private final Map<String, Channel> byKey = new LinkedHashMap<>();
        private final Map<String, Channel> byPath = new HashMap<>();
        private final Set<String> unresolved = new HashSet<>();
        private final List<Channel> channels = new ArrayList<>();
        private final Snap evalSnapshot = new Snap(null);

        NlaEval(SceneObject object) {
            this.object = object;
        }

        /** {@code nlaevalchan_verify}: the channel of a path, created on first use; null if unresolvable. */
        Channel verify(String path) {
            Channel ch = byPath.get(path);
            if (ch != null || unresolved.contains(path)) {
                return ch;
            }
            Property p = AnimatableProperties.lookup(object, path);
            if (p == null) {
                unresolved.add(path);
                return null;
            }
            String bone = AnimatableProperties.boneName(path);
            String k = bone != null ? AnimatableProperties.bonePath(bone, p.name()) : p.name();
            ch = byKey.get(k);
            if (ch == null) {
                ch = new Channel(path, p, channels.size());
                byKey.put(k, ch);
                channels.add(ch);
            }
            byPath.put(path, ch);
            return ch;
        }

        /** {@code animsys_evaluate_nla_for_flush}; false means "evaluate the action as if there were no NLA". */
        boolean evaluateForFlush(AnimData adt, float ctime) {
            boolean tweaking = adt.useTweakMode();
            NlaTrack tweakedTrack = null;
            for (NlaTrack t : adt.tracks()) {
                if (t.disabled()) {
                    tweakedTrack = t;
                    break;
                }
            }
            List<Nes> estrips = new ArrayList<>();
            boolean hasStrips = false;
            for (NlaTrack track : adt.tracks()) {
                if (!isTrackEvaluatable(adt, track, tweaking)) {
                    continue;
                }
                if (!track.strips().isEmpty()) {
                    hasStrips = true;
                }
                Nes nes;
                if (track == tweakedTrack) {
                    if (adt.activeStrip() == null) {
                        continue;
                    }
                    nes = ctimeGetStrip(List.of(tweakStrip(adt)), ctime);
                } else {
                    nes = ctimeGetStrip(trackStrips(adt, track), ctime);
                }
                if (nes != null) {
                    estrips.add(nes);
                }
            }
            if (adt.action() != null && !hasStrips && !adt.nlaSolo() && !tweaking) {
                return false;
            }
            Nes actionNes = ctimeGetStrip(List.of(actionTrackStrip(adt, tweaking)), ctime);
            if (actionNes != null) {
                estrips.add(actionNes);
            }
            for (Nes nes : estrips) {
                evaluateStrip(nes, evalSnapshot, 0);
            }
            return true;
        }

        private static boolean isTrackEvaluatable(AnimData adt, NlaTrack track, boolean tweaking) {
            boolean containsTweakStrip = tweaking && adt.activeTrack() == track;
            if (track.disabled() && !containsTweakStrip) {
                return false;
            }
            if (adt.nlaSolo()) {
                return track.isSolo();
            }
            return !track.mute();
        }

        private static List<EvStrip> trackStrips(AnimData adt, NlaTrack track) {
            List<EvStrip> list = new ArrayList<>();
            EvStrip prev = null;
            for (NlaStrip s : track.strips()) {
                EvStrip e = EvStrip.of(adt, s);
                e.prev = prev;
                if (prev != null) {
                    prev.next = e;
                }
                list.add(e);
                prev = e;
            }
            return list;
        }

        /**
         * {@code animsys_create_tweak_strip}: the tweaked strip alone (no neighbours), its bounds
         * re-synchronised to the action when it syncs length.
         */
        private static EvStrip tweakStrip(AnimData adt) {
            NlaStrip s = adt.activeStrip();
            EvStrip e = EvStrip.of(adt, s);
            if (s.useSyncLength() && e.type == StripType.CLIP && s.action() != null) {
                float prevActstart = e.actstart;
                Action act = s.action();
                float rs;
                float re;
                if (act.useFrameRange()) {
                    rs = act.frameStart();
                    re = act.frameEnd();
                } else {
                    float[] r = actionRange(e.bag, false);
                    rs = r[0];
                    re = r[1];
                }
                if (rs >= re) {
                    re = rs + 1.0f;
                }
                e.actstart = rs;
                e.actend = re;
                e.start += (e.actstart - prevActstart) * e.scale;
                float actlen = e.actend - e.actstart;
                if (isEqF(actlen, 0.0f)) {
                    actlen = 1.0f;
                }
                float mapping = e.scale * e.repeat;
                if (!isEqF(mapping, 0.0f)) {
                    e.end = (actlen * mapping) + e.start;
                }
            }
            return e;
        }

        /** {@code animsys_create_action_track_strip}: the active action as the top strip. */
        private static EvStrip actionTrackStrip(AnimData adt, boolean tweaking) {
            Action action = tweaking ? adt.tweakStoredAction() : adt.action();
            EvStrip e = new EvStrip();
            e.hasAction = action != null;
            e.bag = action == null ? null : stripBag(adt, action);
            float[] range = actionRange(e.bag, true);
            e.actstart = range[0];
            e.actend = range[1];
            e.start = e.actstart;
            e.end = isEqF(e.actstart, e.actend) ? e.actstart + 1.0f : e.actend;
            e.blend = adt.actionBlendType();
            e.extend = adt.actionExtrapolation();
            e.influence = adt.actionInfluence();
            e.userInfluence = true;
            e.noTimeMap = e.extend != NlaExtrapolation.NOTHING;
            boolean evaluated = action != null && !adt.nlaSolo() && !tweaking;
            e.muted = !evaluated;
            return e;
        }

        /** An evaluated strip ({@code NlaEvalStrip}). */
        private record Nes(EvStrip strip, int side) {
        }

        /** Blender's {@code nlastrips_ctime_get_strip}: the strip of a list acting at {@code ctime}. */
        private Nes ctimeGetStrip(List<EvStrip> strips, float ctime) {
            EvStrip estrip = null;
            int side = WITHIN;
            for (int i = 0; i < strips.size(); i++) {
                EvStrip strip = strips.get(i);
                if ((ctime >= strip.start && ctime <= strip.end) || strip.noTimeMap) {
                    estrip = strip;
                    side = WITHIN;
                    break;
                }
                if (ctime < strip.start) {
                    if (i == 0) {
                        if (strip.extend == NlaExtrapolation.HOLD) {
                            estrip = strip;
                        }
                        side = BEFORE;
                    } else {
                        EvStrip prev = strips.get(i - 1);
                        if (prev.extend != NlaExtrapolation.NOTHING) {
                            estrip = prev;
                        }
                        side = AFTER;
                    }
                    break;
                }
                if (ctime > strip.end && i == strips.size() - 1) {
                    if (strip.extend != NlaExtrapolation.NOTHING) {
                        estrip = strip;
                    }
                    side = AFTER;
                    break;
                }
            }
            if (estrip == null || estrip.muted) {
                return null;
            }
            if (side == BEFORE) {
                ctime = estrip.start;
            } else if (side == AFTER) {
                ctime = estrip.end;
            }
            evaluateControls(estrip, ctime);
            if (estrip.evalInfluence <= 0.0f) {
                return null;
            }
            switch (estrip.type) {
                case CLIP:
                    if (!estrip.hasAction) {
                        return null;
                    }
                    break;
                case TRANSITION:
                    if (estrip.prev == null || estrip.next == null) {
                        return null;
                    }
                    evaluateControls(estrip.prev, estrip.start);
                    evaluateControls(estrip.next, estrip.end);
                    break;
                default:
                    break;
            }
            return new Nes(estrip, side);
        }

        /** Blender's {@code nlastrip_evaluate_controls}: influence and strip time at {@code ctime}. */
        private static void evaluateControls(EvStrip strip, float ctime) {
            strip.evalInfluence = strip.userInfluence ? strip.influence : stripInfluence(strip, ctime);
            strip.stripTime = strip.noTimeMap ? ctime : stripFrame(strip, ctime);
        }

        /** Blender's {@code nlastrip_get_influence}: blend in/out ramps. */
        private static float stripInfluence(EvStrip strip, float cframe) {
            float blendin = Math.abs(strip.blendin);
            float blendout = Math.abs(strip.blendout);
            if (!isEqF(blendin, 0.0f) && cframe <= strip.start + blendin) {
                return Math.abs(cframe - strip.start) / blendin;
            }
            if (!isEqF(blendout, 0.0f) && cframe >= strip.end - blendout) {
                return Math.abs(strip.end - cframe) / blendout;
            }
            return 1.0f;
        }

        /** Blender's {@code nlastrip_get_frame} in EVAL mode. */
        private static float stripFrame(EvStrip strip, float cframe) {
            if (strip.type == StripType.TRANSITION || strip.type == StripType.META) {
                float length = strip.end - strip.start;
                if (strip.reverse) {
                    return (strip.end - cframe) / length;
                }
                return (cframe - strip.start) / length;
            }
            return NlaTime.evalActionClip(strip.start, strip.end, strip.actstart, strip.actend, strip.scale,
                    strip.repeat, strip.reverse, cframe);
        }

        /** Blender's {@code nlastrip_evaluate} (STRIP_EVAL_BLEND). */
        private void evaluateStrip(Nes nes, Snap snapshot, int depth) {
            EvStrip strip = nes.strip;
            if (depth > 8) {
                return;
            }
            switch (strip.type) {
                case CLIP:
                    blendActionClip(strip, snapshot, snapshot);
                    break;
                case TRANSITION: {
                    EvStrip s1 = strip.reverse ? strip.next : strip.prev;
                    EvStrip s2 = strip.reverse ? strip.prev : strip.next;
                    Snap snap1 = new Snap(snapshot);
                    evaluateStrip(new Nes(s1, nes.side), snap1, depth + 1);
                    Snap snap2 = new Snap(snapshot);
                    evaluateStrip(new Nes(s2, nes.side), snap2, depth + 1);
                    for (Channel ch : channels) {
                        snap2.ensure(ch);
                        Arrays.fill(snap2.blendOf(ch), true);
                    }
                    blend(snap1, snap2, BlendType.REPLACE, strip.stripTime, snapshot);
                    break;
                }
                default:
                    // Meta strips (no contents in the model) and sound strips animate nothing.
                    break;
            }
        }

        private void blendActionClip(EvStrip strip, Snap lower, Snap result) {
            if (strip.bag == null) {
                return;
            }
            Snap stripSnapshot = new Snap(null);
            fromAction(strip.bag, strip.stripTime, stripSnapshot);
            blend(lower, stripSnapshot, strip.blend, strip.evalInfluence, result);
        }

        /** Blender's {@code nlasnapshot_from_action}: the action's curve values at {@code evaltime}. */
        private void fromAction(Channelbag bag, float evaltime, Snap snapshot) {
            for (FCurve fcu : bag.fcurves()) {
                if (!isEvaluatable(fcu)) {
                    continue;
                }
                Channel ch = verify(fcu.dataPath());
                if (ch == null) {
                    continue;
                }
                int idx = fcu.arrayIndex();
                if (idx < 0 || idx >= ch.base.length) {
                    continue;
                }
                float[] values = snapshot.ensure(ch);
                values[idx] = FCurveEvaluation.evaluate(fcu, evaltime);
                boolean[] blendDomain = snapshot.blendOf(ch);
                if (ch.prop.mixMode() == MixMode.QUATERNION) {
                    Arrays.fill(blendDomain, true);
                } else {
                    blendDomain[idx] = true;
                }
            }
        }

        /** Blender's {@code nlasnapshot_blend}: blends {@code upper} onto {@code lower} into {@code result}. */
        private void blend(Snap lower, Snap upper, BlendType mode, float influence, Snap result) {
            for (Channel ch : channels) {
                float[] up = upper.get(ch);
                float[] lo = lower.get(ch);
                if (up == null && lo == null) {
                    continue;
                }
                if (lo == null) {
                    lo = Snap.find(lower.base, ch);
                }
                boolean[] upBlend = up == null ? null : upper.blendOf(ch);
                float[] lowerValues = lo.clone();
                float[] res = result.ensure(ch);
                NlaBlend.blendOrCombine(ch.prop.mixMode(), ch.base, lowerValues, up, upBlend, mode, influence, res);
            }
        }

        /**
         * Blender's {@code animsys_evaluate_nla_domain}: every channel animated by the active
         * action or by the strips of enabled tracks, so channels not evaluated at this frame
         * are reset to their default.
         */
        void domain(AnimData adt) {
            Set<Channelbag> touched = new HashSet<>();
            if (adt.action() != null) {
                domainOf(adt.channelbag(), touched);
            }
            for (NlaTrack track : adt.tracks()) {
                if (adt.nlaSolo() ? !track.isSolo() : track.mute()) {
                    continue;
                }
                for (NlaStrip s : track.strips()) {
                    if (s.action() != null) {
                        domainOf(stripBag(adt, s.action()), touched);
                    }
                }
            }
        }

        private void domainOf(Channelbag bag, Set<Channelbag> touched) {
            if (bag == null || !touched.add(bag)) {
                return;
            }
            for (FCurve fcu : bag.fcurves()) {
                if (!isEvaluatable(fcu)) {
                    continue;
                }
                Channel ch = verify(fcu.dataPath());
                if (ch == null) {
                    continue;
                }
                if (ch.prop.mixMode() == MixMode.QUATERNION) {
                    Arrays.fill(ch.domain, true);
                    continue;
                }
                int idx = fcu.arrayIndex();
                if (idx >= 0 && idx < ch.domain.length) {
                    ch.domain[idx] = true;
                }
            }
        }

        /** Blender's {@code nladata_flush_channels}: the value of every domain element. */
        void flush(List<PropertyValue> out) {
            for (Channel ch : channels) {
                float[] values = Snap.find(evalSnapshot, ch);
                for (int i = 0; i < values.length; i++) {
                    if (ch.domain[i]) {
                        out.add(new PropertyValue(ch.path, i, values[i]));
                    }
                }
            }
        }
    }
}
