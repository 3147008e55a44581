package org.dopesheet.anim;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dopesheet.model.ObjectType;
import org.dopesheet.model.SceneObject;

/**
 * The animatable properties of objects and pose bones the platform models, with the RNA facts
 * Blender's animation system uses: type (all are float arrays here), array length, default
 * value and how NLA COMBINE blending mixes them. An RNA path resolves when it names one of these
 * properties: {@code location}, {@code rotation_euler}, {@code rotation_quaternion},
 * {@code rotation_axis_angle}, {@code scale} and their {@code delta_} variants on any object, and
 * {@code pose.bones["NAME"].} {@code location}, {@code rotation_euler},
 * {@code rotation_quaternion}, {@code rotation_axis_angle}, {@code scale} on an armature that has
 * the bone. F-Curves whose path does not resolve are legal and kept; they just animate nothing.
 */
public final class AnimatableProperties {

    /**
     * How NLA COMBINE blending mixes a property (Blender's {@code NEC_MIX_*}, chosen from the
     * RNA subtype and the proportional flag).
     */
    public enum MixMode {
        /** Values add (locations, Euler rotations). */
        ADD,
        /** Proportional values multiply (scales). */
        MULTIPLY,
        /** Quaternions multiply as rotations. */
        QUATERNION,
        /** Axis-angle rotations add component-wise. */
        AXIS_ANGLE
    }

    /** One float-array property: name, length, RNA default values and mix mode. */
    public static final class Property {
        private final String name;
        private final float[] defaults;
        private final MixMode mixMode;

        Property(String name, MixMode mixMode, float... defaults) {
            this.name = name;
            this.defaults = defaults;
            this.mixMode = mixMode;
        }

        /** RNA identifier, e.g. {@code rotation_quaternion}. */
        public String name() {
            return name;
        }

        /** Array length. */
        public int arrayLength() {
            return defaults.length;
        }

        /** RNA default of element {@code index}. */
        public float defaultValue(int index) {
            return defaults[index];
        }

        /** Mix mode for NLA COMBINE blending. */
        public MixMode mixMode() {
            return mixMode;
        }

        /**
         * The value NLA evaluation starts from for element {@code index} (Blender's
         * {@code nlaevalchan_get_default_values}): the unit quaternion, zero for axis-angle
         * (not the RNA default), 1 instead of 0 for proportional properties, else the RNA
         * default.
         */
        public float nlaDefault(int index) {
            switch (mixMode) {
                case QUATERNION:
                    return index == 0 ? 1.0f : 0.0f;
                case AXIS_ANGLE:
                    return 0.0f;
                case MULTIPLY:
                    return defaults[index] == 0.0f ? 1.0f : defaults[index];
                default:
                    return defaults[index];
            }
        }

        @Override
        public String toString() {
            return name + "[" + defaults.length + "]";
        }
    }

    private static final Map<String, Property> OBJECT = new LinkedHashMap<>();
    private static final Map<String, Property> BONE = new LinkedHashMap<>();
    private static final String BONE_PREFIX = "pose.bones[\"";

    static {
        Property location = new Property("location", MixMode.ADD, 0, 0, 0);
        Property euler = new Property("rotation_euler", MixMode.ADD, 0, 0, 0);
        Property quaternion = new Property("rotation_quaternion", MixMode.QUATERNION, 1, 0, 0, 0);
        Property axisAngle = new Property("rotation_axis_angle", MixMode.AXIS_ANGLE, 0, 0, 1, 0);
        Property scale = new Property("scale", MixMode.MULTIPLY, 1, 1, 1);
        for (Property p : new Property[] {location, euler, quaternion, axisAngle, scale}) {
            OBJECT.put(p.name(), p);
            BONE.put(p.name(), p);
        }
        for (Property p : new Property[] {
            new Property("delta_location", MixMode.ADD, 0, 0, 0),
            new Property("delta_rotation_euler", MixMode.ADD, 0, 0, 0),
            new Property("delta_rotation_quaternion", MixMode.QUATERNION, 1, 0, 0, 0),
            new Property("delta_scale", MixMode.MULTIPLY, 1, 1, 1)}) {
            OBJECT.put(p.name(), p);
        }
    }

    private AnimatableProperties() {
    }

    /** The object-level properties by name, in table order. */
    public static Map<String, Property> objectProperties() {
        return Collections.unmodifiableMap(OBJECT);
    }

    /** The pose-bone properties by name, in table order. */
    public static Map<String, Property> poseBoneProperties() {
        return Collections.unmodifiableMap(BONE);
    }

    /**
     * The property {@code dataPath} names on {@code object} (Blender's
     * {@code RNA_path_resolve_property}), or null when the path does not resolve.
     */
    public static Property lookup(SceneObject object, String dataPath) {
        if (dataPath == null) {
            return null;
        }
        Property p = OBJECT.get(dataPath);
        if (p != null) {
            return p;
        }
        BonePath bp = parseBonePath(dataPath);
        if (bp == null || object.type() != ObjectType.ARMATURE || object.bone(bp.bone) == null) {
            return null;
        }
        return BONE.get(bp.property);
    }

    /**
     * Whether {@code dataPath[index]} resolves on {@code object} (Blender's
     * {@code BKE_animsys_rna_path_resolve}: the property exists and the index is within the
     * array).
     */
    public static boolean resolve(SceneObject object, String dataPath, int index) {
        Property p = lookup(object, dataPath);
        return p != null && index >= 0 && index < p.arrayLength();
    }

    /**
     * The RNA default of {@code dataPath[index]} on {@code object}.
     *
     * @throws IllegalArgumentException when the path does not resolve
     */
    public static float defaultValue(SceneObject object, String dataPath, int index) {
        Property p = lookup(object, dataPath);
        if (p == null || index < 0 || index >= p.arrayLength()) {
            throw new IllegalArgumentException(dataPath + "[" + index + "] does not resolve on " + object.name());
        }
        return p.defaultValue(index);
    }

    /** The path of a pose-bone property: {@code pose.bones["NAME"].property}, name escaped. */
    public static String bonePath(String boneName, String property) {
        return BONE_PREFIX + boneName.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]." + property;
    }

    /** A parsed {@code pose.bones["NAME"].property} path. */
    private record BonePath(String bone, String property) {
    }

    /** The (unescaped) bone name of a {@code pose.bones["NAME"]...} path, or null. */
    public static String boneName(String dataPath) {
        BonePath bp = parseBonePath(dataPath);
        return bp == null ? null : bp.bone;
    }

    private static BonePath parseBonePath(String path) {
        if (!path.startsWith(BONE_PREFIX)) {
            return null;
        }
        StringBuilder name = new StringBuilder();
        int i = BONE_PREFIX.length();
        while (i < path.length()) {
            char ch = path.charAt(i);
            if (ch == '\\' && i + 1 < path.length()) {
                name.append(path.charAt(i + 1));
                i += 2;
                continue;
            }
            if (ch == '"') {
                break;
            }
            name.append(ch);
            i++;
        }
        if (!path.startsWith("\"].", i)) {
            return null;
        }
        return new BonePath(name.toString(), path.substring(i + 3));
    }
}
