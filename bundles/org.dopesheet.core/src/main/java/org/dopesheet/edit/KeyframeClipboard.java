package org.dopesheet.edit;

import java.util.List;
import org.dopesheet.model.FCurve;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The keyframe copy/paste buffer (spec 2.7): one per runtime, like Blender's process-global
 * buffer, held by the core bundle so that restarting or updating the clipboard operators keeps its
 * content. Not part of a document and not undone.
 */
@ProviderType
public interface KeyframeClipboard {

    /** The current content (never null; {@link Content#EMPTY} when nothing was copied). */
    Content content();

    /** Replaces the content. */
    void store(Content content);

    /** Empties the buffer. */
    default void clear() {
        store(Content.EMPTY);
    }

    /**
     * One copied curve.
     *
     * @param owner          name of the owning ID (object name)
     * @param ownerType      two-letter ID type code, e.g. {@code OB}
     * @param group          name of the curve's group, or null
     * @param dataPath       RNA path
     * @param arrayIndex     array index
     * @param isBone         the owner is an armature object and the path names an existing pose bone
     * @param slotIdentifier identifier of the action slot the curve came from [cur], or null for a legacy action
     * @param keys           a detached curve holding copies of the copied keys (action time); treat as read-only
     */
    record Item(String owner, String ownerType, String group, String dataPath, int arrayIndex, boolean isBone,
            String slotIdentifier, FCurve keys) {
    }

    /**
     * The buffer content.
     *
     * @param items      copied curves, in channel order
     * @param firstFrame smallest copied key frame
     * @param lastFrame  largest copied key frame
     * @param copyFrame  the scene frame at copy time
     */
    record Content(List<Item> items, float firstFrame, float lastFrame, int copyFrame) {
        /** Nothing copied. */
        public static final Content EMPTY = new Content(List.of(), 0f, 0f, 0);

        public Content {
            items = List.copyOf(items);
        }

        public boolean isEmpty() {
            return items.isEmpty();
        }
    }
}
