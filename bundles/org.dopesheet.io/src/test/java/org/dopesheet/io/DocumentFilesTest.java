package org.dopesheet.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dopesheet.model.Action;
import org.dopesheet.model.BehaviourProfile;
import org.dopesheet.model.Document;
import org.dopesheet.model.FCurve;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentFilesTest {
    @TempDir
    Path dir;

    private List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void saveThenLoad_givesAnEqualDocument() throws Exception {
        Document original = Fixtures.rich();
        Path file = dir.resolve("rich.json");
        DocumentFiles.save(original, file);
        Document loaded = DocumentFiles.load(file);
        assertEquals(original.name(), loaded.name());
        assertEquals(BehaviourProfile.BLENDER_3_4, loaded.profile());
        Trees.assertSameTree(DocumentFiles.toTree(original), DocumentFiles.toTree(loaded), "saved and loaded");
        assertEquals(List.of("rich.json"), filesIn(dir), "no temporary file is left");
    }

    @Test
    void streamedText_isTheTextOfTheBuiltTree() throws Exception {
        Document d = Fixtures.rich();
        StringWriter out = new StringWriter();
        DocumentFiles.write(d, out);
        assertEquals(Json.toText(DocumentFiles.toTree(d)), out.toString());
        Path file = dir.resolve("same.json");
        DocumentFiles.save(d, file);
        assertEquals(out.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void documentFile_startsWithItsHeader() throws Exception {
        Path file = dir.resolve("doc.json");
        DocumentFiles.save(new Document("Plain"), file);
        Map<String, Object> tree = Trees.object(Json.parse(Files.readString(file), "doc.json"), "");
        assertEquals(List.of("format", "format_version", "name", "profile", "scene", "preferences", "objects",
                "actions", "editor"), new ArrayList<>(tree.keySet()));
        assertEquals("dopesheet-document", tree.get("format"));
        assertEquals(1L, tree.get("format_version"));
        assertEquals("Plain", tree.get("name"));
        assertEquals("CURRENT", tree.get("profile"));
    }

    @Test
    void nonAsciiNames_roundTripThroughAFile_asUtf8Text() throws Exception {
        Path file = dir.resolve("ünïcödé 名前.json");
        DocumentFiles.save(Fixtures.rich(), file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        for (String name : List.of(Fixtures.CUBE, Fixtures.CUBE_ACTION, Fixtures.GROUP, Fixtures.BONE, Fixtures.LAYERED,
                "Rig 🦊 \\\"ß\\\"")) {
            assertTrue(text.contains(name), "written unescaped: " + name);
        }
        Document loaded = DocumentFiles.load(file);
        assertEquals("Rich ñ", loaded.name());
        assertTrue(loaded.object(Fixtures.RIG) != null, "object " + Fixtures.RIG);
        assertEquals(Fixtures.GROUP, loaded.action(Fixtures.CUBE_ACTION).groups().get(0).name());
        assertEquals(Fixtures.BONE, loaded.object(Fixtures.RIG).bones().get(1).name());
        assertEquals("début", loaded.scene().markers().get(0).name());
        Trees.assertSameTree(DocumentFiles.toTree(Fixtures.rich()), DocumentFiles.toTree(loaded), "non-ASCII");
    }

    @Test
    void saveOverAnExistingFile_replacesItAtomically_withoutLeftovers() throws Exception {
        Path file = dir.resolve("scene.json");
        DocumentFiles.save(new Document("first"), file);
        DocumentFiles.save(Fixtures.rich(), file);
        assertEquals("Rich ñ", DocumentFiles.load(file).name());
        assertEquals(List.of("scene.json"), filesIn(dir));
    }

    @Test
    void saveFailingMidway_leavesThePreviousFileIntact_andNoTemporaryFile() throws Exception {
        Path file = dir.resolve("scene.json");
        DocumentFiles.save(Fixtures.rich(), file);
        byte[] before = Files.readAllBytes(file);

        // NaN deep inside the last action: the writer has streamed most of the file when it fails
        Document broken = Fixtures.rich();
        List<Action> actions = broken.actions();
        FCurve curve = actions.get(actions.size() - 1).fcurves().get(0);
        curve.setY(curve.size() - 1, Float.NaN);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DocumentFiles.save(broken, file));
        assertTrue(e.getMessage().contains("keyframes[2].co[1]: JSON cannot represent the number NaN"), e.getMessage());

        assertArrayEquals(before, Files.readAllBytes(file), "the previous file is untouched");
        assertEquals(List.of("scene.json"), filesIn(dir), "the temporary file was removed");
    }

    @Test
    void saveOfAnInconsistentDocument_failsBeforeTouchingTheDisk() throws Exception {
        Path file = dir.resolve("scene.json");
        DocumentFiles.save(new Document("kept"), file);
        byte[] before = Files.readAllBytes(file);
        Document broken = Fixtures.rich();
        broken.editor().setAction(new Action("not in the document"));
        assertThrows(IllegalStateException.class, () -> DocumentFiles.save(broken, file));
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of("scene.json"), filesIn(dir));
    }

    @Test
    void saveFailingAtTheMove_removesTheTemporaryFile() throws Exception {
        Path target = dir.resolve("occupied.json");
        Files.createDirectory(target);
        Files.writeString(target.resolve("inside.txt"), "a non-empty directory cannot be replaced by a file");
        assertThrows(IOException.class, () -> DocumentFiles.save(Fixtures.rich(), target));
        assertEquals(List.of("occupied.json"), filesIn(dir));
        assertEquals(List.of("inside.txt"), filesIn(target));
    }

    @Test
    void saveIntoAMissingDirectory_failsWithoutCreatingAnything() {
        Path file = dir.resolve("missing").resolve("scene.json");
        assertThrows(NoSuchFileException.class, () -> DocumentFiles.save(Fixtures.rich(), file));
        assertFalse(Files.exists(file.getParent()));
    }

    @Test
    void failedLoad_reportsFileLineAndColumn_andReturnsNoDocument() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\n  \"format\": \"dopesheet-document\",\n  \"format_version\": 1,,\n}\n");
        Document[] holder = {null};
        DocumentFormatException e = assertThrows(DocumentFormatException.class,
                () -> holder[0] = DocumentFiles.load(file));
        assertNull(holder[0]);
        assertEquals(file.toString(), e.source());
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith(file + ": line 3, column "), e.getMessage());
    }

    @Test
    void failedLoad_lateContentError_namesFileAndPath() throws Exception {
        Map<String, Object> tree = DocumentFiles.toTree(Fixtures.rich());
        Trees.object(tree, "editor").put("action", "Unknown");
        Path file = dir.resolve("late.json");
        Files.writeString(file, Json.toText(tree));
        DocumentFormatException e = assertThrows(DocumentFormatException.class, () -> DocumentFiles.load(file));
        assertEquals(file + ": editor.action: unknown action 'Unknown'; the actions are: "
                + String.join(", ", List.of("Unused", Fixtures.CUBE_ACTION, Fixtures.STASH, Fixtures.LAYERED)),
                e.getMessage());
    }

    @Test
    void invalidUtf8_isAFormatError() throws Exception {
        Path file = dir.resolve("latin1.json");
        Files.write(file, "{\"name\": \"W\u00fcrfel\"}".getBytes(StandardCharsets.ISO_8859_1));
        DocumentFormatException e = assertThrows(DocumentFormatException.class, () -> DocumentFiles.load(file));
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
    }

    @Test
    void headerIsChecked() throws Exception {
        Map<String, Object> tree = DocumentFiles.toTree(new Document("d"));
        tree.put("format_version", 2L);
        DocumentFormatException v = assertThrows(DocumentFormatException.class, () -> DocumentFiles.fromTree(tree, "d.json"));
        assertEquals("d.json: format_version: unsupported version 2; this reader supports version 1", v.getMessage());

        tree.put("format_version", 1L);
        tree.put("format", "blend");
        DocumentFormatException f = assertThrows(DocumentFormatException.class, () -> DocumentFiles.fromTree(tree, "d.json"));
        assertEquals("format", f.path());

        DocumentFormatException top = assertThrows(DocumentFormatException.class,
                () -> DocumentFiles.fromTree(List.of(), "d.json"));
        assertEquals("d.json: expected a JSON object at the top level, found an array", top.getMessage());
    }

    @Test
    void bareState_loads_namedAfterTheFile() throws Exception {
        Path file = dir.resolve("bare state.json");
        Files.writeString(file, Json.toText(StateCodec.write(Fixtures.rich())));
        Document d = DocumentFiles.load(file);
        assertEquals("bare state", d.name());
        assertEquals(BehaviourProfile.BLENDER_3_4, d.profile());
        Trees.assertSameTree(StateCodec.write(Fixtures.rich()), StateCodec.write(d), "bare state");
    }
}
