package org.dopesheet.shell;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.dopesheet.document.DocumentStore;
import org.dopesheet.io.DocumentFormat;
import org.dopesheet.model.Document;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Document commands of scope {@code ds}: {@code new}, {@code open}, {@code save}, {@code close},
 * {@code docs} and {@code use}. Files are read and written through the {@link DocumentFormat}
 * services, chosen by file extension; saving is atomic (the format's guarantee).
 */
@Component(service = DocumentCommands.class, property = {
    "osgi.command.scope=ds",
    "osgi.command.function=new",
    "osgi.command.function=open",
    "osgi.command.function=save",
    "osgi.command.function=close",
    "osgi.command.function=docs",
    "osgi.command.function=use"})
public class DocumentCommands {
    private final ShellContext shell;
    private final List<DocumentFormat> formats = new CopyOnWriteArrayList<>();

    /** Commands over the shell's documents. */
    @Activate
    public DocumentCommands(@Reference ShellContext shell) {
        this.shell = shell;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addFormat(DocumentFormat format) {
        formats.add(format);
    }

    void removeFormat(DocumentFormat format) {
        formats.remove(format);
    }

    /** {@code ds:new NAME}: creates an empty document and makes it current. */
    @Descriptor("create an empty document and make it the current one")
    public DocumentInfo _new(CommandSession session, @Descriptor("document name") String name) {
        shell.documents().create(name);
        return info(session, shell.select(session, name));
    }

    /** Java-friendly alias of {@link #_new} (Gogo maps {@code new} to {@code _new}). */
    public DocumentInfo create(CommandSession session, String name) {
        return _new(session, name);
    }

    /** {@code ds:open PATH}: loads a document file under its own name and makes it current. */
    @Descriptor("open a document file under the name stored in it (or the file name) and make it current")
    public DocumentInfo open(CommandSession session, @Descriptor("file, e.g. shot.json") String path)
            throws IOException {
        return open(session, path, null);
    }

    /** {@code ds:open PATH NAME}: loads a document file under a given name and makes it current. */
    @Descriptor("open a document file under the given name and make it current")
    public DocumentInfo open(CommandSession session, @Descriptor("file, e.g. shot.json") String path,
            @Descriptor("name for the document") String name) throws IOException {
        Path file = shell.resolve(session, path);
        DocumentFormat format = formatFor(file);
        Document doc = format.load(file);
        String docName = name == null ? doc.name() : name;
        DocumentStore store = shell.documents();
        synchronized (store) {
            if (store.get(docName).isPresent()) {
                throw new ShellException("a document named '" + docName + "' is open already; close it first (ds:close "
                        + docName + ") or open the file under another name: ds:open " + path + " NAME");
            }
            if (!doc.name().equals(docName)) {
                doc.setName(docName);
            }
            store.put(doc);
        }
        shell.setFile(docName, file);
        return info(session, shell.select(session, docName));
    }

    /** {@code ds:save}: saves the current document to the file it came from or was last saved to. */
    @Descriptor("save the current document to the file it was opened from or last saved to")
    public DocumentInfo save(CommandSession session) throws IOException {
        Document doc = shell.current(session);
        Path file = shell.file(doc.name()).orElseThrow(() -> new ShellException("document '" + doc.name()
                + "' has no file yet; give one: ds:save PATH (e.g. " + doc.name() + defaultExtension() + ")"));
        return saveTo(session, doc, file);
    }

    /** {@code ds:save PATH}: saves the current document to a file, which it then belongs to. */
    @Descriptor("save the current document to a file (atomically) and remember the file")
    public DocumentInfo save(CommandSession session, @Descriptor("file, e.g. shot.json") String path)
            throws IOException {
        return saveTo(session, shell.current(session), shell.resolve(session, path));
    }

    private DocumentInfo saveTo(CommandSession session, Document doc, Path file) throws IOException {
        DocumentFormat format = formatFor(file);
        ReentrantLock lock = doc.lock();
        lock.lock();
        try {
            format.save(doc, file);
        } finally {
            lock.unlock();
        }
        shell.setFile(doc.name(), file);
        return info(session, doc);
    }

    /** {@code ds:close}: closes the current document. */
    @Descriptor("close the current document (unsaved changes are lost)")
    public ClosedDocument close(CommandSession session) {
        return close(session, shell.current(session).name());
    }

    /** {@code ds:close NAME}: closes a document. */
    @Descriptor("close a document (unsaved changes are lost)")
    public ClosedDocument close(CommandSession session, @Descriptor("document name") String name) {
        DocumentStore store = shell.documents();
        store.require(name);
        store.remove(name);
        shell.forget(session, name);
        return new ClosedDocument(name, shell.currentName(session));
    }

    /** {@code ds:docs}: the open documents, the current one marked. */
    @Descriptor("list the open documents, marking the current one")
    public DocumentList docs(CommandSession session) {
        String current = shell.currentName(session);
        List<DocumentInfo> out = new ArrayList<>();
        for (String name : shell.documents().names()) {
            shell.documents().get(name).ifPresent(d -> out.add(info(d, name.equals(current))));
        }
        return new DocumentList(out);
    }

    /** {@code ds:use NAME}: makes a document the current one of this session. */
    @Descriptor("make a document the current one (of this session; sessions that chose none follow)")
    public DocumentInfo use(CommandSession session, @Descriptor("document name") String name) {
        return info(session, shell.select(session, name));
    }

    private DocumentInfo info(CommandSession session, Document doc) {
        return info(doc, doc.name().equals(shell.currentName(session)));
    }

    private DocumentInfo info(Document doc, boolean current) {
        ReentrantLock lock = doc.lock();
        lock.lock();
        try {
            return new DocumentInfo(doc.name(), current, doc.objects().size(), doc.actions().size(), doc.keyCount(),
                    shell.file(doc.name()).orElse(null));
        } finally {
            lock.unlock();
        }
    }

    private DocumentFormat formatFor(Path file) {
        String fileName = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        List<String> known = new ArrayList<>();
        for (DocumentFormat f : formats) {
            if (fileName.endsWith(f.extension().toLowerCase(Locale.ROOT))) {
                return f;
            }
            known.add(f.extension());
        }
        if (known.isEmpty()) {
            throw new ShellException("no document format is available (is the bundle org.dopesheet.io running?)");
        }
        throw new ShellException("no document format for '" + file.getFileName() + "'; known extensions: "
                + String.join(", ", known));
    }

    private String defaultExtension() {
        return formats.isEmpty() ? ".json" : formats.get(0).extension();
    }
}
