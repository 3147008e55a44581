package org.dopesheet.ops.select;

import org.dopesheet.model.RnaEnum;

/** The {@code action} enum of {@code action.select_all} ({@code WM_operator_properties_select_all}). */
public enum SelectAction implements RnaEnum {
    TOGGLE("Toggle", "Toggle selection for all elements"),
    SELECT("Select", "Select all elements"),
    DESELECT("Deselect", "Deselect all elements"),
    INVERT("Invert", "Invert selection of all elements");

    private final String uiName;
    private final String description;

    SelectAction(String uiName, String description) {
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
