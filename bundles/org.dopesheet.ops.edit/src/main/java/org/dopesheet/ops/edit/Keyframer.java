package org.dopesheet.ops.edit;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dopesheet.anim.AnimatableProperties;
import org.dopesheet.anim.FCurveEvaluation;
import org.dopesheet.anim.Handles;
import org.dopesheet.anim.Keyframes;
import org.dopesheet.context.Channel;
import org.dopesheet.model.ActionGroup;
import org.dopesheet.model.AnimData;
import org.dopesheet.model.Channelbag;
import org.dopesheet.model.Document;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.FModifier;
import org.dopesheet.model.GenericModifier;
import org.dopesheet.model.KeyframeType;
import org.dopesheet.model.Preferences;
import org.dopesheet.model.PropertyValue;
import org.dopesheet.model.SceneObject;
import org.dopesheet.operator.ReportType;

/**
 * Keyframing of one channel at the current frame with the current value of its property, as
 * {@code action.keyframe_insert} does it (Blender 3.4's {@code insert_keyframe} /
 * {@code insert_keyframe_value}; the current Blender's {@code animrig::insert_keyframes}, spec
 * 3.13 and 4.5). Reports go to the global report list (they never make the operator fail).
 */
final class Keyframer {
    private static final Set<Keyframes.InsertFlag> NO_FLAGS = EnumSet.noneOf(Keyframes.InsertFlag.class);

    /** Where Blender 3.4 and the current Blender differ while keying one channel. */
    enum Rules {
        /** Blender 3.4: {@code insert_keyframe} with its own reports and the legacy "only needed" rule. */
        BLENDER_3_4,
        /** Current Blender: {@code animrig::insert_keyframes}, combined keying results, new "only needed" rule. */
        CURRENT
    }

    /** Receiver of the global reports keying makes (the window manager's list). */
    interface Reports {
        void report(ReportType type, String message);
    }

    private final Rules rules;
    private final Reports reports;
    private final Preferences prefs;
    private final KeyframeType keyType;
    private final boolean onlyNeeded;
    private final float sceneFrame;
    /** NLA keyframing contexts per object, built once per operator run as Blender's {@code nla_cache}. */
    private final Map<SceneObject, Optional<NlaKeyframing>> nlaContexts = new IdentityHashMap<>();

    /**
     * @param rules      which Blender's keying path to follow
     * @param reports    where the keying reports go
     * @param prefs      user preferences (new-key handle type and interpolation, "only insert needed")
     * @param keyType    key type of inserted keys ({@code tool_settings.keyframe_type})
     * @param sceneFrame the current scene frame
     */
    Keyframer(Rules rules, Reports reports, Preferences prefs, KeyframeType keyType, float sceneFrame) {
        this.rules = rules;
        this.reports = reports;
        this.prefs = prefs;
        this.keyType = keyType;
        this.onlyNeeded = prefs.useKeyframeInsertNeeded();
        this.sceneFrame = sceneFrame;
    }

    /**
     * Keys the curve of {@code channel}. A channel without an owning object is keyed directly
     * with the curve's own value at the frame; otherwise the property is resolved on the object
     * and its current value is keyed into the object's action.
     */
    void key(Channel channel) {
        FCurve fcu = channel.fcurve();
        float frame = channel.toAction(sceneFrame);
        SceneObject object = channel.object();
        if (object == null) {
            Keyframes.insertVert(fcu, frame, FCurveEvaluation.evaluate(fcu, frame), keyType, NO_FLAGS, prefs);
            return;
        }
        AnimatableProperties.Property property = AnimatableProperties.lookup(object, fcu.dataPath());
        if (rules == Rules.BLENDER_3_4) {
            keyLegacy(channel, object, property, frame);
        } else {
            keyCurrent(channel, object, property, frame);
        }
    }

    /**
     * Blender 3.4's {@code insert_keyframe}: resolves the path, reads the property's values, maps
     * them through the NLA (a quaternion blended by COMBINE or REPLACE forces all four elements),
     * warns about elements that cannot be mapped, and keys the channel's element (or all).
     */
    private void keyLegacy(Channel channel, SceneObject object, AnimatableProperties.Property property, float frame) {
        FCurve channelCurve = channel.fcurve();
        if (property == null) {
            reports.report(ReportType.ERROR, "Could not insert keyframe, as RNA path is invalid for the given ID (ID = "
                    + idName(object) + ", path = " + channelCurve.dataPath() + ")");
            return;
        }
        float[] values = currentValues(object, property, channelCurve.dataPath());
        boolean[] keyed = elementsToKey(object, property, channelCurve.dataPath(), values, channelCurve.arrayIndex(),
                true);
        for (int element = 0; element < values.length; element++) {
            if (keyed[element]) {
                keyElementLegacy(channel, element, values[element], frame);
            }
        }
    }

