package org.dopesheet.shell.internal;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.felix.service.command.Converter;
import org.dopesheet.model.KeyframeType;
import org.dopesheet.operator.CollectionProperty;
import org.dopesheet.operator.EnumFlagProperty;
import org.dopesheet.operator.EnumItem;
import org.dopesheet.operator.EnumProperty;
import org.dopesheet.operator.FloatProperty;
import org.dopesheet.operator.GroupProperty;
import org.dopesheet.operator.IntProperty;
import org.dopesheet.operator.OperatorFlag;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.OperatorStatus;
import org.dopesheet.operator.OperatorType;
import org.dopesheet.operator.PropertyDef;
import org.dopesheet.operator.PropertySchema;
import org.dopesheet.operator.PythonLiterals;
import org.dopesheet.operator.Report;
import org.dopesheet.shell.ActionList;
import org.dopesheet.shell.AwaitResult;
import org.dopesheet.shell.ChannelList;
import org.dopesheet.shell.ClosedDocument;
import org.dopesheet.shell.DocumentInfo;
import org.dopesheet.shell.DocumentList;
import org.dopesheet.shell.DopeSheet;
import org.dopesheet.shell.FamilyList;
import org.dopesheet.shell.FrameChange;
import org.dopesheet.shell.HistoryView;
import org.dopesheet.shell.ObjectList;
import org.dopesheet.shell.OperatorDescription;
import org.dopesheet.shell.OperatorList;
import org.dopesheet.shell.RunResult;
import org.dopesheet.shell.SlotList;

/**
 * Text of the shell's result objects at Gogo's levels: {@link Converter#INSPECT} (the full,
 * possibly multi-line text the console prints for a command's result), {@link Converter#LINE}
 * and {@link Converter#PART} (one line, for an object inside a list or another object).
 */
public final class ShellFormat {
    /** Widest label column of the text dope sheet. */
    static final int MAX_LABEL = 40;
    /** Longest operator description {@code ds:ops} prints before cutting it. */
    static final int MAX_DESCRIPTION = 70;
    /** Legend of the text dope sheet. */
    public static final String LEGEND = "Legend: k keyframe, b breakdown, m moving hold, e extreme, j jitter,"
            + " g generated (upper case: selected); | current frame; ^ marker, # selected marker";

    /** The classes formatted here (the Converter's {@code osgi.converter.classes}). */
    public static final List<Class<?>> CLASSES = List.of(DocumentInfo.class, DocumentList.class,
            ClosedDocument.class, ObjectList.class, ActionList.class, SlotList.class, ChannelList.class,
            DopeSheet.class, OperatorList.class, OperatorDescription.class, OperatorType.class, RunResult.class, FrameChange.class, HistoryView.class,
            AwaitResult.class, FamilyList.class);

    private ShellFormat() {
    }

    /** The full text of a result object (its INSPECT form). */
    public static String text(Object target) {
        CharSequence s = format(target, Converter.INSPECT);
        return s == null ? String.valueOf(target) : s.toString();
    }

