package org.dopesheet.model;

/** Keyframe type (BezTriple.hide for F-Curves); ordinal = Blender's code. */
public enum KeyframeType implements RnaEnum {
    KEYFRAME("Keyframe", "Normal keyframe, e.g. for key poses"),
    EXTREME("Extreme", "An 'extreme' pose, or some other purpose as needed"),
    BREAKDOWN("Breakdown", "A 'breakdown' pose, e.g. for transitions between key poses"),
    JITTER("Jitter", "A filler or baked keyframe for keying on ones, or some other purpose as needed"),
    MOVING_HOLD("Moving Hold", "A keyframe that is part of a moving hold"),
    GENERATED("Generated", "A key generated automatically by a tool, not manually created");

    private final String uiName;
    private final String description;

    KeyframeType(String uiName, String description) {
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
