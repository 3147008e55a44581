package org.dopesheet.ops.transform;

import org.dopesheet.model.RnaEnum;

/** {@code action.mirror} types (Blender's {@code prop_actkeys_mirror_types}). */
public enum MirrorType implements RnaEnum {
    CFRA("By Times Over Current Frame", "Flip times of selected keyframes using the current frame as the mirror line"),
    XAXIS("By Values Over Zero Value",
            "Flip values of selected keyframes (i.e. negative values become positive, and vice versa)"),
    MARKER("By Times Over First Selected Marker",
            "Flip times of selected keyframes using the first selected marker as the reference point");

    private final String uiName;
    private final String description;

    MirrorType(String uiName, String description) {
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
