package org.dopesheet.conformance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dopesheet.context.AnimationContext;
import org.dopesheet.context.Channel;
import org.dopesheet.context.ChannelGeometry;
import org.dopesheet.model.Document;

/** Writes the {@code editor.channels} object of FORMAT.md section 3 from the animation context. */
public final class ChannelRows {
    private ChannelRows() {
    }

    /**
     * The channel rows of the document's editor. Building the context syncs the Action editor's
     * action, as Blender's drawing does; call it on a document you may change.
     */
    public static Map<String, Object> of(Document document) {
        AnimationContext ctx = AnimationContext.of(document);
        ChannelGeometry g = ctx.geometry();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("first_top", g.firstTop());
        out.put("height", g.height());
        out.put("skip", g.skip());
        out.put("step", g.step());
        List<Object> rows = new ArrayList<>();
        int i = 0;
        for (Channel c : ctx.rows()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("index", i);
            row.put("ymin", g.rowBottom(i));
            row.put("ymax", g.rowTop(i));
            row.put("type", c.type().name());
            switch (c.type()) {
                case OBJECT:
                    row.put("object", c.object().name());
                    break;
                case ACTION:
                    row.put("object", c.object().name());
                    row.put("action", c.action().name());
                    break;
                case GROUP:
                    row.put("object", c.object() == null ? null : c.object().name());
                    row.put("action", c.action().name());
                    row.put("group", c.group().name());
                    break;
                case FCURVE:
                    row.put("object", c.object() == null ? null : c.object().name());
                    row.put("action", c.action().name());
                    row.put("data_path", c.fcurve().dataPath());
                    row.put("array_index", c.fcurve().arrayIndex());
                    break;
                default:
                    break;
            }
            rows.add(row);
            i++;
        }
        out.put("rows", rows);
        return out;
    }
}
