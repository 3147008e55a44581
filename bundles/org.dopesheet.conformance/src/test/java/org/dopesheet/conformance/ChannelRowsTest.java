package org.dopesheet.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dopesheet.io.StateCodec;
import org.dopesheet.model.Document;
import org.junit.jupiter.api.Test;

/**
 * The channel listing (filters, order, row geometry) reproduces the rows Blender recorded in the
 * input of every vector.
 */
class ChannelRowsTest {

    @Test
    @SuppressWarnings("unchecked")
    void rowsOfEveryVectorInputMatchBlender() throws Exception {
        List<Path> files = Vectors.files();
        assertTrue(files.size() > 200, "vectors found: " + files.size());
        List<String> failures = new ArrayList<>();
        for (Path f : files) {
            Map<String, Object> v = Vectors.read(f);
            Map<String, Object> input = (Map<String, Object>) v.get("input");
            Document doc = StateCodec.read(input, "input");
            Object expected = ((Map<String, Object>) input.get("editor")).get("channels");
            List<String> diffs = StateComparison.compare(expected, ChannelRows.of(doc), Tolerance.of(v.get("tolerance")));
            if (!diffs.isEmpty()) {
                failures.add(f.getFileName() + ": " + diffs.get(0));
            }
        }
        assertEquals(List.of(), failures);
    }
}
