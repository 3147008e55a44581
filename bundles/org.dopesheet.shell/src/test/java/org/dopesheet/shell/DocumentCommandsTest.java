package org.dopesheet.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.felix.service.command.CommandSession;
import org.dopesheet.io.DocumentFiles;
import org.dopesheet.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ds:new}, {@code open}, {@code save}, {@code close}, {@code docs}, {@code use}. */
class DocumentCommandsTest {
    @TempDir
    Path dir;

    @Test
    void new__createsAnEmptyCurrentDocument_aTakenNameIsAnError() {
        Fixture f = new Fixture();

        DocumentInfo info = f.documents._new(null, "shot");

        assertEquals(new DocumentInfo("shot", true, 0, 0, 0, null), info);
        assertEquals("shot (current): 0 objects, 0 actions, 0 keys, no file", info.toString());
        IllegalArgumentException taken = assertThrows(IllegalArgumentException.class,
                () -> f.documents.create(null, "shot"));
        assertEquals("a document named 'shot' is open already", taken.getMessage());
    }

    @Test
    void save__thenOpenUnderAnotherName_roundTripsThroughTheFormat() throws Exception {
        Fixture f = new Fixture();
        f.open(Fixture.tiny());
        Path file = dir.resolve("tiny.json");

        DocumentInfo saved = f.documents.save(null, file.toString());

        assertEquals(file, saved.file());
        assertTrue(Files.isRegularFile(file));
        DocumentInfo opened = f.documents.open(null, file.toString(), "copy");
        assertEquals(new DocumentInfo("copy", true, 1, 1, 4, file), opened);
        Document copy = f.registries.documents().require("copy");
        assertEquals(4, copy.scene().frameCurrent());
        assertEquals(2, copy.scene().markers().size());
    }

    @Test
    void save__withoutPath_writesTheRememberedFile() throws Exception {
        Fixture f = new Fixture();
        Document tiny = f.open(Fixture.tiny());
        Path file = dir.resolve("tiny.json");
        f.documents.save(null, file.toString());
        tiny.scene().setFrameCurrent(33);

        f.documents.save(null);

        assertEquals(33, DocumentFiles.load(file).scene().frameCurrent());
        assertEquals(List.of("tiny.json"), List.of(dir.toFile().list()), "no temporary file is left behind");
    }

    @Test
    void save__withoutAFileOrFormat_explainsWhatToDo() {
        Fixture f = new Fixture();
        f.open(Fixture.tiny());

        ShellException noFile = assertThrows(ShellException.class, () -> f.documents.save(null));
        assertEquals("document 'tiny' has no file yet; give one: ds:save PATH (e.g. tiny.json)", noFile.getMessage());
        ShellException noFormat = assertThrows(ShellException.class,
                () -> f.documents.save(null, dir.resolve("tiny.txt").toString()));
        assertEquals("no document format for 'tiny.txt'; known extensions: .json", noFormat.getMessage());
        assertFalse(Files.exists(dir.resolve("tiny.txt")));
    }

    @Test
    void open__relativePathsResolveAgainstTheSessionsDirectory_takenNamesAreRefused() throws Exception {
        Fixture f = new Fixture();
        f.open(Fixture.tiny());
        f.documents.save(null, dir.resolve("tiny.json").toString());
        CommandSession session = FakeSession.create(dir);

        ShellException taken = assertThrows(ShellException.class, () -> f.documents.open(session, "tiny.json"));
        assertTrue(taken.getMessage().startsWith("a document named 'tiny' is open already"), taken.getMessage());

        DocumentInfo again = f.documents.open(session, "tiny.json", "again");
        assertEquals(dir.resolve("tiny.json"), again.file());
        assertEquals("again", session.get(ShellContext.SESSION_VARIABLE));
    }

    @Test
    void open__invalidFile_reportsTheFormatsMessage() throws Exception {
        Fixture f = new Fixture();
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"scene\": ");

        Exception e = assertThrows(Exception.class, () -> f.documents.open(null, bad.toString()));

        assertTrue(e.getMessage().contains("bad.json"), e.getMessage());
        assertTrue(f.registries.documents().names().isEmpty());
    }

    @Test
    void docsUseAndClose_trackTheCurrentDocumentPerSession() {
        Fixture f = new Fixture();
        f.documents._new(null, "a");
        f.documents._new(null, "b");
        CommandSession one = FakeSession.create(null);
        CommandSession two = FakeSession.create(null);

        f.documents.use(one, "a");
        assertEquals("a", f.shell.current(one).name());
        assertEquals("a", f.shell.current(two).name(), "a session that chose nothing follows the latest choice");
        f.documents.use(two, "b");
        assertEquals("a", f.shell.current(one).name());
        assertEquals(List.of(false, true), f.documents.docs(two).documents().stream().map(DocumentInfo::current)
                .toList());

        ClosedDocument closed = f.documents.close(two, "a");

        assertEquals(new ClosedDocument("a", "b"), closed);
        ShellException stale = assertThrows(ShellException.class, () -> f.shell.current(one));
        assertEquals("the current document 'a' is no longer open; open documents: b; choose one with ds:use NAME",
                stale.getMessage());
        f.documents.use(one, "b");
        assertEquals("b", f.shell.current(one).name());
    }

    @Test
    void closeAndUse_unknownDocument_namesTheOpenOnes() {
        Fixture f = new Fixture();
        f.documents._new(null, "a");

        IllegalArgumentException use = assertThrows(IllegalArgumentException.class, () -> f.documents.use(null, "z"));
        assertEquals("no document named 'z'; open documents: a", use.getMessage());
        assertThrows(IllegalArgumentException.class, () -> f.documents.close(null, "z"));
    }

    @Test
    void current__withSeveralDocumentsAndNoChoice_asksToChoose() {
        Fixture f = new Fixture();
        f.registries.documents().create("a");
        f.registries.documents().create("b");

        ShellException e = assertThrows(ShellException.class, () -> f.shell.current(null));
        assertEquals("no current document; open documents: a, b; choose one with ds:use NAME", e.getMessage());
        f.registries.documents().remove("b");
        assertEquals("a", f.shell.current(null).name(), "a single open document is current");
        ClosedDocument closed = f.documents.close(null);
        assertNull(closed.current());
        assertEquals("closed a; no current document", closed.toString());
        assertEquals("no documents are open", f.documents.docs(null).toString());
    }
}
