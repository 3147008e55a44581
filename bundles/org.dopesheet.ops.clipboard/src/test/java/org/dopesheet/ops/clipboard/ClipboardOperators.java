package org.dopesheet.ops.clipboard;

import java.util.List;
import org.dopesheet.operator.Registries;

/** The clipboard family's operators for standalone registries in tests. */
final class ClipboardOperators {
    /** The operator ids of the family. */
    static final List<String> IDS = List.of("action.copy", "action.paste");

    private ClipboardOperators() {
    }

    /** Registers copy and paste, sharing the registry's copy/paste buffer. */
    static Registries.Standalone registerAll(Registries.Standalone s) {
        return s.register(new CopyOperator(s.clipboard()), new PasteOperator(s.clipboard()));
    }
}
