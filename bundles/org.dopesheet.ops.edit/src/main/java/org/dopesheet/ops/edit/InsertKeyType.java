package org.dopesheet.ops.edit;

import org.dopesheet.model.RnaEnum;

/** The items of {@code action.keyframe_insert(type)} ({@code prop_actkeys_insertkey_types}). */
enum InsertKeyType implements RnaEnum {
    ALL("All Channels"),
    SEL("Only Selected Channels"),
    GROUP("In Active Group");

    private final String uiName;

    InsertKeyType(String uiName) {
        this.uiName = uiName;
    }

    @Override
    public String uiName() {
        return uiName;
    }
}
