package org.dopesheet.ops.nla;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.dopesheet.model.Action;
import org.dopesheet.model.ActionSlot;
import org.dopesheet.model.AnimData;
import org.dopesheet.model.BehaviourProfile;
import org.dopesheet.model.Channelbag;
import org.dopesheet.model.Document;
import org.dopesheet.model.EditorMode;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.NlaStrip;
import org.dopesheet.model.NlaTrack;
import org.dopesheet.model.ObjectType;
import org.dopesheet.model.SceneObject;
import org.dopesheet.operator.OperatorRegistry;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.Registries;
import org.dopesheet.operator.Report;
import org.dopesheet.operator.ReportType;

/** Documents and invocations for the unit tests of this family. */
final class Fixture {
    final Document doc;
    final SceneObject cube;
    final OperatorRegistry registry = NlaConformanceTest.registry().registry();

    /** A document with one active, selected Empty "Cube" without animation data, Action editor. */
    Fixture(BehaviourProfile profile) {
        doc = new Document("test");
        doc.setProfile(profile);
        cube = doc.addObject(new SceneObject("Cube", ObjectType.EMPTY));
        cube.setSelect(true);
        doc.setActiveObject(cube);
        doc.editor().setMode(EditorMode.ACTION);
    }

    static Fixture blender34() {
        return new Fixture(BehaviourProfile.BLENDER_3_4);
    }

    static Fixture current() {
        return new Fixture(BehaviourProfile.CURRENT);
    }

    /** A legacy action with a location[0] curve keyed at the given frames (value = frame / 10). */
    Action action(String name, float... frames) {
        Action a = doc.addAction(new Action(name));
        if (frames.length > 0) {
            FCurve c = a.channelbag().addFcurve(new FCurve("location", 0));
            for (float f : frames) {
                c.addKey(f, f / 10f);
            }
        }
        return a;
    }

    /** A layered action with one slot per identifier, each with location[0] keyed at the frames. */
    Action layered(String name, Map<String, float[]> slots) {
        Action a = doc.addAction(new Action(name));
        for (Map.Entry<String, float[]> e : slots.entrySet()) {
            ActionSlot s = a.addSlot(e.getKey());
            Channelbag bag = s.channelbag();
            FCurve c = bag.addFcurve(new FCurve("location", 0));
            for (float f : e.getValue()) {
                c.addKey(f, f / 10f);
            }
        }
        return a;
    }

    /** Assigns the action to the cube (one more user) and syncs the editor, as a loaded state has it. */
    AnimData assign(Action a) {
        AnimData adt = cube.ensureAnimationData();
        adt.setAction(a);
        a.setUsers(a.users() + 1);
        if (a.layered()) {
            adt.setSlotHandle(a.slots().get(0).handle());
            adt.setLastSlotIdentifier(a.slots().get(0).identifier());
        }
        doc.editor().setAction(a);
        return adt;
    }

    /** Adds a track on top with one strip of the action covering [start, end] (one more user). */
    NlaTrack track(String name, Action a, float start, float end) {
        AnimData adt = cube.ensureAnimationData();
        NlaTrack t = adt.addTrack(-1, new NlaTrack(name));
        NlaStrip s = new NlaStrip(a.name());
        s.setAction(a);
        s.setFrameStart(start);
        s.setFrameEnd(end);
        s.setActionFrameStart(start);
        s.setActionFrameEnd(end);
        s.setUseSyncLength(true);
        t.addStrip(s);
        a.setUsers(a.users() + 1);
        return t;
    }

    OperatorResult run(String id) {
        return run(id, Map.of());
    }

    OperatorResult run(String id, Map<String, ?> properties) {
        return registry.invoke(doc, id, properties);
    }

    static List<String> messages(OperatorResult r, ReportType type) {
        return r.reports().stream().filter(x -> x.type() == type).map(Report::message).toList();
    }

    static void assertFinished(OperatorResult r) {
        assertTrue(r.poll() && r.finished(), () -> "expected FINISHED, got " + r);
    }
}
