package org.dopesheet.ops.nla;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dopesheet.anim.AnimatableProperties;
import org.dopesheet.model.Action;
import org.dopesheet.model.AnimData;
import org.dopesheet.model.Channelbag;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.NlaStrip;
import org.dopesheet.model.NlaTrack;
import org.dopesheet.model.PropertyValue;
import org.dopesheet.model.SceneObject;

/**
 * Re-lists an object's animated properties after its action or NLA stack changed without a
 * re-evaluation: the list follows the new animation data (curves of the assigned action, then
 * of the strips' actions, bottom track first, each path and index once, only paths that
 * resolve), the values stay what they were (the RNA default for a newly listed property).
 * <p>
 * This is what Blender shows after an operator that changes the animation data without tagging
 * the depsgraph (leaving or switching NLA tweak mode in {@code action.layer_next},
 * {@code action.layer_prev} and {@code action.unlink}): the evaluated copy is not updated, so
 * the properties keep their values.
 * <p>
 * CORE GAP: {@code org.dopesheet.anim.AnimationEvaluation} lists the properties only while
 * re-evaluating ({@code refresh}); a listing entry point without evaluation (or listing at state
 * capture) belongs there. This mirrors its listing rule.
 */
final class AnimatedPropertyList {
    private AnimatedPropertyList() {
    }

    /** Replaces the object's property list by the re-listed one (values kept). */
    static void relist(SceneObject object) {
        List<PropertyValue> list = listing(object);
        if (!list.equals(object.properties())) {
            object.setProperties(list);
        }
    }

    /** The re-listed properties of {@code object} with their current values. */
    static List<PropertyValue> listing(SceneObject object) {
        List<PropertyValue> out = new ArrayList<>();
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
        Set<String> seen = new HashSet<>();
        for (Channelbag bag : bags) {
            if (bag == null) {
                continue;
            }
            for (FCurve fcu : bag.fcurves()) {
                String path = fcu.dataPath();
                int index = fcu.arrayIndex();
                if (!AnimatableProperties.resolve(object, path, index) || !seen.add(key(object, path, index))) {
                    continue;
                }
                out.add(new PropertyValue(path, index, currentValue(object, path, index)));
            }
        }
        return out;
    }

    /** The stored value of the property (matched by resolved property), else its RNA default. */
    private static float currentValue(SceneObject object, String path, int index) {
        PropertyValue exact = object.property(path, index);
        if (exact != null) {
            return exact.value();
        }
        String k = key(object, path, index);
        for (PropertyValue v : object.properties()) {
            if (AnimatableProperties.resolve(object, v.dataPath(), v.arrayIndex())
                    && key(object, v.dataPath(), v.arrayIndex()).equals(k)) {
                return v.value();
            }
        }
        return AnimatableProperties.defaultValue(object, path, index);
    }

    private static Channelbag stripBag(AnimData adt, Action action) {
        Channelbag bag = action.channelbag(adt.slotHandle());
        return bag != null ? bag : action.channelbag();
    }

    /** The resolved property a path names (bone paths in canonical form) and the index. */
    private static String key(SceneObject object, String path, int index) {
        String bone = AnimatableProperties.boneName(path);
        AnimatableProperties.Property p = AnimatableProperties.lookup(object, path);
        String canonical = bone != null && p != null ? AnimatableProperties.bonePath(bone, p.name()) : path;
        return canonical + '\u0000' + index;
    }
}
