package org.dopesheet.model;

/** Type of an NLA strip. */
public enum StripType implements RnaEnum {
    CLIP("Action Clip", "NLA Strip references some Action"),
    TRANSITION("Transition", "NLA Strip 'transitions' between adjacent strips"),
    META("Meta", "NLA Strip acts as a container for adjacent strips"),
    SOUND("Sound Clip", "NLA Strip representing a sound event for speakers");

    private final String uiName;
    private final String description;

    StripType(String uiName, String description) {
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
