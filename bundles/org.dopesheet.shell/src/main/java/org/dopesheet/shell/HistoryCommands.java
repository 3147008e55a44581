package org.dopesheet.shell;

import java.util.Map;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.dopesheet.model.Document;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.UndoHistory;
import org.dopesheet.shell.internal.Arguments;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Undo commands of scope {@code ds}: {@code undo}, {@code redo}, {@code history} and
 * {@code adjust} (Blender's Adjust Last Operation), on the current document.
 */
@Component(service = HistoryCommands.class, property = {
    "osgi.command.scope=ds",
    "osgi.command.function=undo",
    "osgi.command.function=redo",
    "osgi.command.function=history",
    "osgi.command.function=adjust"})
public class HistoryCommands {
    private final UndoHistory history;
    private final ShellContext shell;

    @Activate
    public HistoryCommands(@Reference UndoHistory history, @Reference ShellContext shell) {
        this.history = history;
        this.shell = shell;
    }

    @Descriptor("undo the last step of the current document")
    public HistoryView undo(CommandSession session) {
        Document d = shell.current(session);
        String name = last(d);
        if (!history.undo(d)) {
            throw new ShellException("nothing to undo in " + d.name());
        }
        return view(d, "undone " + name);
    }

    @Descriptor("redo the next undone step of the current document")
    public HistoryView redo(CommandSession session) {
        Document d = shell.current(session);
        int pos = history.position(d);
        if (!history.redo(d)) {
            throw new ShellException("nothing to redo in " + d.name());
        }
        return view(d, "redone " + history.steps(d).get(pos).invocation());
    }

    @Descriptor("list the undo steps of the current document (> marks the last applied one)")
    public HistoryView history(CommandSession session) {
        return view(shell.current(session), null);
    }

    @Descriptor("adjust the last operation: undo it and run it again with changed properties, e.g. adjust threshold=0.1")
    public RunResult adjust(CommandSession session,
            @Descriptor("name=value properties to change") String... assignments) {
        Document d = shell.current(session);
        if (history.position(d) == 0) {
            throw new ShellException("nothing to adjust in " + d.name());
        }
        String id = history.steps(d).get(history.position(d) - 1).operatorId();
        Map<String, Object> changes = Arguments.parse(id, java.util.Arrays.asList(assignments));
        OperatorResult r = history.adjustLast(d, changes);
        return new RunResult(d.name(), id, changes, r);
    }

    private String last(Document d) {
        int pos = history.position(d);
        return pos == 0 ? "" : history.steps(d).get(pos - 1).invocation();
    }

    private HistoryView view(Document d, String action) {
        return new HistoryView(d.name(), history.steps(d), history.position(d), action);
    }
}
