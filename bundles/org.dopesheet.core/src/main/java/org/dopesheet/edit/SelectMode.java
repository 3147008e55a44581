package org.dopesheet.edit;

/**
 * Key selection modes (Blender's {@code SELECT_ADD}, {@code SELECT_SUBTRACT},
 * {@code SELECT_INVERT}, {@code SELECT_REPLACE}). REPLACE is "deselect everything, then ADD",
 * done by callers.
 */
public enum SelectMode {
    ADD,
    SUBTRACT,
    INVERT,
    REPLACE
}
