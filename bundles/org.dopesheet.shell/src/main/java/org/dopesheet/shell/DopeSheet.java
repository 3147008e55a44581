package org.dopesheet.shell;

import java.util.List;
import org.dopesheet.context.ChannelType;
import org.dopesheet.model.EditorMode;
import org.dopesheet.model.KeyframeType;
import org.dopesheet.shell.internal.ShellFormat;

/**
 * A text dope sheet: the editor's channel rows over a range of whole frames, each row with the
 * keys in that range merged per frame, the current frame and the editor's markers. The
 * formatter draws one column per frame.
 *
 * @param document     the document name
 * @param mode         the editor mode
 * @param from         first frame shown
 * @param to           last frame shown (inclusive)
 * @param currentFrame the scene's current frame
 * @param rows         the channel rows, top to bottom
 * @param markers      the editor's markers inside the range, by frame
 */
public record DopeSheet(String document, EditorMode mode, int from, int to, int currentFrame, List<Row> rows,
        List<MarkerMark> markers) {
    /** A dope sheet (lists copied). */
    public DopeSheet {
        rows = List.copyOf(rows);
        markers = List.copyOf(markers);
    }

    /** Number of frame columns. */
    public int width() {
        return to - from + 1;
    }

    /**
     * One channel row.
     *
     * @param type     channel type
     * @param depth    hierarchy depth (summary 0)
     * @param label    display name
     * @param selected the row's own selection flag
     * @param keys     the keys inside the range, one per frame, sorted by frame
     */
    public record Row(ChannelType type, int depth, String label, boolean selected, List<Key> keys) {
        /** A row (keys copied). */
        public Row {
            keys = List.copyOf(keys);
        }

        /** The key shown at a frame, or null. */
        public Key keyAt(int frame) {
            for (Key k : keys) {
                if (k.frame() == frame) {
                    return k;
                }
            }
            return null;
        }
    }

    /**
     * The keys of a row that fall on one frame (after NLA mapping, rounded to the nearest frame),
     * merged as Blender's summary merges keys into one column: the type is KEYFRAME if any of
     * them is one, else the first key's type; selected if any of them is (key or handle).
     *
     * @param frame    the frame
     * @param type     the merged key type
     * @param selected whether any merged key is selected
     * @param count    number of keys merged
     */
    public record Key(int frame, KeyframeType type, boolean selected, int count) {
    }

    /**
     * A marker.
     *
     * @param frame    its frame
     * @param name     its name
     * @param selected its selection
     */
    public record MarkerMark(int frame, String name, boolean selected) {
    }

    @Override
    public String toString() {
        return ShellFormat.text(this);
    }
}
