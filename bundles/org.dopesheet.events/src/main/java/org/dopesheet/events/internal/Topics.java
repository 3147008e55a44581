package org.dopesheet.events.internal;

import static org.dopesheet.events.DopesheetEvents.CHANNELS_CHANGED;
import static org.dopesheet.events.DopesheetEvents.DOCUMENT_CHANGED;
import static org.dopesheet.events.DopesheetEvents.KEYFRAME_EDITED;
import static org.dopesheet.events.DopesheetEvents.KEYFRAME_SELECTED;
import static org.dopesheet.events.DopesheetEvents.MARKERS_CHANGED;
import static org.dopesheet.events.DopesheetEvents.NLA_CHANGED;
import static org.dopesheet.events.DopesheetEvents.SCENE_CHANGED;
import static org.dopesheet.events.DopesheetEvents.SCENE_FRAME_CHANGED;
import static org.dopesheet.events.DopesheetEvents.VIEW_CHANGED;

import java.util.Map;
import org.dopesheet.operator.OperatorType;

/**
 * Which change topic an invocation that changed its document is announced on: by operator id
 * where an operator's effect differs from its family's, else by family, else
 * {@code DOCUMENT/CHANGED} (the table of {@link org.dopesheet.events.DopesheetEvents}).
 * <p>
 * The ChangeSet a listener receives does not list the touched nodes, so the topic follows what
 * the operator is declared to do; see docs/events-and-metatype.md for the core API that would
 * let it follow what was touched.
 */
final class Topics {
    private static final Map<String, String> BY_ID = Map.of(
            "anim.change_frame", SCENE_FRAME_CHANGED,
            "action.frame_jump", SCENE_FRAME_CHANGED,
            "action.previewrange_set", SCENE_CHANGED,
            "action.markers_make_local", MARKERS_CHANGED);
    private static final Map<String, String> BY_FAMILY = Map.of(
            "select", KEYFRAME_SELECTED,
            "edit", KEYFRAME_EDITED,
            "transform", KEYFRAME_EDITED,
            "clipboard", KEYFRAME_EDITED,
            "channels", CHANNELS_CHANGED,
            "nla", NLA_CHANGED,
            "markers", MARKERS_CHANGED,
            "scene", SCENE_CHANGED,
            "view", VIEW_CHANGED);

    private Topics() {
    }

    /** The change topic of an invocation of {@code type} that changed its document. */
    static String changeTopic(OperatorType type) {
        String topic = BY_ID.get(type.id());
        if (topic == null) {
            topic = BY_FAMILY.getOrDefault(type.family(), DOCUMENT_CHANGED);
        }
        return topic;
    }

    /** Whether events of this topic carry the {@code channels} property. */
    static boolean carriesChannels(String topic) {
        return topic.equals(KEYFRAME_EDITED) || topic.equals(KEYFRAME_SELECTED) || topic.equals(CHANNELS_CHANGED);
    }
}
