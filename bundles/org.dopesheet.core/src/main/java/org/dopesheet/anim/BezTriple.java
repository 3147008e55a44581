package org.dopesheet.anim;

import org.dopesheet.model.Easing;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.HandleType;
import org.dopesheet.model.Interpolation;
import org.dopesheet.model.KeyframeType;

/**
 * One keyframe detached from any curve: Blender's {@code BezTriple} as the insertion functions
 * take it (spec 4.1). A plain mutable value; {@link #read} and {@link #writeTo} copy it from and
 * to a key of an {@link FCurve}. A new instance is the key {@code insert_vert} would build for
 * frame 0 and value 0 with the Python API defaults.
 */
public final class BezTriple {
    /** Key point. */
    public float x, y;
    /** Left handle point ({@code vec[0]}). */
    public float leftX = -1, leftY;
    /** Right handle point ({@code vec[2]}). */
    public float rightX = 1, rightY;
    /** Interpolation of the segment starting here ({@code ipo}). */
    public Interpolation interpolation = Interpolation.BEZIER;
    /** Handle types ({@code h1}, {@code h2}). */
    public HandleType handleLeft = HandleType.AUTO_CLAMPED, handleRight = HandleType.AUTO_CLAMPED;
    /** Easing of the segment starting here. */
    public Easing easing = Easing.AUTO;
    /** Key type ({@code hide} for F-Curves). */
    public KeyframeType keyType = KeyframeType.KEYFRAME;
    /** BACK overshoot, ELASTIC amplitude and period. */
    public float back = FCurve.DEFAULT_BACK, amplitude = FCurve.DEFAULT_AMPLITUDE, period = FCurve.DEFAULT_PERIOD;
    /** Selection flags {@code f1} (left handle), {@code f2} (key), {@code f3} (right handle). */
    public boolean selectLeft = true, select = true, selectRight = true;

    /** Copies key {@code i} of {@code fcu} (every field). */
    public static BezTriple read(FCurve fcu, int i) {
        BezTriple b = new BezTriple();
        b.x = fcu.x(i);
        b.y = fcu.y(i);
        b.leftX = fcu.leftX(i);
        b.leftY = fcu.leftY(i);
        b.rightX = fcu.rightX(i);
        b.rightY = fcu.rightY(i);
        b.interpolation = fcu.interpolation(i);
        b.handleLeft = fcu.handleLeft(i);
        b.handleRight = fcu.handleRight(i);
        b.easing = fcu.easing(i);
        b.keyType = fcu.keyType(i);
        b.back = fcu.back(i);
        b.amplitude = fcu.amplitude(i);
        b.period = fcu.period(i);
        b.selectLeft = fcu.leftSelected(i);
        b.select = fcu.selected(i);
        b.selectRight = fcu.rightSelected(i);
        return b;
    }

    /** Overwrites every field of key {@code i} of {@code fcu} with this key. */
    public void writeTo(FCurve fcu, int i) {
        fcu.setCo(i, x, y);
        fcu.setLeft(i, leftX, leftY);
        fcu.setRight(i, rightX, rightY);
        fcu.setInterpolation(i, interpolation);
        fcu.setHandleLeft(i, handleLeft);
        fcu.setHandleRight(i, handleRight);
        fcu.setEasing(i, easing);
        fcu.setKeyType(i, keyType);
        fcu.setBack(i, back);
        fcu.setAmplitude(i, amplitude);
        fcu.setPeriod(i, period);
        fcu.setSelection(i, selectLeft, select, selectRight);
    }
}
