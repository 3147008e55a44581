package org.dopesheet.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dopesheet.model.BehaviourProfile;
import org.dopesheet.model.Document;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every conformance vector's {@code input} and {@code expected} STATE survive
 * {@code write(read(state))} unchanged (without the derived {@code editor.channels} and
 * {@code op_results}): same keys in the same order, same list lengths and order, same values
 * (floats as float32). This proves the mapping covers every field losslessly.
 */
class VectorRoundTripTest {

    @TestFactory
    List<DynamicTest> everyVectorStateRoundTrips() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : Vectors.all()) {
            String name = file.getFileName().toString();
            for (String part : List.of("input", "expected")) {
                tests.add(DynamicTest.dynamicTest(name + " " + part, () -> roundTrip(file, part)));
            }
        }
        return tests;
    }

    private static void roundTrip(Path file, String part) throws IOException {
        Object tree;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            tree = Json.parse(r, file.getFileName().toString());
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> state = (Map<String, Object>) Trees.object(tree, "").get(part);
        assertNotNull(state, part + " missing in " + file);
        Map<String, Object> expected = Trees.object(Trees.copy(state), "");
        expected.remove("op_results");
        Trees.object(expected, "editor").remove("channels");

        Document doc = StateCodec.read(state, file.getFileName().toString(), file.toString());
        Map<String, Object> written = StateCodec.write(doc);
        Trees.assertSameTree(expected, written, file.getFileName() + " " + part);

        // and once more through text: the written JSON parses back to the same state
        Object reparsed = Json.parse(Json.toText(written), "rewritten");
        Trees.assertSameTree(expected, StateCodec.write(StateCodec.read(Trees.object(reparsed, ""), "again")),
                file.getFileName() + " " + part + " via text");
    }

    @Test
    void loadingAVectorFile_takesItsInput_namesTheDocumentAfterTheVector_andUsesTheBlender34Profile()
            throws IOException {
        Path file = Vectors.named("select_all_invert_action");
        Document doc = DocumentFiles.load(file);
        assertEquals("select_all_invert_action", doc.name());
        assertEquals(BehaviourProfile.BLENDER_3_4, doc.profile());
        Object tree = Json.parse(Files.readString(file), file.toString());
        Map<String, Object> input = Trees.object(Trees.copy(Trees.object(tree, "input")), "");
        Trees.object(input, "editor").remove("channels");
        Map<String, Object> written = StateCodec.write(doc);
        assertEquals("BLENDER_3_4", written.remove("profile"));
        Trees.assertSameTree(input, written, "vector input");
    }

    @Test
    void vectorNumbers_parseAsLongAndDouble() throws IOException {
        Object tree = Json.parse(Files.readString(Vectors.named("select_all_invert_action")), "v");
        assertInstanceOf(Long.class, Trees.at(tree, "input.scene.fps"));
        assertInstanceOf(Double.class, Trees.at(tree, "input.scene.fps_base"));
        assertInstanceOf(Double.class, Trees.at(tree, "input.actions[0].fcurves[0].keyframes[0].co[0]"));
    }
}