    /**
     * The text of a shell result at a level, or null if the object is not one of {@link #CLASSES}.
     *
     * @param level {@link Converter#INSPECT}, {@link Converter#LINE} or {@link Converter#PART}
     */
    public static CharSequence format(Object target, int level) {
        boolean inspect = level == Converter.INSPECT;
        if (level != Converter.INSPECT && level != Converter.LINE && level != Converter.PART) {
            throw new IllegalArgumentException("unknown format level " + level);
        }
        if (target instanceof DocumentInfo) {
            return documentInfo((DocumentInfo) target);
        } else if (target instanceof DocumentList) {
            return inspect ? documentList((DocumentList) target) : documentListLine((DocumentList) target);
        } else if (target instanceof ClosedDocument) {
            ClosedDocument c = (ClosedDocument) target;
            return "closed " + c.name() + "; " + (c.current() == null ? "no current document"
                    : "current document: " + c.current());
        } else if (target instanceof ObjectList) {
            ObjectList l = (ObjectList) target;
            return inspect ? objectList(l) : l.document() + ": " + count(l.objects().size(), "object");
        } else if (target instanceof ActionList) {
            ActionList l = (ActionList) target;
            return inspect ? actionList(l) : l.document() + ": " + count(l.actions().size(), "action");
        } else if (target instanceof SlotList) {
            SlotList l = (SlotList) target;
            return inspect ? slotList(l) : l.action() + ": " + count(l.slots().size(), "slot");
        } else if (target instanceof ChannelList) {
            ChannelList l = (ChannelList) target;
            return inspect ? channelList(l) : l.document() + ": " + count(l.rows().size(), "channel");
        } else if (target instanceof DopeSheet) {
            DopeSheet d = (DopeSheet) target;
            return inspect ? dopeSheet(d) : title(d);
        } else if (target instanceof OperatorList) {
            OperatorList l = (OperatorList) target;
            return inspect ? operatorList(l) : count(l.operators().size(), "operator");
        } else if (target instanceof OperatorDescription) {
            OperatorType t = ((OperatorDescription) target).type();
            return inspect ? describe(t) : t.id() + "  " + t.family() + "  " + t.name();
        } else if (target instanceof OperatorType) {
            OperatorType t = (OperatorType) target;
            return inspect ? describe(t) : t.id() + "  " + t.family() + "  " + t.name();
        } else if (target instanceof RunResult) {
            RunResult r = (RunResult) target;
            return inspect ? run(r) : runLine(r);
        } else if (target instanceof FrameChange) {
            return frameChange((FrameChange) target);
        } else if (target instanceof HistoryView) {
            HistoryView h = (HistoryView) target;
            return inspect ? history(h) : h.document() + ": " + count(h.steps().size(), "undo step");
        } else if (target instanceof AwaitResult) {
            AwaitResult a = (AwaitResult) target;
            return "registered: " + String.join(", ", a.operatorIds()) + " (waited " + a.elapsedMillis() + " ms)";
        } else if (target instanceof FamilyList) {
            FamilyList l = (FamilyList) target;
            return inspect ? familyList(l) : count(l.bundles().size(), "operator bundle");
        }
        return null;
    }

    // ---- documents ------------------------------------------------------------------------

    private static String documentInfo(DocumentInfo d) {
        return d.name() + (d.current() ? " (current)" : "") + ": " + count(d.objects(), "object") + ", "
                + count(d.actions(), "action") + ", " + count(d.keys(), "key") + ", "
                + (d.file() == null ? "no file" : "file " + d.file());
    }

    private static String documentList(DocumentList l) {
        if (l.documents().isEmpty()) {
            return "no documents are open";
        }
        Table t = new Table("", "NAME", ">OBJECTS", ">ACTIONS", ">KEYS", "FILE");
        for (DocumentInfo d : l.documents()) {
            t.row(d.current() ? "*" : "", d.name(), d.objects(), d.actions(), d.keys(),
                    d.file() == null ? "" : d.file());
        }
        return t.render("") + "\n(* current document)";
    }

    private static String documentListLine(DocumentList l) {
        List<String> names = new ArrayList<>();
        for (DocumentInfo d : l.documents()) {
            names.add(d.current() ? d.name() + "*" : d.name());
        }
        return count(names.size(), "document") + (names.isEmpty() ? "" : ": " + String.join(", ", names));
    }

    // ---- inspection -----------------------------------------------------------------------

