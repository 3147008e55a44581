package org.dopesheet.model;

/** Cycles modifier mode before/after the keyed range; ordinal = Blender's code. */
public enum CyclesMode implements RnaEnum {
    NONE("No Cycles", "Don't do anything"),
    REPEAT("Repeat Motion", "Repeat keyframe range as-is"),
    REPEAT_OFFSET("Repeat with Offset", "Repeat keyframe range, but with offset based on gradient between start and end values"),
    MIRROR("Repeat Mirrored", "Alternate between forward and reverse playback of keyframe range");

    private final String uiName;
    private final String description;

    CyclesMode(String uiName, String description) {
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
