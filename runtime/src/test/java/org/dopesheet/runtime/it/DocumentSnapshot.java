package org.dopesheet.runtime.it;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.dopesheet.io.DocumentFormat;
import org.dopesheet.model.Action;
import org.dopesheet.model.Channelbag;
import org.dopesheet.model.Document;
import org.dopesheet.model.FCurve;

/**
 * Everything of a document that an operator may change, as comparable text: the document file
 * the io bundle writes, plus every key's arrays and flags read straight from the model.
 */
public final class DocumentSnapshot {
    private DocumentSnapshot() {
    }

    public static String of(Document doc, DocumentFormat format) throws IOException {
        StringWriter file = new StringWriter();
        format.write(doc, file);
        StringBuilder sb = new StringBuilder(file.toString()).append('\n');
        sb.append("frame ").append(doc.scene().frameCurrent()).append(" subframe ").append(doc.scene().subframe()).append('\n');
        for (Action a : doc.actions()) {
            sb.append("action ").append(a.name()).append('\n');
            for (Channelbag bag : a.channelbags()) {
                for (FCurve c : bag.fcurves()) {
                    sb.append(" curve ").append(c.dataPath()).append('[').append(c.arrayIndex()).append("] select=")
                            .append(c.select()).append(" hide=").append(c.hide()).append(" lock=").append(c.lock())
                            .append(" mute=").append(c.mute()).append('\n');
                    for (int i = 0; i < c.size(); i++) {
                        List<Object> key = new ArrayList<>(List.of(c.x(i), c.y(i), c.leftX(i), c.leftY(i), c.rightX(i),
                                c.rightY(i), c.interpolation(i), c.handleLeft(i), c.handleRight(i), c.easing(i),
                                c.keyType(i), c.leftSelected(i), c.selected(i), c.rightSelected(i)));
                        sb.append("  key ").append(key).append('\n');
                    }
                }
            }
        }
        return sb.toString();
    }
}