    private static String objectList(ObjectList l) {
        StringBuilder sb = new StringBuilder(l.document()).append(": ").append(count(l.objects().size(), "object"));
        if (!l.objects().isEmpty()) {
            Table t = new Table("NAME", "TYPE", "SELECTED", "ACTIVE", "ACTION", ">KEYS", "BONES");
            for (ObjectList.Item o : l.objects()) {
                t.row(o.name(), o.type(), yes(o.selected()), yes(o.active()), o.action() == null ? "-" : o.action(),
                        o.keys(), String.join(", ", o.bones()));
            }
            sb.append('\n').append(t.render(""));
        }
        return sb.toString();
    }

    private static String actionList(ActionList l) {
        StringBuilder sb = new StringBuilder(l.document()).append(": ").append(count(l.actions().size(), "action"));
        if (!l.actions().isEmpty()) {
            Table t = new Table("NAME", ">USERS", "FAKE", "ROOT", ">SLOTS", ">GROUPS", ">CURVES", ">KEYS", "FRAMES",
                    "SHOWN", "USED BY");
            for (ActionList.Item a : l.actions()) {
                t.row(a.name(), a.users(), yes(a.fakeUser()), a.idRoot() == null ? "-" : a.idRoot(),
                        a.layered() ? String.valueOf(a.slots()) : "-", a.groups(), a.curves(), a.keys(),
                        a.firstFrame() == null ? "-" : frame(a.firstFrame()) + ".." + frame(a.lastFrame()),
                        yes(a.shown()), String.join(", ", a.usedBy()));
            }
            sb.append('\n').append(t.render(""));
        }
        return sb.toString();
    }

    private static String slotList(SlotList l) {
        if (!l.layered()) {
            return l.action() + " is a legacy action: it has no slots (one channel bag for every user)";
        }
        StringBuilder sb = new StringBuilder(l.action()).append(": ").append(count(l.slots().size(), "slot"));
        if (!l.slots().isEmpty()) {
            Table t = new Table(">HANDLE", "IDENTIFIER", "SELECTED", "ACTIVE", ">GROUPS", ">CURVES", ">KEYS",
                    "USED BY");
            for (SlotList.Item s : l.slots()) {
                t.row(s.handle(), s.identifier(), yes(s.selected()), yes(s.active()), s.groups(), s.curves(), s.keys(),
                        String.join(", ", s.usedBy()));
            }
            sb.append('\n').append(t.render(""));
        }
        return sb.toString();
    }

    private static String channelList(ChannelList l) {
        StringBuilder sb = new StringBuilder(l.document()).append(": ").append(count(l.rows().size(), "channel"))
                .append(" (").append(l.mode().uiName()).append(')');
        if (!l.rows().isEmpty()) {
            Table t = new Table(">#", "TYPE", "SELECTED", ">KEYS", "CHANNEL", "PATH");
            for (ChannelList.Row r : l.rows()) {
                t.row(r.index(), r.type(), yes(r.selected()), r.keys(), "  ".repeat(r.depth()) + r.name(),
                        r.path() == null ? "" : r.path());
            }
            sb.append('\n').append(t.render(""));
        }
        return sb.toString();
    }

    // ---- the text dope sheet --------------------------------------------------------------

    private static String title(DopeSheet d) {
        return d.document() + ": " + d.mode().uiName() + ", frames " + d.from() + ".." + d.to() + ", current frame "
                + d.currentFrame();
    }

    /** The glyph of a key: its type's letter, upper case when selected. */
    public static char glyph(KeyframeType type, boolean selected) {
        char c;
        switch (type) {
            case BREAKDOWN:
                c = 'b';
                break;
            case MOVING_HOLD:
                c = 'm';
                break;
            case EXTREME:
                c = 'e';
                break;
            case JITTER:
                c = 'j';
                break;
            case GENERATED:
                c = 'g';
                break;
            default:
                c = 'k';
                break;
        }
        return selected ? Character.toUpperCase(c) : c;
    }

