package org.dopesheet.anim;

import org.dopesheet.model.FCurve;
import org.dopesheet.model.HandleType;
import org.dopesheet.model.Interpolation;

/** Curve builders for the unit tests. */
final class TestCurves {
    private TestCurves() {
    }

    /** A curve with keys at {@code (xy[0], xy[1]), (xy[2], xy[3]), ...}, all of {@code ipo}. */
    static FCurve curve(Interpolation ipo, float... xy) {
        FCurve fc = new FCurve("location", 0);
        for (int i = 0; i < xy.length; i += 2) {
            int k = fc.addKey(xy[i], xy[i + 1]);
            fc.setInterpolation(k, ipo);
        }
        return fc;
    }

    /** A curve whose every key has the given handle types on both sides. */
    static FCurve withHandles(HandleType type, float... xy) {
        FCurve fc = curve(Interpolation.BEZIER, xy);
        for (int i = 0; i < fc.size(); i++) {
            fc.setHandleLeft(i, type);
            fc.setHandleRight(i, type);
        }
        return fc;
    }
}
