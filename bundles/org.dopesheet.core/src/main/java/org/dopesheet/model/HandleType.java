package org.dopesheet.model;

/** Keyframe handle type (BezTriple.h1/h2); ordinal = Blender's code. */
public enum HandleType implements RnaEnum {
    FREE("Free", "Completely independent manually set handle"),
    AUTO("Automatic", "Automatic handles that create smooth curves"),
    VECTOR("Vector", "Automatic handles that create straight lines"),
    ALIGNED("Aligned", "Manually set handle with rotation locked together with its pair"),
    AUTO_CLAMPED("Auto Clamped", "Automatic handles that create smooth curves which only change direction at keyframes");

    private final String uiName;
    private final String description;

    HandleType(String uiName, String description) {
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