    private static String dopeSheet(DopeSheet d) {
        int width = d.width();
        int labelWidth = 0;
        for (DopeSheet.Row r : d.rows()) {
            labelWidth = Math.max(labelWidth, 2 * r.depth() + r.label().length());
        }
        if (!d.markers().isEmpty()) {
            labelWidth = Math.max(labelWidth, "Markers".length());
        }
        labelWidth = Math.min(labelWidth, MAX_LABEL);
        String pad = " ".repeat(labelWidth + 1);

        StringBuilder sb = new StringBuilder(title(d)).append('\n');
        sb.append(trimEnd(pad + numbers(d))).append('\n');
        StringBuilder ruler = new StringBuilder(pad);
        for (int f = d.from(); f <= d.to(); f++) {
            ruler.append(f == d.currentFrame() ? 'v' : f % 10 == 0 ? '+' : f % 5 == 0 ? ':' : '-');
        }
        sb.append(ruler).append('\n');
        if (d.rows().isEmpty()) {
            sb.append("(no channels)\n");
        }
        for (DopeSheet.Row r : d.rows()) {
            sb.append(label("  ".repeat(r.depth()) + r.label(), labelWidth)).append(' ');
            char[] cells = new char[width];
            for (int i = 0; i < width; i++) {
                cells[i] = d.from() + i == d.currentFrame() ? '|' : '.';
            }
            for (DopeSheet.Key k : r.keys()) {
                cells[k.frame() - d.from()] = glyph(k.type(), k.selected());
            }
            sb.append(cells).append('\n');
        }
        if (!d.markers().isEmpty()) {
            sb.append(trimEnd(label("Markers", labelWidth) + ' ' + markerCells(d))).append('\n');
        }
        sb.append(LEGEND);
        return sb.toString();
    }

    /** Frame numbers: the first frame and every multiple of ten, where they do not overlap. */
    private static String numbers(DopeSheet d) {
        StringBuilder line = new StringBuilder();
        int nextFree = 0;
        for (int f = d.from(); f <= d.to(); f++) {
            if (f != d.from() && f % 10 != 0) {
                continue;
            }
            int col = f - d.from();
            String n = Integer.toString(f);
            if (col < nextFree) {
                continue;
            }
            while (line.length() < col) {
                line.append(' ');
            }
            line.append(n);
            nextFree = col + n.length() + 1;
        }
        return line.toString();
    }

    /** Marker glyphs at their frames, each followed by its name up to the next marker. */
    private static String markerCells(DopeSheet d) {
        int width = d.width();
        StringBuilder cells = new StringBuilder(" ".repeat(width));
        if (d.currentFrame() >= d.from() && d.currentFrame() <= d.to()) {
            cells.setCharAt(d.currentFrame() - d.from(), '|');
        }
        List<DopeSheet.MarkerMark> marks = d.markers();
        for (int i = 0; i < marks.size(); i++) {
            DopeSheet.MarkerMark m = marks.get(i);
            int col = m.frame() - d.from();
            cells.setCharAt(col, m.selected() ? '#' : '^');
            int limit = i + 1 < marks.size() ? marks.get(i + 1).frame() - d.from() - 1 : Integer.MAX_VALUE;
            for (int k = 0; k < m.name().length() && col + 1 + k < limit; k++) {
                int at = col + 1 + k;
                if (at < cells.length()) {
                    cells.setCharAt(at, m.name().charAt(k));
                } else {
                    cells.append(m.name().charAt(k));
                }
            }
        }
        return cells.toString();
    }

    private static String label(String text, int width) {
        if (text.length() > width) {
            return text.substring(0, width - 1) + "~";
        }
        return text + " ".repeat(width - text.length());
    }

    // ---- operators ------------------------------------------------------------------------

