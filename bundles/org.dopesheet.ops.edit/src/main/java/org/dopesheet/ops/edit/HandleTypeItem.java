package org.dopesheet.ops.edit;

import org.dopesheet.model.HandleType;
import org.dopesheet.model.RnaEnum;

/**
 * The items of {@code action.handle_type(type)} in Blender's UI order
 * ({@code rna_enum_keyframe_handle_type_items}).
 */
enum HandleTypeItem implements RnaEnum {
    FREE(HandleType.FREE),
    ALIGNED(HandleType.ALIGNED),
    VECTOR(HandleType.VECTOR),
    AUTO(HandleType.AUTO),
    AUTO_CLAMPED(HandleType.AUTO_CLAMPED);

    private final HandleType type;

    HandleTypeItem(HandleType type) {
        this.type = type;
    }

    /** The handle type this item sets. */
    HandleType handleType() {
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
