package org.dopesheet.ops.clipboard;

import org.dopesheet.model.RnaEnum;

/**
 * Where pasted keys go in time (Blender's {@code rna_enum_keyframe_paste_offset_items}).
 * The constant names are the RNA identifiers.
 */
public enum PasteOffset implements RnaEnum {
    /** The earliest copied key lands on the current frame. */
    START("Frame Start", "Paste keys starting at current frame"),
    /** The latest copied key lands on the current frame. */
    END("Frame End", "Paste keys ending at current frame"),
    /** Keys keep their distance to the frame that was current when copying. */
    RELATIVE("Frame Relative", "Paste keys relative to the current frame when copying"),
    /** Keys keep their frames. */
    NONE("No Offset", "Paste keys from original time");

    private final String uiName;
    private final String description;

    PasteOffset(String uiName, String description) {
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

    /**
     * The frame offset added to every pasted key (spec 3.20): the integer current frame minus
     * the buffer's first frame (START), last frame (END) or copy-time frame (RELATIVE); 0 for
     * NONE. Computed in 32-bit floats, as Blender does.
     */
    public float offset(int currentFrame, float firstFrame, float lastFrame, int copyFrame) {
        switch (this) {
            case START:
                return currentFrame - firstFrame;
            case END:
                return currentFrame - lastFrame;
            case RELATIVE:
                return (float) (currentFrame - copyFrame);
            default:
                return 0f;
        }
    }
}
