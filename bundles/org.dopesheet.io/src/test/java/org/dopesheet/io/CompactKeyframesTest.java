package org.dopesheet.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.StringReader;
import java.io.StringWriter;
import org.dopesheet.model.Document;
import org.junit.jupiter.api.Test;

/**
 * Reading a document keeps its keyframes in columns while they have the writer's layout; the
 * document read is the same as from the plain parsed tree, also when some keyframes do not have
 * that layout (integer literals, another field order, an unknown field).
 */
class CompactKeyframesTest {

    private static Object tree(Document d) {
        return DocumentFiles.toTree(d);
    }

    @Test
    void sameDocumentAsFromThePlainTree() throws Exception {
        StringWriter w = new StringWriter();
        DocumentFiles.write(Fixtures.rich(), w);
        String text = w.toString();
        Document viaColumns = DocumentFiles.read(new StringReader(text), "rich.json");
        Document viaTree = DocumentFiles.fromTree(Json.parse(text, "rich.json"), "rich.json");
        assertEquals(tree(viaTree), tree(viaColumns));
    }

    @Test
    void keyframesOutOfLayoutAreReadAsParsed() throws Exception {
        StringWriter w = new StringWriter();
        DocumentFiles.write(Fixtures.rich(), w);
        String text = w.toString();
        // an integral literal, a reordered keyframe: both must be read as before
        String odd = text.replaceFirst("\"co\": \\[([-0-9]+)\\.0,", "\"co\": [$1,")
                .replaceFirst("\\{\"co\": (\\[[^]]*\\]), \"handle_left\": (\\[[^]]*\\]),",
                        "{\"handle_left\": $2, \"co\": $1,");
        assertNotEquals(text, odd);
        Document viaColumns = DocumentFiles.read(new StringReader(odd), "odd.json");
        Document viaTree = DocumentFiles.fromTree(Json.parse(odd, "odd.json"), "odd.json");
        assertEquals(tree(viaTree), tree(viaColumns));
        String unknown = text.replaceFirst("\"select_right_handle\": (true|false)\\}",
                "\"select_right_handle\": $1, \"extra\": 1}");
        assertNotEquals(text, unknown);
        String fromColumns;
        try {
            DocumentFiles.read(new StringReader(unknown), "unknown.json");
            fromColumns = "read";
        } catch (DocumentFormatException e) {
            fromColumns = e.getMessage();
        }
        String fromTree;
        try {
            DocumentFiles.fromTree(Json.parse(unknown, "unknown.json"), "unknown.json");
            fromTree = "read";
        } catch (DocumentFormatException e) {
            fromTree = e.getMessage();
        }
        assertEquals(fromTree, fromColumns);
    }
}
