package org.dopesheet.io;

import java.util.Map;
import org.dopesheet.io.internal.StateReader;
import org.dopesheet.io.internal.StateWriter;
import org.dopesheet.model.BehaviourProfile;
import org.dopesheet.model.Document;

/**
 * The STATE object of the conformance vectors (shared {@code conformance/FORMAT.md}, section 2)
 * as a {@link Document}, and back.
 * <p>
 * A STATE has {@code scene}, {@code preferences}, {@code objects}, {@code actions} and
 * {@code editor}. Every field is required and checked; unknown fields are errors. Two fields are
 * derived data and ignored on read: {@code editor.channels} and an expected state's
 * {@code op_results}. Floats are stored as float32. Actions are referenced by name (animation
 * data, strips, editor), groups by name from their F-Curves; the active object is the one with
 * {@code "active": true}.
 * <p>
 * Beyond FORMAT.md, and only present when used: {@code profile} ({@code CURRENT} when absent),
 * layered actions' {@code slots} (each {@code handle}, {@code identifier}, {@code select},
 * {@code active}, {@code groups}, {@code fcurves}, replacing the action's own {@code groups} and
 * {@code fcurves}), and animation data's {@code slot_handle} and {@code last_slot_identifier}
 * (after {@code action}). The STATE of legacy data therefore has exactly FORMAT.md's keys.
 */
public final class StateCodec {
    private StateCodec() {
    }

    /**
     * Builds a new document from a STATE tree (as {@link Json#parse} returns it).
     *
     * @throws DocumentFormatException at the first problem, naming its JSON path; no document is
     *                                 produced
     */
    public static Document read(Map<String, Object> state, String documentName) throws DocumentFormatException {
        return read(state, documentName, null);
    }

    /**
     * Builds a new document from a STATE tree read from {@code sourceName}, which error messages
     * name.
     *
     * @throws DocumentFormatException at the first problem, naming source and JSON path
     */
    public static Document read(Map<String, Object> state, String documentName, String sourceName)
            throws DocumentFormatException {
        return StateReader.read(state, documentName, sourceName, "", BehaviourProfile.CURRENT);
    }

    /**
     * The STATE tree of a document (without {@code editor.channels}): new mutable maps and
     * lists, {@link Long} integers, {@link Float} floats, enum identifiers as strings. The
     * document's lock is held while reading it.
     *
     * @throws IllegalStateException if the document refers to an action, NLA track or strip, or
     *                               group that is not part of it; the message names the JSON path
     */
    public static Map<String, Object> write(Document document) {
        return StateWriter.write(document, true);
    }
}
