package org.dopesheet.model;

/** Interpolation of the segment starting at a key (BezTriple.ipo); ordinal = Blender's code. */
public enum Interpolation implements RnaEnum {
    CONSTANT("Constant", "No interpolation, value of A gets held until B is encountered"),
    LINEAR("Linear", "Straight-line interpolation between A and B (i.e. no ease in/out)"),
    BEZIER("Bezier", "Smooth interpolation between A and B, with some control over curve shape"),
    BACK("Back", "Cubic easing with overshoot and settle"),
    BOUNCE("Bounce", "Exponentially decaying parabolic bounce, like when objects collide"),
    CIRC("Circular", "Circular easing (strongest and most dynamic)"),
    CUBIC("Cubic", "Cubic easing"),
    ELASTIC("Elastic", "Exponentially decaying sine wave, like an elastic band"),
    EXPO("Exponential", "Exponential easing (dramatic)"),
    QUAD("Quadratic", "Quadratic easing"),
    QUART("Quartic", "Quartic easing"),
    QUINT("Quintic", "Quintic easing"),
    SINE("Sinusoidal", "Sinusoidal easing (weakest, almost linear but with a slight curvature)");

    private final String uiName;
    private final String description;

    Interpolation(String uiName, String description) {
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
