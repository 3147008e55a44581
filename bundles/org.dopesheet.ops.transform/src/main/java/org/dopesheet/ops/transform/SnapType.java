package org.dopesheet.ops.transform;

import org.dopesheet.model.RnaEnum;

/** {@code action.snap} types (Blender's {@code prop_actkeys_snap_types}). */
public enum SnapType implements RnaEnum {
    CFRA("Selection to Current Frame", "Snap selected keyframes to the current frame"),
    NEAREST_FRAME("Selection to Nearest Frame",
            "Snap selected keyframes to the nearest (whole) frame (use to fix accidental subframe offsets)"),
    NEAREST_SECOND("Selection to Nearest Second", "Snap selected keyframes to the nearest second"),
    NEAREST_MARKER("Selection to Nearest Marker", "Snap selected keyframes to the nearest marker");

    private final String uiName;
    private final String description;

    SnapType(String uiName, String description) {
        this.uiName = uiName;
        this.description = description;
    }

    @Override
    public String uiName() {
        return uiName;
    }

    @Override
    public String description() {
        return description;
    }
}
