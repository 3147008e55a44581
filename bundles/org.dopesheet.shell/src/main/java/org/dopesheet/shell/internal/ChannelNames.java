package org.dopesheet.shell.internal;

import java.util.Map;
import org.dopesheet.context.AnimationContext;
import org.dopesheet.context.Channel;
import org.dopesheet.model.FCurve;

/**
 * Display names of channel rows as Blender's channel list shows them: "Summary", object, action
 * and group names, and F-Curves of transform properties as {@code X Location}, {@code W Quaternion
 * Rotation}, with the bone name for pose-bone curves ({@code X Location (arm.L)}); other curves
 * by their RNA path and index.
 */
public final class ChannelNames {
    private static final Map<String, String> TRANSFORMS = Map.of(
            "location", "Location",
            "rotation_euler", "Euler Rotation",
            "rotation_quaternion", "Quaternion Rotation",
            "rotation_axis_angle", "Axis-Angle Rotation",
            "scale", "Scale");
    private static final String XYZW = "XYZW";
    private static final String WXYZ = "WXYZ";

    private ChannelNames() {
    }

    /** The display name of a row. */
    public static String label(Channel row) {
        switch (row.type()) {
            case SUMMARY:
                return "Summary";
            case OBJECT:
                return row.object().name();
            case ACTION:
                return row.action().name();
            case GROUP:
                return row.group().name();
            default:
                return curveName(row.fcurve());
        }
    }

    /** The display name of an F-Curve. */
    public static String curveName(FCurve curve) {
        String path = curve.dataPath();
        String bone = AnimationContext.boneName(path);
        String property = path;
        if (bone != null) {
            int close = path.indexOf("\"]", path.indexOf("pose.bones[\""));
            property = close >= 0 && path.length() > close + 3 && path.charAt(close + 2) == '.'
                    ? path.substring(close + 3) : null;
        }
        String name = property == null ? null : TRANSFORMS.get(property);
        int index = curve.arrayIndex();
        String base;
        if (name != null && index >= 0 && index < 4) {
            boolean wFirst = property.equals("rotation_quaternion") || property.equals("rotation_axis_angle");
            base = (wFirst ? WXYZ : XYZW).charAt(index) + " " + name;
        } else {
            base = (property == null ? path : property) + "[" + index + "]";
        }
        return bone == null ? base : base + " (" + bone + ")";
    }

    /** The RNA path with array index, e.g. {@code pose.bones["arm.L"].location[0]}. */
    public static String path(FCurve curve) {
        return curve.dataPath() + "[" + curve.arrayIndex() + "]";
    }
}
