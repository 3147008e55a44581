package org.dopesheet.ops.transform;

import org.dopesheet.model.RnaEnum;

/**
 * {@code transform.transform} modes (Blender's {@code rna_enum_transform_mode_type_items}). The
 * Dope Sheet runs the time modes TIME_TRANSLATE, TIME_SCALE and TIME_DUPLICATE; the others belong
 * to other editors and are refused there.
 */
public enum TransformMode implements RnaEnum {
    INIT("Init", ""),
    DUMMY("Dummy", ""),
    TRANSLATION("Translation", ""),
    ROTATION("Rotation", ""),
    RESIZE("Resize", ""),
    SKIN_RESIZE("Skin Resize", ""),
    TOSPHERE("To Sphere", ""),
    SHEAR("Shear", ""),
    BEND("Bend", ""),
    SHRINKFATTEN("Shrink/Fatten", ""),
    TILT("Tilt", ""),
    TRACKBALL("Trackball", ""),
    PUSHPULL("Push/Pull", ""),
    CREASE("Crease", ""),
    MIRROR("Mirror", ""),
    BONE_SIZE("Bone Size", ""),
    BONE_ENVELOPE("Bone Envelope", ""),
    BONE_ENVELOPE_DIST("Bone Envelope Distance", ""),
    CURVE_SHRINKFATTEN("Curve Shrink/Fatten", ""),
    MASK_SHRINKFATTEN("Mask Shrink/Fatten", ""),
    GPENCIL_SHRINKFATTEN("Grease Pencil Shrink/Fatten", ""),
    BONE_ROLL("Bone Roll", ""),
    TIME_TRANSLATE("Time Translate", ""),
    TIME_SLIDE("Time Slide", ""),
    TIME_SCALE("Time Scale", ""),
    TIME_EXTEND("Time Extend", ""),
    TIME_DUPLICATE("Time Duplicate", ""),
    BAKE_TIME("Bake Time", ""),
    BWEIGHT("Bevel Weight", ""),
    ALIGN("Align", ""),
    EDGESLIDE("Edge Slide", ""),
    SEQSLIDE("Sequence Slide", ""),
    GPENCIL_OPACITY("Grease Pencil Opacity", "");

    private final String uiName;
    private final String description;

    TransformMode(String uiName, String description) {
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
