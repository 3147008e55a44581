package org.dopesheet.context;

/** Type of a listed channel (Blender's {@code eAnim_ChannelType}, the ones the model has). */
public enum ChannelType {
    /** The Dope Sheet summary row. */
    SUMMARY,
    /** An object row (Dope Sheet mode). */
    OBJECT,
    /** The action row of an object's animation data (Dope Sheet mode, ANIMTYPE_FILLACTD). */
    ACTION,
    /** An action group. */
    GROUP,
    /** An F-Curve. */
    FCURVE
}
