package org.dopesheet.edit;

import org.dopesheet.model.FCurve;

/**
 * Key selection callbacks (spec 2.5): ADD sets the three flags, SUBTRACT clears them, INVERT
 * toggles the key's flag and copies the result to both handles. Selection never changes
 * anything but these flags.
 */
public final class KeySelection {
    private KeySelection() {
    }

    /** Applies {@code mode} to key {@code i} (REPLACE acts as ADD: callers deselect first). */
    public static void apply(FCurve c, int i, SelectMode mode) {
        switch (mode) {
            case ADD:
            case REPLACE:
                c.setSelected(i, true);
                break;
            case SUBTRACT:
                c.setSelected(i, false);
                break;
            default:
                c.setSelected(i, !c.selected(i));
                break;
        }
    }

    /** Applies {@code mode} to every key of the curve. */
    public static void applyAll(FCurve c, SelectMode mode) {
        switch (mode) {
            case ADD:
            case REPLACE:
                c.setSelectedAll(true);
                break;
            case SUBTRACT:
                c.setSelectedAll(false);
                break;
            default:
                c.invertSelectedAll();
                break;
        }
    }

    /** Whether any key has any of its three flags selected ({@code BEZT_ISSEL_ANY}). */
    public static boolean anySelected(FCurve c) {
        return c.anySelected();
    }
}
