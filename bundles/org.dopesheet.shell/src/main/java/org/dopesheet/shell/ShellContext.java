package org.dopesheet.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.felix.service.command.CommandSession;
import org.dopesheet.document.DocumentStore;
import org.dopesheet.model.Document;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * State the shell's commands share: which document is current, and the file each document was
 * opened from or last saved to.
 * <p>
 * <b>Current document.</b> Each Gogo session has its own current document once it selects one
 * ({@code ds:use}, {@code ds:new}, {@code ds:open}); the choice is kept in the session variable
 * {@value #SESSION_VARIABLE}. A session that has not chosen yet, and a Java caller passing a
 * {@code null} session, use the shell-wide current document, which is the document most recently
 * selected in any session (initially the demo document). When neither names a document and
 * exactly one document is open, that one is current. A session whose document was closed (by
 * itself or by another session) gets an error naming the open documents rather than silently
 * another document.
 */
@Component(service = ShellContext.class)
public class ShellContext {
    /** Session variable holding the name of the session's current document. */
    public static final String SESSION_VARIABLE = "ds.document";

    private final DocumentStore documents;
    private final Map<String, Path> files = new ConcurrentHashMap<>();
    private volatile String shellWide;

    /** A shell context over the runtime's documents. */
    @Activate
    public ShellContext(@Reference DocumentStore documents) {
        this.documents = documents;
    }

    /** The open documents. */
    public DocumentStore documents() {
        return documents;
    }

    /**
     * The current document of a session (or the shell-wide one for a {@code null} session).
     *
     * @throws ShellException if there is none or it was closed; the message names the open
     *                        documents and how to choose one
     */
    public Document current(CommandSession session) {
        String name = selectedName(session);
        if (name != null) {
            Optional<Document> doc = documents.get(name);
            if (doc.isPresent()) {
                return doc.get();
            }
            throw new ShellException("the current document '" + name + "' is no longer open; open documents: "
                    + openNames() + "; choose one with ds:use NAME");
        }
        List<String> names = documents.names();
        if (names.size() == 1) {
            return documents.require(names.get(0));
        }
        if (names.isEmpty()) {
            throw new ShellException("no document is open; create one with ds:new NAME or open a file with ds:open PATH");
        }
        throw new ShellException("no current document; open documents: " + openNames()
                + "; choose one with ds:use NAME");
    }

    /**
     * The name of the current document, or {@code null} when there is none (never throws; for
     * marking it in listings).
     */
    public String currentName(CommandSession session) {
        try {
            return current(session).name();
        } catch (ShellException e) {
            return null;
        }
    }

    /**
     * Makes an open document current for the session (and shell-wide).
     *
     * @throws IllegalArgumentException if no document of this name is open
     */
    public Document select(CommandSession session, String name) {
        Document doc = documents.require(name);
        if (session != null) {
            session.put(SESSION_VARIABLE, name);
        }
        shellWide = name;
        return doc;
    }

    /** Makes a document the shell-wide current one unless one is chosen already and still open. */
    public void selectShellWideIfUnset(String name) {
        synchronized (this) {
            String now = shellWide;
            if (now == null || documents.get(now).isEmpty()) {
                shellWide = name;
            }
        }
    }

    /**
     * Forgets a closed document: its file, and the selections of this session and of the shell
     * that named it.
     */
    public void forget(CommandSession session, String name) {
        files.remove(name);
        if (session != null && name.equals(session.get(SESSION_VARIABLE))) {
            session.put(SESSION_VARIABLE, null);
        }
        synchronized (this) {
            if (name.equals(shellWide)) {
                shellWide = null;
            }
        }
    }

    /** The file a document was opened from or last saved to, if any. */
    public Optional<Path> file(String name) {
        return Optional.ofNullable(files.get(name));
    }

    /** Remembers the file of a document. */
    public void setFile(String name, Path file) {
        files.put(name, file);
    }

    /**
     * Resolves a path given to a command: relative paths against the session's current directory
     * (Gogo's {@code cd}), or the process's working directory without a session.
     */
    public Path resolve(CommandSession session, String path) {
        Path p = Path.of(path);
        if (!p.isAbsolute() && session != null && session.currentDir() != null) {
            p = session.currentDir().resolve(p);
        }
        return p.toAbsolutePath().normalize();
    }

    private String selectedName(CommandSession session) {
        if (session != null) {
            Object v = session.get(SESSION_VARIABLE);
            if (v != null) {
                return v.toString();
            }
        }
        return shellWide;
    }

    private String openNames() {
        List<String> names = documents.names();
        return names.isEmpty() ? "(none)" : String.join(", ", names);
    }
}
