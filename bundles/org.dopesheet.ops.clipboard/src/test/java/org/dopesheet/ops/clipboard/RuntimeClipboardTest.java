package org.dopesheet.ops.clipboard;

import static org.dopesheet.ops.clipboard.Fixture.bag;
import static org.dopesheet.ops.clipboard.Fixture.curve;
import static org.dopesheet.ops.clipboard.Fixture.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.dopesheet.model.Action;
import org.dopesheet.model.BehaviourProfile;
import org.dopesheet.model.Channelbag;
import org.dopesheet.model.Document;
import org.dopesheet.model.EditorMode;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.ObjectType;
import org.dopesheet.model.SceneObject;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.Registries;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The buffer is one per runtime, held by the core: copy and paste between actions, objects and
 * documents of one runtime, and across a restart of the clipboard operators.
 */
class RuntimeClipboardTest {
    private final Registries.Standalone rt = Fixture.runtime();

    private Document cubeDocument(String name, BehaviourProfile profile) {
        Document d = Fixture.document(name, profile, EditorMode.ACTION);
        Channelbag bag = bag(Fixture.object(d, "Cube", ObjectType.EMPTY, "CubeAction"));
        curve(bag, null, "location", 0, "1:0* 4:1*");
        curve(bag, null, "location", 1, "2:3* 6:4");
        rt.documents().put(d);
        return d;
    }

    private OperatorResult invoke(String doc, String invocation) {
        return rt.registry().invoke(doc, invocation);
    }

    @ParameterizedTest
    @EnumSource(BehaviourProfile.class)
    void copyInOneDocumentAndPasteInAnother(BehaviourProfile profile) {
        cubeDocument("A", profile);
        Document b = Fixture.document("B", profile, EditorMode.ACTION);
        Channelbag sphere = bag(Fixture.object(b, "Sphere", ObjectType.EMPTY, "SphereAction"));
        FCurve loc0 = curve(sphere, null, "location", 0, "5:9");
        FCurve loc1 = curve(sphere, null, "location", 1, "");
        rt.documents().put(b);

        assertTrue(invoke("A", "action.copy()").finished());
        b.scene().setFrameCurrent(20);
        OperatorResult r = invoke("B", "action.paste(offset='START', merge='MIX')");
        assertTrue(r.finished(), r.toString());
        assertEquals("5:9 20:0* 23:1*", keys(loc0));
        assertEquals("21:3*", keys(loc1));
        // the source document is untouched
        assertEquals("1:0* 4:1*", keys(bag(rt.documents().require("A").object("Cube")).fcurve("location", 0)));
    }

    @ParameterizedTest
    @EnumSource(BehaviourProfile.class)
    void copyFromOneActionAndPasteIntoAnotherActionOfTheSameObject(BehaviourProfile profile) {
        Document d = cubeDocument("A", profile);
        assertTrue(invoke("A", "action.copy()").finished());
        Action other = d.addAction(new Action("CubeAction.001"));
        other.addUsers(1);
        SceneObject cube = d.object("Cube");
        cube.animationData().action().addUsers(-1);
        cube.animationData().setAction(other);
        FCurve target = curve(other.channelbag(), null, "location", 0, "");
        d.scene().setFrameCurrent(1);
        assertTrue(invoke("A", "action.paste(offset='NONE', merge='OVER_ALL')").finished());
        // one target, two items: the full-path pass takes the first item with its index
        assertEquals("1:0* 4:1*", keys(target));
        assertEquals(other, d.editor().action());
    }

    @ParameterizedTest
    @EnumSource(BehaviourProfile.class)
    void copyFromOneObjectAndPasteIntoAnotherInTheActionEditor(BehaviourProfile profile) {
        Document d = cubeDocument("A", profile);
        Channelbag sphere = bag(Fixture.object(d, "Sphere", ObjectType.EMPTY, "SphereAction"));
        FCurve loc0 = curve(sphere, null, "location", 0, "");
        FCurve loc1 = curve(sphere, null, "location", 1, "");
        assertTrue(invoke("A", "action.copy()").finished());
        d.setActiveObject(d.object("Sphere"));
        d.scene().setFrameCurrent(10);
        assertTrue(invoke("A", "action.paste(offset='END')").finished());
        assertEquals("7:0* 10:1*", keys(loc0));
        assertEquals("8:3*", keys(loc1));
    }

    @ParameterizedTest
    @EnumSource(BehaviourProfile.class)
    void theBufferOutlivesARestartOfTheClipboardOperators(BehaviourProfile profile) {
        Registries.Standalone runtime = Registries.create();
        CopyOperator copy = new CopyOperator(runtime.clipboard());
        PasteOperator paste = new PasteOperator(runtime.clipboard());
        runtime.register(copy, paste);
        Document d = Fixture.document("A", profile, EditorMode.ACTION);
        Channelbag bag = bag(Fixture.object(d, "Cube", ObjectType.EMPTY, "CubeAction"));
        curve(bag, null, "location", 0, "1:0 4:1");
        FCurve target = curve(bag, null, "location", 1, "2:3* 6:4");
        assertTrue(runtime.registry().invoke(d, "action.copy", Map.of()).finished());

        // the family goes away (bundle stopped or updated) and comes back with new instances
        assertTrue(runtime.unregister(copy));
        assertTrue(runtime.unregister(paste));
        assertTrue(runtime.registry().operator("action.paste").isEmpty());
        runtime.register(new CopyOperator(runtime.clipboard()), new PasteOperator(runtime.clipboard()));

        d.scene().setFrameCurrent(30);
        OperatorResult r = runtime.registry().invoke(d, "action.paste", Map.of("offset", "START"));
        assertTrue(r.finished(), r.toString());
        assertEquals(List.of(), r.reports());
        assertEquals("2:3 6:4 30:3*", keys(target));
    }
}
