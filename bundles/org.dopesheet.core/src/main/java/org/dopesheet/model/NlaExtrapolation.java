package org.dopesheet.model;

/** Extrapolation of an action or NLA strip outside its range. */
public enum NlaExtrapolation implements RnaEnum {
    NOTHING("Nothing", "Strip has no influence past its extents"),
    HOLD("Hold", "Hold the first frame if no previous strips in track, and always hold last frame"),
    HOLD_FORWARD("Hold Forward", "Only hold last frame");

    private final String uiName;
    private final String description;

    NlaExtrapolation(String uiName, String description) {
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
