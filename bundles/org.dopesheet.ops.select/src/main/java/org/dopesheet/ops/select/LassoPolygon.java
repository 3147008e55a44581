package org.dopesheet.ops.select;

import java.util.List;

/**
 * A lasso polygon in integer region pixels (Blender's {@code mcoords} from
 * {@code WM_gesture_lasso_path_to_array}: each path point's location truncated to ints), its
 * bounding box ({@code BLI_lasso_boundbox}) and Blender's point-in-polygon test
 * ({@code BLI_lasso_is_point_inside}: even-odd crossings in integer arithmetic).
 */
final class LassoPolygon {
    private final int[] xs;
    private final int[] ys;

    private LassoPolygon(int[] xs, int[] ys) {
        this.xs = xs;
        this.ys = ys;
    }

    /** The polygon of path locations {@code [x, y]} (floats), truncated toward zero as C's int cast. */
    static LassoPolygon of(List<float[]> locations) {
        if (locations.isEmpty()) {
            throw new IllegalArgumentException("a lasso needs at least one point");
        }
        int n = locations.size();
        int[] xs = new int[n];
        int[] ys = new int[n];
        for (int i = 0; i < n; i++) {
            float[] loc = locations.get(i);
            xs[i] = (int) loc[0];
            ys[i] = (int) loc[1];
        }
        return new LassoPolygon(xs, ys);
    }

    int size() {
        return xs.length;
    }

    /** The bounding box {@code {xmin, xmax, ymin, ymax}}. */
    int[] bounds() {
        int xmin = xs[0], xmax = xs[0], ymin = ys[0], ymax = ys[0];
        for (int i = 1; i < xs.length; i++) {
            xmin = Math.min(xmin, xs[i]);
            xmax = Math.max(xmax, xs[i]);
            ymin = Math.min(ymin, ys[i]);
            ymax = Math.max(ymax, ys[i]);
        }
        return new int[] {xmin, xmax, ymin, ymax};
    }

    /**
     * Whether a point lies inside: the point is truncated to ints (as Blender passes it), then
     * every edge crossing the horizontal through it to its right toggles the answer
     * ({@code isect_point_poly_v2_int}, integer division truncating toward zero).
     */
    boolean contains(float x, float y) {
        int px = (int) x;
        int py = (int) y;
        if (px == Integer.MAX_VALUE) {
            return false;
        }
        boolean inside = false;
        for (int i = 0, j = xs.length - 1; i < xs.length; j = i++) {
            if ((ys[i] > py) != (ys[j] > py)
                    && px < (xs[j] - xs[i]) * (py - ys[i]) / (ys[j] - ys[i]) + xs[i]) {
                inside = !inside;
            }
        }
        return inside;
    }
}
