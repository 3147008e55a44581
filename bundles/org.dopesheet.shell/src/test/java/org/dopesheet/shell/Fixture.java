package org.dopesheet.shell;

import org.dopesheet.model.Action;
import org.dopesheet.model.ActionGroup;
import org.dopesheet.model.Channelbag;
import org.dopesheet.model.Document;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.KeyframeType;
import org.dopesheet.model.Marker;
import org.dopesheet.model.ObjectType;
import org.dopesheet.model.SceneObject;
import org.dopesheet.operator.Operator;
import org.dopesheet.operator.Registries;
import org.dopesheet.shell.internal.DemoDocument;

/**
 * The shell's components wired by hand over a standalone registry and its document store, as
 * DS wires them in the runtime.
 */
final class Fixture {
    final Registries.Standalone registries = Registries.create();
    final ShellContext shell = new ShellContext(registries.documents());
    final DocumentCommands documents = new DocumentCommands(shell);
    final InspectCommands inspect = new InspectCommands(shell);
    final OperatorCommands operators;
    final HistoryCommands history;

    Fixture(Operator... ops) {
        registries.register(ops);
        operators = new OperatorCommands(registries.registry(), shell, null);
        history = new HistoryCommands(registries.undoHistory(), shell);
        documents.addFormat(new JsonFormat());
    }

    /** Adds a document to the store and makes it the shell-wide current one. */
    Document open(Document doc) {
        registries.documents().put(doc);
        shell.select(null, doc.name());
        return doc;
    }

    /** Opens the built-in demo document, as the shell does at start-up. */
    Document openDemo() {
        new DemoDocument(registries.documents(), new JsonFormat(), shell);
        return registries.documents().require(DemoDocument.NAME);
    }

    /**
     * A tiny Action-editor document: object Cube (active) with action Act; group G holding
     * location[0] (keys 1 KEYFRAME selected, 3 BREAKDOWN); ungrouped scale[2] (keys 2 EXTREME
     * selected, 3 KEYFRAME); current frame 4; markers m at 2 and go (selected) at 5; the editor's
     * view shows frames 0..5.
     */
    static Document tiny() {
        Document doc = new Document("tiny");
        SceneObject cube = doc.addObject(new SceneObject("Cube", ObjectType.EMPTY).setSelect(true));
        doc.setActiveObject(cube);
        Action act = doc.addAction(new Action("Act").setUsers(1).setIdRoot("OBJECT"));
        cube.ensureAnimationData().setAction(act);
        Channelbag bag = act.channelbag();
        ActionGroup g = bag.ensureGroup("G");
        FCurve loc = bag.addFCurveToGroup(new FCurve("location", 0), g);
        key(loc, 1, 0, KeyframeType.KEYFRAME, true);
        key(loc, 3, 1, KeyframeType.BREAKDOWN, false);
        FCurve scale = bag.addFCurveToGroup(new FCurve("scale", 2), null);
        key(scale, 2, 1, KeyframeType.EXTREME, true);
        key(scale, 3, 2, KeyframeType.KEYFRAME, false);
        doc.scene().setFrameCurrent(4);
        doc.scene().addMarker(new Marker("m", 2));
        doc.scene().addMarker(new Marker("go", 5).setSelect(true));
        doc.editor().setCur(0f, 5f, -872f, 0f);
        return doc;
    }

    static void key(FCurve c, float frame, float value, KeyframeType type, boolean selected) {
        int i = c.addKey(frame, value);
        c.setKeyType(i, type);
        c.setSelection(i, selected, selected, selected);
    }
}
