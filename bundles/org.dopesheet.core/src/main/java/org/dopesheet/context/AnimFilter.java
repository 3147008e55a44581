package org.dopesheet.context;

/**
 * Channel filter flags (Blender's {@code eAnimFilter_Flags}), combined with {@code |}.
 */
public final class AnimFilter {
    /** Data visible in the editor: applies dope sheet filters (only selected, show hidden). */
    public static final int DATA_VISIBLE = 1;
    /** Respect hierarchy expansion (collapsed groups hide their curves from rows). */
    public static final int LIST_VISIBLE = 1 << 1;
    /** Only curves visible in the Graph Editor. */
    public static final int CURVE_VISIBLE = 1 << 2;
    /** Produce display rows: summary, object, action, group and F-Curve rows. */
    public static final int LIST_CHANNELS = 1 << 3;
    /** Only the active channel. */
    public static final int ACTIVE = 1 << 4;
    /** Only F-Curves in the active group. */
    public static final int ACTGROUPED = 1 << 5;
    /** Only selected channels. */
    public static final int SEL = 1 << 6;
    /** Only unselected channels. */
    public static final int UNSEL = 1 << 7;
    /** Only editable channels (not locked). */
    public static final int FOREDIT = 1 << 8;
    /** Selected and editable (Graph Editor's selection-edit filter). */
    public static final int SELEDIT = 1 << 9;
    /** No duplicate entries for multi-user data. */
    public static final int NODUPLIS = 1 << 10;
    /** Only F-Curve channels. */
    public static final int FCURVESONLY = 1 << 11;
    /** Internal: only check whether something would be listed. */
    static final int TMP_PEEK = 1 << 30;

    private AnimFilter() {
    }
}