    /** Blender 3.4's {@code insert_keyframe_fcurve_value} and {@code insert_keyframe_value}. */
    private void keyElementLegacy(Channel channel, int element, float value, float frame) {
        FCurve fcu = targetCurve(channel, element);
        clearNonFloatFlags(fcu);
        if (!keyframable(fcu)) {
            reports.report(ReportType.ERROR, "F-Curve with path '" + fcu.dataPath() + "[" + fcu.arrayIndex()
                    + "]' cannot be keyframed, ensure that it is not locked or sampled, and try removing F-Modifiers");
            return;
        }
        if (!onlyNeeded) {
            Keyframes.insertVert(fcu, frame, value, keyType, NO_FLAGS, prefs);
            return;
        }
        InsertNeeded.Decision decision = InsertNeeded.legacy(fcu, frame, value);
        if (decision == InsertNeeded.Decision.DONT_ADD) {
            return;
        }
        if (Keyframes.insertVert(fcu, frame, value, keyType, NO_FLAGS, prefs) < 0) {
            return;
        }
        if (decision == InsertNeeded.Decision.ADD_DELETE_PREVIOUS) {
            Keyframes.deleteKey(fcu, fcu.size() - 2);
            Handles.recalculate(fcu);
        } else if (decision == InsertNeeded.Decision.ADD_DELETE_NEXT) {
            Keyframes.deleteKey(fcu, 1);
            Handles.recalculate(fcu);
        }
    }

    /**
     * The current Blender's {@code insert_keyframes} for the channel's path: every element of
     * the property array is visited; elements the NLA mapping leaves out (all but the channel's,
     * unless forced) count as "NLA stack" results; when nothing succeeded the combined results
     * are reported.
     */
    private void keyCurrent(Channel channel, SceneObject object, AnimatableProperties.Property property, float frame) {
        FCurve channelCurve = channel.fcurve();
        KeyingResults results = new KeyingResults();
        if (property == null) {
            results.add(KeyingResults.Kind.CANNOT_RESOLVE_PATH);
        } else {
            float[] values = currentValues(object, property, channelCurve.dataPath());
            boolean[] keyed = elementsToKey(object, property, channelCurve.dataPath(), values,
                    channelCurve.arrayIndex(), false);
            for (int element = 0; element < values.length; element++) {
                if (!keyed[element]) {
                    results.add(KeyingResults.Kind.UNABLE_TO_INSERT_TO_NLA_STACK);
                    continue;
                }
                FCurve fcu = targetCurve(channel, element);
                clearNonFloatFlags(fcu);
                if (!keyframable(fcu)) {
                    results.add(KeyingResults.Kind.FCURVE_NOT_KEYFRAMEABLE);
                } else if (onlyNeeded && !InsertNeeded.current(fcu, frame, values[element])) {
                    results.add(KeyingResults.Kind.NO_KEY_NEEDED);
                } else {
                    Keyframes.insertVert(fcu, frame, values[element], keyType, NO_FLAGS, prefs);
                    results.add(KeyingResults.Kind.SUCCESS);
                }
            }
        }
        if (results.count(KeyingResults.Kind.SUCCESS) == 0) {
            reports.report(results.reportType(), results.message());
        }
    }

    /**
     * Which elements of the property get keyed, after mapping {@code values} through the NLA in
     * place: the channel's element, or every element when the NLA forces it, minus the elements
     * that cannot be mapped ({@code warn}: Blender 3.4 reports those).
     */
    private boolean[] elementsToKey(SceneObject object, AnimatableProperties.Property property, String path,
            float[] values, int index, boolean warn) {
        NlaKeyframing nla = nlaContexts.computeIfAbsent(object,
                o -> Optional.ofNullable(NlaKeyframing.of(o, sceneFrame))).orElse(null);
        if (nla == null) {
            boolean[] keyed = new boolean[values.length];
            if (index >= 0 && index < values.length) {
                keyed[index] = true;
            }
            return keyed;
        }
        NlaKeyframing.Remap remap = nla.remap(property, path, values, index);
        if (warn && remap.failures() > 0) {
            reports.report(ReportType.WARNING, nla.failureMessage(path, remap));
        }
        return remap.remapped();
    }