    private static String operatorList(OperatorList l) {
        if (l.operators().isEmpty()) {
            return l.family() == null ? "no operators are registered" : "no operators of family '" + l.family() + "'";
        }
        StringBuilder sb = new StringBuilder(count(l.operators().size(), "operator"));
        if (l.family() != null) {
            sb.append(" of family ").append(l.family());
        }
        Table t = new Table("ID", "FAMILY", "NAME", "DESCRIPTION");
        for (OperatorType o : l.operators()) {
            String desc = o.description();
            if (desc.length() > MAX_DESCRIPTION) {
                desc = desc.substring(0, MAX_DESCRIPTION - 3) + "...";
            }
            t.row(o.id(), o.family(), o.name(), desc);
        }
        return sb.append('\n').append(t.render("")).toString();
    }

    private static String describe(OperatorType t) {
        StringBuilder sb = new StringBuilder(t.id()).append(": ").append(t.name());
        if (!t.description().isEmpty()) {
            sb.append("\n  ").append(t.description());
        }
        List<String> flags = new ArrayList<>();
        for (OperatorFlag f : new TreeSet<>(t.flags())) {
            flags.add(f.name());
        }
        sb.append("\n  family:   ").append(t.family().isEmpty() ? "-" : t.family());
        sb.append("\n  flags:    ").append(flags.isEmpty() ? "-" : String.join(", ", flags));
        sb.append("\n  provider: ").append(t.provider()).append(", ranking ").append(t.ranking());
        sb.append("\n  command:  ").append(t.scope()).append(':').append(t.function())
                .append(t.properties().properties().isEmpty() ? "" : " name=value ...");
        if (t.properties().properties().isEmpty()) {
            sb.append("\n  properties: none");
        } else {
            sb.append("\n  properties:");
            properties(sb, t.properties(), "    ");
        }
        return sb.toString();
    }

    private static void properties(StringBuilder sb, PropertySchema schema, String indent) {
        for (PropertyDef<?> p : schema.properties()) {
            sb.append('\n').append(indent).append(p.id()).append(": ").append(p.describeRule());
            if (p instanceof IntProperty) {
                IntProperty ip = (IntProperty) p;
                if (ip.softMin() != ip.min() || ip.softMax() != ip.max()) {
                    sb.append(", soft range [").append(ip.softMin()).append(", ").append(ip.softMax()).append(']');
                }
            } else if (p instanceof FloatProperty) {
                FloatProperty fp = (FloatProperty) p;
                if (fp.softMin() != fp.min() || fp.softMax() != fp.max()) {
                    sb.append(", soft range [").append(fp.softMin()).append(", ").append(fp.softMax()).append(']');
                }
            }
            List<String> notes = new ArrayList<>();
            if (p.isHidden()) {
                notes.add("hidden");
            }
            if (p.isSkipSave()) {
                notes.add("skip save");
            }
            if (!notes.isEmpty()) {
                sb.append(" (").append(String.join(", ", notes)).append(')');
            }
            String more = indent + "    ";
            sb.append('\n').append(more).append('"').append(p.name()).append('"');
            if (!p.description().isEmpty()) {
                sb.append(": ").append(p.description());
            }
            List<EnumItem> items = null;
            if (p instanceof EnumProperty) {
                items = ((EnumProperty<?>) p).items();
            } else if (p instanceof EnumFlagProperty) {
                items = ((EnumFlagProperty<?>) p).items();
            }
            if (items != null) {
                Table t = new Table("ITEM", "NAME", "DESCRIPTION");
                for (EnumItem i : items) {
                    t.row(i.identifier(), i.name(), i.description());
                }
                sb.append('\n').append(t.render(more));
            }
            if (p instanceof GroupProperty) {
                properties(sb, ((GroupProperty) p).schema(), more);
            } else if (p instanceof CollectionProperty) {
                properties(sb, ((CollectionProperty) p).itemSchema(), more);
            }
        }
    }

    private static String status(OperatorResult r) {
        if (!r.poll()) {
            return "poll failed" + (r.pollMessage() == null ? "" : ": " + r.pollMessage());
        }
        if (r.status().isEmpty()) {
            return "(no status)";
        }
        List<String> names = new ArrayList<>();
        for (OperatorStatus s : new TreeSet<>(r.status())) {
            names.add(s.name());
        }
        return String.join(", ", names);
    }

