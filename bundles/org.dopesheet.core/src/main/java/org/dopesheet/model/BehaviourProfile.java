package org.dopesheet.model;

/** Which Blender's behaviour operators follow where Blender 3.4 and the current Blender differ. */
public enum BehaviourProfile implements RnaEnum {
    CURRENT("Current Blender", "Behaviour of the current Blender code line (default)"),
    BLENDER_3_4("Blender 3.4", "Behaviour of Blender 3.4.1, the version the conformance vectors were recorded from");

    private final String uiName;
    private final String description;

    BehaviourProfile(String uiName, String description) {
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
