package org.dopesheet.shell.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import org.dopesheet.context.AnimationContext;
import org.dopesheet.context.Channel;
import org.dopesheet.context.ChannelType;
import org.dopesheet.model.Document;
import org.dopesheet.model.EditorMode;
import org.dopesheet.model.EditorState;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.KeyframeType;
import org.dopesheet.model.Marker;
import org.dopesheet.model.Scene;
import org.dopesheet.shell.ChannelList;
import org.dopesheet.shell.DopeSheet;
import org.dopesheet.shell.ShellException;

/**
 * Builds the shell's views of a document's editor: the channel rows ({@link ChannelList}) and the
 * text dope sheet ({@link DopeSheet}). Both hold the document's lock while they read it.
 */
public final class DopeSheets {
    /** Most frame columns a default range has. */
    public static final int MAX_DEFAULT_COLUMNS = 120;
    /** Most frame columns an explicit range may have. */
    public static final int MAX_COLUMNS = 1000;

    private DopeSheets() {
    }

    /** The channel rows of the document's editor, in Blender's order. */
    public static ChannelList channels(Document document) {
        ReentrantLock lock = document.lock();
        lock.lock();
        try {
            AnimationContext ctx = AnimationContext.of(document);
            List<Channel> rows = ctx.rows();
            int[] depths = depths(rows, ctx.mode());
            List<ChannelList.Row> out = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                Channel row = rows.get(i);
                long keys = 0;
                for (Channel c : ctx.curvesOfRow(row)) {
                    keys += c.fcurve().size();
                }
                String path = row.type() == ChannelType.FCURVE ? ChannelNames.path(row.fcurve()) : null;
                out.add(new ChannelList.Row(i, depths[i], row.type(), ChannelNames.label(row), path, row.selected(),
                        keys));
            }
            return new ChannelList(document.name(), ctx.mode(), out);
        } finally {
            lock.unlock();
        }
    }

    /**
     * The text dope sheet of the document's editor over a frame range.
     *
     * @param from first frame, or null for the default range's
     * @param to   last frame, or null for the default range's
     * @throws ShellException for an empty range or one wider than {@value #MAX_COLUMNS} frames
     * @see #defaultRange(Document)
     */
    public static DopeSheet dopeSheet(Document document, Integer from, Integer to) {
        ReentrantLock lock = document.lock();
        lock.lock();
        try {
            int[] range = range(document, from, to);
            AnimationContext ctx = AnimationContext.of(document);
            List<Channel> rows = ctx.rows();
            int[] depths = depths(rows, ctx.mode());
            List<DopeSheet.Row> out = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                Channel row = rows.get(i);
                out.add(new DopeSheet.Row(row.type(), depths[i], ChannelNames.label(row), row.selected(),
                        keys(ctx.curvesOfRow(row), range[0], range[1])));
            }
            List<DopeSheet.MarkerMark> marks = new ArrayList<>();
            if (document.editor().showMarkers()) {
                for (Marker m : ctx.markers()) {
                    if (m.frame() >= range[0] && m.frame() <= range[1]) {
                        marks.add(new DopeSheet.MarkerMark(m.frame(), m.name(), m.select()));
                    }
                }
                marks.sort((a, b) -> Integer.compare(a.frame(), b.frame()));
            }
            return new DopeSheet(document.name(), ctx.mode(), range[0], range[1],
                    document.scene().frameCurrent(), out, marks);
        } finally {
            lock.unlock();
        }
    }

    /**
     * The range {@code ds:show} draws without options: the editor's visible frames (View2D
     * {@code cur} x range, rounded) when they are at most {@value #MAX_DEFAULT_COLUMNS}; else the
     * scene's frame range (the preview range when it is on) when that is; else
     * {@value #MAX_DEFAULT_COLUMNS} frames from the scene's start, moved to contain the current
     * frame.
     *
     * @return {@code {from, to}}
     */
    public static int[] defaultRange(Document document) {
        EditorState e = document.editor();
        int a = Math.round(e.curXmin());
        int b = Math.round(e.curXmax());
        if (b >= a && b - a + 1 <= MAX_DEFAULT_COLUMNS) {
            return new int[] {a, b};
        }
        Scene s = document.scene();
        int start = s.usePreviewRange() ? s.previewStart() : s.frameStart();
        int end = s.usePreviewRange() ? s.previewEnd() : s.frameEnd();
        if (end >= start && end - start + 1 <= MAX_DEFAULT_COLUMNS) {
            return new int[] {start, end};
        }
        int current = s.frameCurrent();
        if (current < start || current >= start + MAX_DEFAULT_COLUMNS) {
            start = current - MAX_DEFAULT_COLUMNS / 2;
        }
        return new int[] {start, start + MAX_DEFAULT_COLUMNS - 1};
    }

    private static int[] range(Document document, Integer from, Integer to) {
        int[] def = defaultRange(document);
        int width = def[1] - def[0] + 1;
        int f;
        int t;
        if (from != null && to != null) {
            f = from;
            t = to;
        } else if (from != null) {
            f = from;
            t = from + width - 1;
        } else if (to != null) {
            t = to;
            f = to - width + 1;
        } else {
            f = def[0];
            t = def[1];
        }
        if (t < f) {
            throw new ShellException("empty frame range " + f + ".." + t + ": --to must not be before --from");
        }
        if ((long) t - f + 1 > MAX_COLUMNS) {
            throw new ShellException("frame range " + f + ".." + t + " is " + ((long) t - f + 1)
                    + " frames wide; show draws at most " + MAX_COLUMNS);
        }
        return new int[] {f, t};
    }

    /**
     * Depth of each row for indentation: the summary at 0; in the Dope Sheet objects at 1, their
     * action at 2, groups at 3; in the Action editor groups at 1; curves one below their group
     * (or their action). Without a summary row everything moves up one level.
     */
    static int[] depths(List<Channel> rows, EditorMode mode) {
        boolean perObject = mode == EditorMode.DOPESHEET || mode == EditorMode.TIMELINE;
        boolean summary = !rows.isEmpty() && rows.get(0).type() == ChannelType.SUMMARY;
        int groupDepth = perObject ? 3 : 1;
        int[] out = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Channel c = rows.get(i);
            int d;
            switch (c.type()) {
                case SUMMARY:
                    d = 0;
                    break;
                case OBJECT:
                    d = 1;
                    break;
                case ACTION:
                    d = 2;
                    break;
                case GROUP:
                    d = groupDepth;
                    break;
                default:
                    d = c.group() != null ? groupDepth + 1 : groupDepth;
                    break;
            }
            out[i] = summary ? d : Math.max(0, d - 1);
        }
        return out;
    }

    /**
     * The keys of curves within a frame range, merged per whole frame as Blender's keylist
     * merges keys of a summary column ({@code nupdate_ak_bezt}).
     */
    static List<DopeSheet.Key> keys(List<Channel> curves, int from, int to) {
        TreeMap<Integer, DopeSheet.Key> byFrame = new TreeMap<>();
        for (Channel c : curves) {
            FCurve fcu = c.fcurve();
            for (int i = 0; i < fcu.size(); i++) {
                int frame = Math.round(c.toScene(fcu.x(i)));
                if (frame < from || frame > to) {
                    continue;
                }
                KeyframeType type = fcu.keyType(i);
                boolean sel = fcu.anySelected(i);
                DopeSheet.Key k = byFrame.get(frame);
                if (k == null) {
                    byFrame.put(frame, new DopeSheet.Key(frame, type, sel, 1));
                } else {
                    KeyframeType merged = type == KeyframeType.KEYFRAME ? KeyframeType.KEYFRAME : k.type();
                    byFrame.put(frame, new DopeSheet.Key(frame, merged, k.selected() || sel, k.count() + 1));
                }
            }
        }
        return new ArrayList<>(byFrame.values());
    }
}
