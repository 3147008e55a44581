package org.dopesheet.ops.select;

import org.dopesheet.model.RnaEnum;

/** The {@code mode} enum of {@code action.select_column} ({@code prop_column_select_types}). */
public enum ColumnSelectMode implements RnaEnum {
    KEYS("On Selected Keyframes"),
    CFRA("On Current Frame"),
    MARKERS_COLUMN("On Selected Markers"),
    MARKERS_BETWEEN("Between Min/Max Selected Markers");

    private final String uiName;

    ColumnSelectMode(String uiName) {
        this.uiName = uiName;
    }

    @Override
    public String uiName() {
        return uiName;
    }
}
