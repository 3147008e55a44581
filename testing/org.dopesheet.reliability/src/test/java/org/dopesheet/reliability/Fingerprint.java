package org.dopesheet.reliability;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dopesheet.io.StateCodec;
import org.dopesheet.model.Document;

/**
 * A document's full observable state for equality checks: the STATE tree of
 * {@link StateCodec#write} (every stored field of scene, preferences, objects, actions, editor)
 * plus the document's name and profile. A document whose tree cannot be written (a dangling
 * reference) gets a fingerprint naming that problem, which equals no written one.
 */
final class Fingerprint {
    private Fingerprint() {
    }

    static Object of(Document d) {
        try {
            Map<String, Object> tree = new LinkedHashMap<>(StateCodec.write(d));
            tree.put("document.name", d.name());
            tree.put("document.profile", d.profile().name());
            return tree;
        } catch (RuntimeException e) {
            return "unwritable document: " + e;
        }
    }

    /** Null when equal, else where they first differ. */
    static String difference(Object before, Object after) {
        return Invocations.firstDifference(before, after, "");
    }
}
