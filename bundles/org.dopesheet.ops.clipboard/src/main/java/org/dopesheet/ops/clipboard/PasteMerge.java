package org.dopesheet.ops.clipboard;

import org.dopesheet.model.RnaEnum;

/**
 * How pasted keys are merged with the keys a curve already has (Blender's
 * {@code rna_enum_keyframe_paste_merge_items}). The constant names are the RNA identifiers.
 */
public enum PasteMerge implements RnaEnum {
    /** Existing keys stay; pasted keys replace those within 0.01 frames. */
    MIX("Mix", "Overlay existing with new keys"),
    /** Every existing key is removed first. */
    OVER_ALL("Overwrite All", "Replace all keys"),
    /** Existing keys strictly inside the pasted curve's own frame range are removed first. */
    OVER_RANGE("Overwrite Range", "Overwrite keys in pasted range"),
    /** Existing keys strictly inside the range of all copied keys are removed first. */
    OVER_RANGE_ALL("Overwrite Entire Range", "Overwrite keys in pasted range, using the range of all copied keys");

    private final String uiName;
    private final String description;

    PasteMerge(String uiName, String description) {
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
