package org.dopesheet.model;

/**
 * An enum whose constants are Blender RNA enum items: the constant's {@code name()} is the RNA
 * identifier ({@code "AUTO_CLAMPED"}), with a UI name and a description as Blender shows them.
 */
public interface RnaEnum {
    /** RNA identifier, the constant's name. */
    String name();

    /** Name shown in the UI, e.g. "Auto Clamped". */
    String uiName();

    /** Tooltip description. */
    default String description() {
        return "";
    }

    /** Looks up an item by RNA identifier; {@code null} when unknown. */
    static <E extends Enum<E>> E lookup(Class<E> type, String identifier) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(identifier)) {
                return e;
            }
        }
        return null;
    }
}
