package org.dopesheet.ops.clipboard;

import org.dopesheet.model.FCurve;

/**
 * The places where Blender 3.4 and the current Blender copy and paste differently (spec 3.4,
 * 3.20 and section 5 [cur]), one small method per difference. Everything else is shared.
 *
 * @param blender34 whether the document asks for Blender 3.4 behaviour
 */
record Behaviour(boolean blender34) {

    /** The current Blender behaviour. */
    static final Behaviour CURRENT = new Behaviour(false);
    /** Blender 3.4 behaviour. */
    static final Behaviour BLENDER_3_4 = new Behaviour(true);

    static Behaviour of(boolean blender34) {
        return blender34 ? BLENDER_3_4 : CURRENT;
    }

    /**
     * Which keys qualify for copying (and so which curves get a buffer item): in 3.4 a key with
     * any of its three flags selected ({@code BEZT_ISSEL_ANY}); [cur] only a key whose control
     * point is selected ({@code f2}).
     */
    boolean keyQualifiesForCopy(FCurve curve, int i) {
        return blender34 ? curve.anySelected(i) : curve.selected(i);
    }

    /** {@link #keyQualifiesForCopy} as flag bits of {@link FCurve.Columns#flags}: any of them set qualifies. */
    int copyFlags() {
        return blender34 ? FCurve.Columns.SELECT_KEY | FCurve.Columns.SELECT_LEFT | FCurve.Columns.SELECT_RIGHT
                : FCurve.Columns.SELECT_KEY;
    }

    /**
     * How copied keys enter a buffer item: in 3.4 appended in the curve's array order; [cur]
     * inserted into a fresh curve with {@code insert_bezt_fcurve(OVERWRITE_FULL)}, i.e. sorted by
     * frame, a key within 0.01 frames of an earlier one replacing it.
     */
    boolean bufferKeysInsertedByFrame() {
        return !blender34;
    }

    /**
     * Whether the one-item-into-one-curve paste maps the target curve through its NLA tweak
     * strip: not in 3.4, [cur] yes (the matching passes always do).
     */
    boolean nlaMappingInOneToOnePaste() {
        return !blender34;
    }

    /**
     * Whether matching considers action slots (identifier and selection of slots, [cur]); 3.4
     * has no slots.
     */
    boolean slotAwareMatching() {
        return !blender34;
    }

    /**
     * Whether the matching passes update (sort, recalculate handles) every target curve, also
     * those nothing was pasted into: 3.4 tags them all, [cur] only the curves pasted into.
     */
    boolean updateUnmatchedTargets() {
        return blender34;
    }

    /** The report texts that changed wording ("copy/paste buffer" became "internal clipboard"). */
    Messages messages() {
        return blender34 ? Messages.BLENDER_3_4 : Messages.CURRENT;
    }

    /**
     * Report texts of copy and paste.
     *
     * @param nothingCopied    ERROR of a copy that found no key
     * @param nothingToPaste   ERROR of a paste with an empty buffer
     * @param pasteInMaskMode  ERROR of a paste in the Mask mode
     */
    record Messages(String nothingCopied, String nothingToPaste, String pasteInMaskMode) {
        static final Messages BLENDER_3_4 = new Messages("No keyframes copied to keyframes copy/paste buffer",
                "No data in buffer to paste", "Keyframe pasting is not available for grease pencil or mask mode");
        static final Messages CURRENT = new Messages("No keyframes copied to the internal clipboard",
                "No data in the internal clipboard to paste",
                "Keyframe pasting is not available for Grease Pencil or mask mode");

        /** ERROR of a copy in the Mask mode (same text in both versions). */
        static final String COPY_IN_MASK_MODE = "Keyframe pasting is not available for mask mode";
        /** ERROR of a paste without a curve to paste into (same text in both versions). */
        static final String NOWHERE_TO_PASTE = "No selected F-Curves to paste into";
    }
}
