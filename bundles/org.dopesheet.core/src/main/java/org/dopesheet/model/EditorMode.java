package org.dopesheet.model;

/** Mode of the Dope Sheet editor (SpaceDopeSheetEditor.mode). */
public enum EditorMode implements RnaEnum {
    DOPESHEET("Dope Sheet", "Edit all keyframes in scene"),
    TIMELINE("Timeline", "Timeline and playback controls"),
    ACTION("Action Editor", "Edit keyframes in active object's Object-level action"),
    SHAPEKEY("Shape Key Editor", "Edit keyframes in active object's Shape Keys action"),
    GPENCIL("Grease Pencil", "Edit timings for all Grease Pencil sketches in file"),
    MASK("Mask", "Edit timings for Mask Editor splines"),
    CACHEFILE("Cache File", "Edit timings for Cache File data-blocks");

    private final String uiName;
    private final String description;

    EditorMode(String uiName, String description) {
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
