package org.dopesheet.model;

/** F-Curve extrapolation (FCurve.extend). */
public enum Extrapolation implements RnaEnum {
    CONSTANT("Constant", "Hold values of endpoint keyframes"),
    LINEAR("Linear", "Use slope of curve leading in/out of endpoint keyframes");

    private final String uiName;
    private final String description;

    Extrapolation(String uiName, String description) {
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
