package org.dopesheet.events;

/**
 * Topics and properties of the events the runtime posts (asynchronously, through Event Admin's
 * {@code postEvent}) after every successful top-level operator invocation (poll passed, nothing
 * thrown, committed), Blender's notifiers ({@code NC_ANIMATION | ND_KEYFRAME | NA_EDITED}, ...)
 * for OSGi hosts.
 * <p>
 * Per invocation, first the change topic (none when the invocation changed nothing), then
 * {@link #OPERATOR_INVOKED}; Event Admin delivers events posted by one thread in that order.
 * <table>
 * <caption>Change topics</caption>
 * <tr><th>topic</th><th>posted after</th></tr>
 * <tr><td>{@link #KEYFRAME_SELECTED}</td><td>operators of the {@code select} family</td></tr>
 * <tr><td>{@link #KEYFRAME_EDITED}</td><td>the {@code edit}, {@code transform} and {@code clipboard} families</td></tr>
 * <tr><td>{@link #CHANNELS_CHANGED}</td><td>the {@code channels} family</td></tr>
 * <tr><td>{@link #NLA_CHANGED}</td><td>the {@code nla} family (stash, push down, new, unlink, layers)</td></tr>
 * <tr><td>{@link #MARKERS_CHANGED}</td><td>the {@code markers} family and {@code action.markers_make_local}</td></tr>
 * <tr><td>{@link #SCENE_FRAME_CHANGED}</td><td>{@code anim.change_frame}, {@code action.frame_jump}</td></tr>
 * <tr><td>{@link #SCENE_CHANGED}</td><td>the {@code scene} family and {@code action.previewrange_set}</td></tr>
 * <tr><td>{@link #VIEW_CHANGED}</td><td>the {@code view} family (view_all, view_selected, ...)</td></tr>
 * <tr><td>{@link #DOCUMENT_CHANGED}</td><td>any other operator that changed its document</td></tr>
 * </table>
 * The topic follows the operator's id and {@code family} ({@code OperatorDefinition.family}): a
 * third-party operator editing keys declares {@code family = "edit"} to be announced as
 * {@link #KEYFRAME_EDITED}.
 */
public final class DopesheetEvents {
    /** Prefix of every topic. */
    public static final String TOPIC_PREFIX = "org/dopesheet/";
    /** Every topic, for an {@code event.topics} property. */
    public static final String ALL_TOPICS = TOPIC_PREFIX + "*";

    /** Every successful invocation, whether it changed anything or not. */
    public static final String OPERATOR_INVOKED = TOPIC_PREFIX + "OPERATOR/INVOKED";
    /** Key selection changed ({@code NA_SELECTED}). */
    public static final String KEYFRAME_SELECTED = TOPIC_PREFIX + "KEYFRAME/SELECTED";
    /** Keys were edited: moved, inserted, deleted, retyped ({@code NA_EDITED}). */
    public static final String KEYFRAME_EDITED = TOPIC_PREFIX + "KEYFRAME/EDITED";
    /** Channels (F-Curves, groups) changed ({@code ND_ANIMCHAN}). */
    public static final String CHANNELS_CHANGED = TOPIC_PREFIX + "CHANNELS/CHANGED";
    /** NLA tracks, strips or the action assignment changed ({@code ND_NLA}, {@code ND_NLA_ACTCHANGE}). */
    public static final String NLA_CHANGED = TOPIC_PREFIX + "NLA/CHANGED";
    /** Markers changed ({@code ND_MARKERS}). */
    public static final String MARKERS_CHANGED = TOPIC_PREFIX + "MARKERS/CHANGED";
    /** The current frame changed ({@code NC_SCENE | ND_FRAME}). */
    public static final String SCENE_FRAME_CHANGED = TOPIC_PREFIX + "SCENE/FRAME_CHANGED";
    /** Other scene settings changed, e.g. the preview range ({@code ND_FRAME_RANGE}). */
    public static final String SCENE_CHANGED = TOPIC_PREFIX + "SCENE/CHANGED";
    /** The editor's view changed ({@code ND_SPACE}). */
    public static final String VIEW_CHANGED = TOPIC_PREFIX + "VIEW/CHANGED";
    /** The document changed in a way no other topic names. */
    public static final String DOCUMENT_CHANGED = TOPIC_PREFIX + "DOCUMENT/CHANGED";

    /** Event property: the document's name (String). */
    public static final String DOCUMENT = "document";
    /** Event property: the operator id, e.g. {@code action.select_all} (String). */
    public static final String OPERATOR = "operator";
    /** Event property: the operator's family, e.g. {@code select} (String). */
    public static final String FAMILY = "family";
    /** Event property: the call with its validated properties, e.g. {@code action.select_all(action='TOGGLE')} (String). */
    public static final String INVOCATION = "invocation";
    /** Event property: the returned status, e.g. {@code [FINISHED]} (String[]). */
    public static final String STATUS = "status";
    /** Event property: the number of model nodes the invocation changed (Integer; 0 on {@link #OPERATOR_INVOKED} when nothing changed). */
    public static final String NODES = "nodes";
    /**
     * Event property of the {@code KEYFRAME/*} and {@code CHANNELS/CHANGED} topics: the F-Curve
     * channels in the operator's reach, the visible F-Curves of the document's editor after the
     * invocation, each as {@code action/data_path[index]} (String[]), e.g. {@code CubeAction/location[0]}.
     */
    public static final String CHANNELS = "channels";
    /** Event property: when the invocation was committed, in milliseconds since the epoch (Long; Event Admin's {@code timestamp}). */
    public static final String TIMESTAMP = "timestamp";

    private DopesheetEvents() {
    }
}
