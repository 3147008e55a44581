package org.dopesheet.model;

/** Smoothing of automatic handles (FCurve.auto_smoothing). */
public enum AutoSmoothing implements RnaEnum {
    NONE("None", "Automatic handles only take immediately adjacent keys into account"),
    CONT_ACCEL("Continuous Acceleration", "Automatic handles are adjusted to avoid jumps in acceleration, resulting in smoother curves. However, key changes may affect interpolation over a larger stretch of the curve");

    private final String uiName;
    private final String description;

    AutoSmoothing(String uiName, String description) {
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
