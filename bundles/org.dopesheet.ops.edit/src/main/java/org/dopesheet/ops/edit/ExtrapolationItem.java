package org.dopesheet.ops.edit;

import org.dopesheet.model.RnaEnum;

/** The items of {@code action.extrapolation_type(type)} ({@code prop_actkeys_expo_types}). */
enum ExtrapolationItem implements RnaEnum {
    CONSTANT("Constant Extrapolation", "Values on endpoint keyframes are held"),
    LINEAR("Linear Extrapolation", "Straight-line slope of end segments are extended past the endpoint keyframes"),
    MAKE_CYCLIC("Make Cyclic (F-Modifier)", "Add Cycles F-Modifier if one does not exist already"),
    CLEAR_CYCLIC("Clear Cyclic (F-Modifier)", "Remove Cycles F-Modifier if not needed anymore");

    private final String uiName;
    private final String description;

    ExtrapolationItem(String uiName, String description) {
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
