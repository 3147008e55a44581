package org.dopesheet.model;

/** Type of a scene object (only types whose animation the dope sheet edits are modelled with data). */
public enum ObjectType implements RnaEnum {
    EMPTY("Empty", ""),
    ARMATURE("Armature", ""),
    MESH("Mesh", ""),
    CAMERA("Camera", ""),
    LIGHT("Light", "");

    private final String uiName;
    private final String description;

    ObjectType(String uiName, String description) {
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
