package org.dopesheet.ops.edit;

import org.dopesheet.model.Interpolation;
import org.dopesheet.model.RnaEnum;

/**
 * The items of {@code action.interpolation_type(type)} in Blender's UI order
 * ({@code rna_enum_beztriple_interpolation_mode_items}: interpolation, easing by strength,
 * dynamic effects).
 */
enum InterpolationItem implements RnaEnum {
    CONSTANT(Interpolation.CONSTANT),
    LINEAR(Interpolation.LINEAR),
    BEZIER(Interpolation.BEZIER),
    SINE(Interpolation.SINE),
    QUAD(Interpolation.QUAD),
    CUBIC(Interpolation.CUBIC),
    QUART(Interpolation.QUART),
    QUINT(Interpolation.QUINT),
    EXPO(Interpolation.EXPO),
    CIRC(Interpolation.CIRC),
    BACK(Interpolation.BACK),
    BOUNCE(Interpolation.BOUNCE),
    ELASTIC(Interpolation.ELASTIC);

    private final Interpolation mode;

    InterpolationItem(Interpolation mode) {
        this.mode = mode;
    }

    /** The interpolation this item sets. */
    Interpolation interpolation() {
        return mode;
    }

    @Override
    public String uiName() {
        return mode.uiName();
    }

    @Override
    public String description() {
        return mode.description();
    }
}
