package org.dopesheet.benchmarks;

import java.util.Map;

/**
 * The operator calls of Blender's benchmark run, as invocations of the registry: the operator id,
 * its properties, and what has to happen before it (untimed) so that it does what Blender's run
 * timed.
 */
public enum BenchOp {
    SELECT_ALL_TOGGLE("action.select_all", Map.of("action", "TOGGLE")),
    SELECT_ALL_SELECT("action.select_all", Map.of("action", "SELECT")),
    CLEAN("action.clean", Map.of("threshold", 0.001)),
    COPY("action.copy", Map.of()),
    /** Copy all keys, current frame to 2 x keys + 10 (untimed), then the timed paste START / MIX. */
    PASTE("action.paste", Map.of("offset", "START", "merge", "MIX")),
    SNAP("action.snap", Map.of("type", "NEAREST_FRAME")),
    MIRROR("action.mirror", Map.of("type", "XAXIS")),
    INTERPOLATION_TYPE("action.interpolation_type", Map.of("type", "LINEAR")),
    HANDLE_TYPE("action.handle_type", Map.of("type", "VECTOR")),
    DELETE("action.delete", Map.of()),
    DUPLICATE("action.duplicate", Map.of()),
    BAKE_KEYS("action.bake_keys", Map.of());

    public final String operatorId;
    public final Map<String, ?> properties;

    BenchOp(String operatorId, Map<String, ?> properties) {
        this.operatorId = operatorId;
        this.properties = properties;
    }

    /** Whether the operator changes the document (so that it has an undo step). */
    public boolean changesDocument() {
        return this != COPY;
    }

    /** The row label used in BENCHMARKS.md. */
    public String label() {
        switch (this) {
            case SELECT_ALL_TOGGLE:
                return "select_all TOGGLE (deselect)";
            case SELECT_ALL_SELECT:
                return "select_all SELECT";
            case CLEAN:
                return "clean threshold=0.001";
            case PASTE:
                return "paste START/MIX";
            case SNAP:
                return "snap NEAREST_FRAME";
            case MIRROR:
                return "mirror XAXIS";
            case INTERPOLATION_TYPE:
                return "interpolation_type LINEAR";
            case HANDLE_TYPE:
                return "handle_type VECTOR";
            default:
                return name().toLowerCase();
        }
    }

    /** Untimed preparation: for paste, the copy of all keys and the frame change of Blender's run. */
    public void prepare(BenchDocument d) {
        if (this == PASTE) {
            d.invoke("action.copy", Map.of());
            d.doc.scene().setFrameCurrent(2 * d.keys + 10);
        }
    }

    /** Untimed clean-up after the preparation (the frame back in the middle). */
    public void unprepare(BenchDocument d) {
        d.doc.scene().setFrameCurrent(BenchDocument.middleFrame(d.keys));
    }

    /** The timed call. */
    public Object run(BenchDocument d) {
        return d.invoke(operatorId, properties);
    }
}
