package org.dopesheet.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.dopesheet.context.AnimationContext;
import org.dopesheet.model.Action;
import org.dopesheet.model.ActionSlot;
import org.dopesheet.model.AnimData;
import org.dopesheet.model.Bone;
import org.dopesheet.model.Channelbag;
import org.dopesheet.model.Document;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.SceneObject;
import org.dopesheet.shell.internal.DopeSheets;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Inspection commands of scope {@code ds} on the current document: {@code objects},
 * {@code actions}, {@code slots}, {@code channels} and {@code show} (a text dope sheet).
 */
@Component(service = InspectCommands.class, property = {
    "osgi.command.scope=ds",
    "osgi.command.function=objects",
    "osgi.command.function=actions",
    "osgi.command.function=slots",
    "osgi.command.function=channels",
    "osgi.command.function=show"})
public class InspectCommands {
    /** What {@code show} receives for an absent frame option; Java callers pass it for "default". */
    public static final int ABSENT_FRAME = Integer.MIN_VALUE;
    /** {@link #ABSENT_FRAME} as Gogo's absent value of the options (no frame is this small). */
    static final String NO_FRAME = "-2147483648";

    private final ShellContext shell;

    /** Inspection commands over the shell's current document. */
    @Activate
    public InspectCommands(@Reference ShellContext shell) {
        this.shell = shell;
    }

    /** {@code ds:objects}: the objects of the current document. */
    @Descriptor("list the objects of the current document (type, selection, action, keys, bones)")
    public ObjectList objects(CommandSession session) {
        Document doc = shell.current(session);
        ReentrantLock lock = doc.lock();
        lock.lock();
        try {
            List<ObjectList.Item> out = new ArrayList<>();
            for (SceneObject o : doc.objects()) {
                AnimData adt = o.animationData();
                Action act = adt == null ? null : adt.action();
                Channelbag bag = adt == null ? null : adt.channelbag();
                List<String> bones = new ArrayList<>();
                for (Bone b : o.bones()) {
                    bones.add(b.name());
                }
                out.add(new ObjectList.Item(o.name(), o.type(), o.select(), o == doc.activeObject(),
                        act == null ? null : act.name(), bag == null ? 0 : bag.keyCount(), bones));
            }
            return new ObjectList(doc.name(), out);
        } finally {
            lock.unlock();
        }
    }

    /** {@code ds:actions}: the actions of the current document. */
    @Descriptor("list the actions of the current document (users, slots, curves, keys, frame range, users)")
    public ActionList actions(CommandSession session) {
        Document doc = shell.current(session);
        ReentrantLock lock = doc.lock();
        lock.lock();
        try {
            // building the context syncs the Action editor's action with the active object, as Blender does
            Action shownAction = AnimationContext.of(doc).editor().action();
            List<ActionList.Item> out = new ArrayList<>();
            for (Action a : doc.actions()) {
                int groups = 0;
                int curves = 0;
                long keys = 0;
                float first = Float.POSITIVE_INFINITY;
                float last = Float.NEGATIVE_INFINITY;
                for (Channelbag bag : a.channelbags()) {
                    groups += bag.groups().size();
                    curves += bag.fcurves().size();
                    keys += bag.keyCount();
                    for (FCurve c : bag.fcurves()) {
                        for (int i = 0; i < c.size(); i++) {
                            first = Math.min(first, c.x(i));
                            last = Math.max(last, c.x(i));
                        }
                    }
                }
                List<String> users = new ArrayList<>();
                for (SceneObject o : doc.objects()) {
                    if (o.animationData() != null && o.animationData().action() == a) {
                        users.add(o.name());
                    }
                }
                boolean any = keys > 0;
                out.add(new ActionList.Item(a.name(), a.users(), a.useFakeUser(), a.idRoot(), a.layered(),
                        a.slots().size(), groups, curves, keys, any ? first : null, any ? last : null, users,
                        shownAction == a));
            }
            return new ActionList(doc.name(), out);
        } finally {
            lock.unlock();
        }
    }

    /** {@code ds:slots}: the slots of the action the editor shows (or the active object's). */
    @Descriptor("list the slots of the action the editor shows (or the active object's action)")
    public SlotList slots(CommandSession session) {
        Document doc = shell.current(session);
        ReentrantLock lock = doc.lock();
        lock.lock();
        try {
            Action act = AnimationContext.of(doc).editor().action();
            if (act == null && doc.activeObject() != null && doc.activeObject().animationData() != null) {
                act = doc.activeObject().animationData().action();
            }
            if (act == null) {
                throw new ShellException("the editor shows no action and the active object has none; name one: "
                        + "ds:slots ACTION (see ds:actions)");
            }
            return slots(doc, act);
        } finally {
            lock.unlock();
        }
    }

    /** {@code ds:slots ACTION}: the slots of an action. */
    @Descriptor("list the slots of an action")
    public SlotList slots(CommandSession session, @Descriptor("action name") String action) {
        Document doc = shell.current(session);
        ReentrantLock lock = doc.lock();
        lock.lock();
        try {
            Action act = doc.action(action);
            if (act == null) {
                List<String> names = new ArrayList<>();
                for (Action a : doc.actions()) {
                    names.add(a.name());
                }
                throw new ShellException("document '" + doc.name() + "' has no action named '" + action
                        + "'; actions: " + (names.isEmpty() ? "(none)" : String.join(", ", names)));
            }
            return slots(doc, act);
        } finally {
            lock.unlock();
        }
    }

    private static SlotList slots(Document doc, Action act) {
        List<SlotList.Item> out = new ArrayList<>();
        for (ActionSlot s : act.slots()) {
            Channelbag bag = s.channelbag();
            List<String> users = new ArrayList<>();
            for (SceneObject o : doc.objects()) {
                AnimData adt = o.animationData();
                if (adt != null && adt.action() == act && adt.slotHandle() == s.handle()) {
                    users.add(o.name());
                }
            }
            out.add(new SlotList.Item(s.handle(), s.identifier(), s.select(), s.active(),
                    bag == null ? 0 : bag.groups().size(), bag == null ? 0 : bag.fcurves().size(),
                    bag == null ? 0 : bag.keyCount(), users));
        }
        return new SlotList(doc.name(), act.name(), act.layered(), out);
    }

    /** {@code ds:channels}: the editor's channel rows in Blender's order. */
    @Descriptor("list the editor's channel rows in Blender's order (type, selection, key count)")
    public ChannelList channels(CommandSession session) {
        return DopeSheets.channels(shell.current(session));
    }

    /**
     * {@code ds:show [-f N] [-t N]}: a text dope sheet of the current document. Without options
     * it shows the editor's visible frame range (see {@link DopeSheets#defaultRange}); with one of
     * them, a range of the same width starting or ending there.
     *
     * @param from first frame, or {@link #ABSENT_FRAME} for the default
     * @param to   last frame, or {@link #ABSENT_FRAME} for the default
     */
    @Descriptor("draw the current document's dope sheet as text: channel rows, one column per frame")
    public DopeSheet show(CommandSession session,
            @Descriptor("first frame (default: the editor's visible range, at most 120 frames)")
            @Parameter(names = {"-f", "--from"}, absentValue = NO_FRAME) int from,
            @Descriptor("last frame") @Parameter(names = {"-t", "--to"}, absentValue = NO_FRAME) int to) {
        return DopeSheets.dopeSheet(shell.current(session), from == ABSENT_FRAME ? null : from,
                to == ABSENT_FRAME ? null : to);
    }
}
