package org.dopesheet.model;

/** How view_frame chooses the visible range (Preferences.view.view_frame_type). */
public enum ViewFrameType implements RnaEnum {
    KEEP_RANGE("Keep Range", ""),
    SECONDS("Seconds", ""),
    KEYFRAMES("Keyframes", "");

    private final String uiName;
    private final String description;

    ViewFrameType(String uiName, String description) {
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
