package org.dopesheet.model;

/** How an action or NLA strip is combined with the result below it. */
public enum BlendType implements RnaEnum {
    REPLACE("Replace", "The strip values replace the accumulated results by amount specified by influence"),
    COMBINE("Combine", "The strip values are combined with accumulated results by appropriately using addition, multiplication, or quaternion math, based on channel type"),
    ADD("Add", "Weighted result of strip is added to the accumulated results"),
    SUBTRACT("Subtract", "Weighted result of strip is removed from the accumulated results"),
    MULTIPLY("Multiply", "Weighted result of strip is multiplied with the accumulated results");

    private final String uiName;
    private final String description;

    BlendType(String uiName, String description) {
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
