package org.dopesheet.model;

/** Easing of the segment starting at a key; ordinal = Blender's code. */
public enum Easing implements RnaEnum {
    AUTO("Automatic Easing", "Easing type is chosen automatically based on what the type of interpolation used (e.g. Ease In for transitional types, and Ease Out for dynamic effects)"),
    EASE_IN("Ease In", "Only on the end closest to the next keyframe"),
    EASE_OUT("Ease Out", "Only on the end closest to the first keyframe"),
    EASE_IN_OUT("Ease In and Out", "Segment between both keyframes");

    private final String uiName;
    private final String description;

    Easing(String uiName, String description) {
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
