package org.dopesheet.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import org.dopesheet.io.internal.JsonDocumentFormat;
import org.dopesheet.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DS component, used open-box (constructed directly, as SCR would). */
class JsonDocumentFormatTest {
    private final DocumentFormat format = new JsonDocumentFormat();

    @Test
    void describesItself() {
        assertEquals("json", format.name());
        assertEquals(".json", format.extension());
    }

    @Test
    void writeThenRead_throughWriterAndReader() throws Exception {
        StringWriter out = new StringWriter();
        format.write(Fixtures.rich(), out);
        assertTrue(out.toString().startsWith("{\n  \"format\": \"dopesheet-document\",\n  \"format_version\": 1,\n"),
                out.toString().substring(0, 80));
        Document back = format.read(new StringReader(out.toString()), "memory");
        Trees.assertSameTree(DocumentFiles.toTree(Fixtures.rich()), DocumentFiles.toTree(back), "through the service");
    }

    @Test
    void saveAndLoad(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("x" + format.extension());
        format.save(Fixtures.rich(), file);
        assertEquals("Rich ñ", format.load(file).name());
    }

    @Test
    void readErrors_nameTheSource() {
        DocumentFormatException e = assertThrows(DocumentFormatException.class,
                () -> format.read(new StringReader("{\"scene\": {}}"), "in-memory.json"));
        assertEquals("in-memory.json: scene.fps: missing required field", e.getMessage());
    }
}
