package org.dopesheet.ops.edit;

import org.dopesheet.model.KeyframeType;
import org.dopesheet.model.RnaEnum;

/**
 * The items of {@code action.keyframe_type(type)} in Blender's UI order
 * ({@code rna_enum_beztriple_keyframe_type_items}). GENERATED exists in the current Blender
 * only (4.2+).
 */
enum KeyframeTypeItem implements RnaEnum {
    KEYFRAME(KeyframeType.KEYFRAME),
    BREAKDOWN(KeyframeType.BREAKDOWN),
    MOVING_HOLD(KeyframeType.MOVING_HOLD),
    EXTREME(KeyframeType.EXTREME),
    JITTER(KeyframeType.JITTER),
    GENERATED(KeyframeType.GENERATED);

    private final KeyframeType type;

    KeyframeTypeItem(KeyframeType type) {
        this.type = type;
    }

    /** The key type this item sets. */
    KeyframeType keyframeType() {
        return type;
    }

    @Override
    public String uiName() {
        return type.uiName();
    }

    @Override
    public String description() {
        return type.description();
    }
}
