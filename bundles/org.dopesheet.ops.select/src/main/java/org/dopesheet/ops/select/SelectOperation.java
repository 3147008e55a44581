package org.dopesheet.ops.select;

import org.dopesheet.edit.SelectMode;
import org.dopesheet.model.RnaEnum;

/**
 * The {@code mode} enum of the gesture selection operators
 * ({@code WM_operator_properties_select_operation_simple}): SET replaces the selection, ADD
 * extends it, SUB subtracts from it.
 */
public enum SelectOperation implements RnaEnum {
    SET("Set", "Set a new selection"),
    ADD("Extend", "Extend existing selection"),
    SUB("Subtract", "Subtract existing selection");

    private final String uiName;
    private final String description;

    SelectOperation(String uiName, String description) {
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

    /** Whether every key is deselected first ({@code SEL_OP_USE_PRE_DESELECT}). */
    public boolean deselectsFirst() {
        return this == SET;
    }

    /** The key callback applied inside the gesture: subtract for SUB, else add. */
    public SelectMode keyMode() {
        return this == SUB ? SelectMode.SUBTRACT : SelectMode.ADD;
    }
}