    private static String run(RunResult r) {
        OperatorResult res = r.result();
        StringBuilder sb = new StringBuilder(r.invocation()).append(" on ").append(r.document()).append(": ")
                .append(status(res));
        for (Report rep : res.reports()) {
            sb.append("\n  ").append(report(rep));
        }
        if (!res.values().isEmpty()) {
            sb.append("\n  values:");
            for (Map.Entry<String, Object> e : res.values().entrySet()) {
                sb.append("\n    ").append(e.getKey()).append(" = ").append(PythonLiterals.format(plain(e.getValue())));
            }
        }
        return sb.toString();
    }

    private static String runLine(RunResult r) {
        int n = r.result().reports().size();
        return r.operatorId() + " on " + r.document() + ": " + status(r.result())
                + (n == 0 ? "" : " (" + count(n, "report") + ")");
    }

    /** A report as {@code TYPE: message}, marked when it went to the global list. */
    public static String report(Report r) {
        return r.type() + ": " + r.message() + (r.global() ? " [global]" : "");
    }

    /** Arrays as lists (recursively), so that values print as Python literals. */
    static Object plain(Object v) {
        if (v != null && v.getClass().isArray()) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < Array.getLength(v); i++) {
                out.add(plain(Array.get(v, i)));
            }
            return out;
        }
        if (v instanceof Collection) {
            List<Object> out = new ArrayList<>();
            for (Object o : (Collection<?>) v) {
                out.add(plain(o));
            }
            return out;
        }
        if (v instanceof Map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                out.put(e.getKey(), plain(e.getValue()));
            }
            return out;
        }
        return v;
    }

    private static String history(HistoryView h) {
        StringBuilder sb = new StringBuilder();
        if (h.action() != null) {
            sb.append(h.action()).append('\n');
        }
        if (h.steps().isEmpty()) {
            return sb.append(h.document()).append(": no undo steps").toString();
        }
        Table t = new Table("", ">#", "OPERATOR", ">NODES", ">BYTES", "CALL");
        for (int i = 0; i < h.steps().size(); i++) {
            var s = h.steps().get(i);
            t.row(i == h.position() - 1 ? ">" : (i >= h.position() ? "~" : ""), String.valueOf(i + 1), s.name(),
                    String.valueOf(s.nodes()), String.valueOf(s.bytes()), s.invocation());
        }
        sb.append(h.document()).append(": ").append(count(h.steps().size(), "undo step")).append(", ")
                .append(h.position()).append(" applied (> last applied, ~ undone)\n").append(t.render(""));
        return sb.toString();
    }

    private static String frameChange(FrameChange f) {
        return f.document() + ": frame " + f.previous() + " -> " + f.current() + (f.via() == null
                ? " (set on the scene directly: no anim.change_frame operator is registered)" : " (" + f.via() + ")");
    }

    private static String familyList(FamilyList l) {
        if (l.bundles().isEmpty()) {
            return "no bundle provides operator services";
        }
        Table t = new Table(">ID", "BUNDLE", "VERSION", "STATE", ">OPERATORS", "FAMILIES");
        for (FamilyList.Provider p : l.bundles()) {
            t.row(p.bundleId(), p.symbolicName(), p.version(), p.state(), p.operatorCount(),
                    String.join(", ", p.families()));
        }
        return t.render("");
    }

    // ---- helpers --------------------------------------------------------------------------

    private static String yes(boolean b) {
        return b ? "yes" : "no";
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** A frame number without a needless {@code .0}. */
    static String frame(float f) {
        if (f == Math.rint(f) && Math.abs(f) < 1e9) {
            return Long.toString((long) f);
        }
        return Float.toString(f);
    }

    private static String trimEnd(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.substring(0, end);
    }
}