    /**
     * The curve keyframing finds for the channel's path and {@code element} in the object's action
     * ({@code action_fcurve_ensure}): the first such curve of the channel bag the object is
     * animated by (the channel's own curve for its own element unless an earlier duplicate
     * exists); a missing curve is created in the channel's group.
     */
    private FCurve targetCurve(Channel channel, int element) {
        FCurve fcu = channel.fcurve();
        AnimData adt = channel.object().animationData();
        Channelbag bag = adt == null ? null : adt.channelbag();
        if (bag == null) {
            return fcu;
        }
        FCurve found = bag.fcurve(fcu.dataPath(), element);
        if (found != null) {
            return found;
        }
        if (element == fcu.arrayIndex()) {
            return fcu;
        }
        FCurve created = new FCurve(fcu.dataPath(), element).setSelect(true)
                .setAutoSmoothing(prefs.fcurveNewAutoSmoothing());
        if (bag.fcurves().isEmpty()) {
            created.setActive(true);
        }
        ActionGroup group = fcu.group() == null ? null : bag.group(fcu.group().name());
        return bag.addFCurveToGroup(created, group);
    }

    /** The current values of every element of the property (see {@link #currentValue}). */
    private static float[] currentValues(SceneObject object, AnimatableProperties.Property property, String path) {
        float[] values = new float[property.arrayLength()];
        for (int i = 0; i < values.length; i++) {
            values[i] = currentValue(object, property, path, i);
        }
        return values;
    }

    /**
     * Blender's {@code update_autoflags_fcurve_direct} for a float property: neither integer nor
     * discrete values (every animatable property of the model is a float property).
     */
    private static void clearNonFloatFlags(FCurve fcu) {
        if (fcu.intValues()) {
            fcu.setIntValues(false);
        }
        if (fcu.discreteValues()) {
            fcu.setDiscreteValues(false);
        }
    }

    /**
     * The property's current value as the document holds it (FORMAT.md 2.6: the value the
     * animation system last wrote, or the user's edit); the RNA default when the document has no
     * value for it (a property never animated nor edited).
     */
    private static float currentValue(SceneObject object, AnimatableProperties.Property property, String path,
            int index) {
        PropertyValue v = object.property(path, index);
        return v != null ? v.value() : property.defaultValue(index);
    }

    /**
     * Blender's {@code BKE_fcurve_is_keyframable}: not locked (nor its group), and every enabled
     * modifier leaves keys meaningful (Cycles, Stepped and Noise always; Generator and Built-in
     * Function only when additive; any other type never).
     */
    static boolean keyframable(FCurve fcu) {
        if (fcu.lock() || (fcu.group() != null && fcu.group().lock())) {
            return false;
        }
        List<FModifier> mods = fcu.modifiers();
        for (int i = mods.size() - 1; i >= 0; i--) {
            FModifier m = mods.get(i);
            if (m.mute()) {
                continue;
            }
            switch (m.type()) {
                case "CYCLES":
                case "STEPPED":
                case "NOISE":
                    break;
                case "GENERATOR":
                case "FNGENERATOR":
                    if (!additive(m)) {
                        return false;
                    }
                    break;
                default:
                    return false;
            }
        }
        return true;
    }

    private static boolean additive(FModifier m) {
        return m instanceof GenericModifier && Boolean.TRUE.equals(((GenericModifier) m).properties().get("use_additive"));
    }

    /** The ID name Blender prints: the two-letter ID code and the object's name. */
    static String idName(SceneObject object) {
        return "OB" + object.name();
    }

    /**
     * The animated property values of every object (document order, each object's list order)
     * as the operator reads them: the {@code property_values} result of keyframe_insert.
     */
    static List<Map<String, Object>> propertyValues(Document doc) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (SceneObject o : doc.objects()) {
            for (PropertyValue p : o.properties()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("object", o.name());
                m.put("data_path", p.dataPath());
                m.put("array_index", p.arrayIndex());
                m.put("value", p.value());
                out.add(m);
            }
        }
        return out;
    }
}
