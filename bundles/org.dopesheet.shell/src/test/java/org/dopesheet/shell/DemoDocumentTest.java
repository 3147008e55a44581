package org.dopesheet.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dopesheet.anim.Handles;
import org.dopesheet.model.Action;
import org.dopesheet.model.Document;
import org.dopesheet.model.EditorMode;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.KeyframeType;
import org.dopesheet.model.ObjectType;
import org.dopesheet.shell.internal.DemoDocument;
import org.dopesheet.shell.internal.ShellFormat;
import org.junit.jupiter.api.Test;

/** The built-in demo document and its opening at start-up. */
class DemoDocumentTest {
    private static final int ABSENT = InspectCommands.ABSENT_FRAME;

    @Test
    void demo__hasTheCubeAndTheRigWithGroupedCurvesOfEveryKeyType() {
        Document demo = DemoDocument.read(new JsonFormat());

        assertEquals("demo", demo.name());
        assertEquals(ObjectType.EMPTY, demo.object("Cube").type());
        assertEquals(ObjectType.ARMATURE, demo.object("Rig").type());
        assertEquals(List.of("spine", "arm.L", "arm.R"),
                demo.object("Rig").bones().stream().map(b -> b.name()).toList());
        assertEquals(EditorMode.DOPESHEET, demo.editor().mode());
        assertEquals(List.of("contact", "hold"), demo.scene().markers().stream().map(m -> m.name()).toList());
        Set<KeyframeType> types = EnumSet.noneOf(KeyframeType.class);
        int selected = 0;
        int unselected = 0;
        for (Action a : demo.actions()) {
            for (FCurve c : a.fcurves()) {
                assertTrue(c.group() != null, c.dataPath() + " is grouped");
                for (int i = 0; i < c.size(); i++) {
                    types.add(c.keyType(i));
                    if (c.selected(i)) {
                        selected++;
                    } else {
                        unselected++;
                    }
                }
            }
        }
        assertEquals(EnumSet.allOf(KeyframeType.class), types);
        assertTrue(selected > 0 && unselected > selected, selected + " selected, " + unselected + " not");
    }

    @Test
    void demo__handlesAreWhatBlendersRecalculationGives() {
        Document demo = DemoDocument.read(new JsonFormat());

        for (Action a : demo.actions()) {
            for (FCurve c : a.fcurves()) {
                List<float[]> stored = new ArrayList<>();
                for (int i = 0; i < c.size(); i++) {
                    stored.add(new float[] {c.leftX(i), c.leftY(i), c.rightX(i), c.rightY(i)});
                }
                Handles.recalculate(c);
                for (int i = 0; i < c.size(); i++) {
                    float[] s = stored.get(i);
                    float[] now = {c.leftX(i), c.leftY(i), c.rightX(i), c.rightY(i)};
                    for (int k = 0; k < 4; k++) {
                        assertEquals(now[k], s[k], 1e-4f, c.dataPath() + "[" + c.arrayIndex() + "] key " + i);
                    }
                    assertTrue(c.leftX(i) < c.x(i) && c.x(i) < c.rightX(i), "handles lie either side of the key");
                }
            }
        }
    }

    @Test
    void start__opensTheDemoOnlyWhenNoDocumentIsOpen() {
        Fixture f = new Fixture();

        Document demo = f.openDemo();

        assertEquals("demo", f.shell.current(null).name());
        demo.scene().setFrameCurrent(40);
        f.openDemo();
        assertEquals(40, f.registries.documents().require("demo").scene().frameCurrent(), "not replaced");

        Fixture other = new Fixture();
        other.registries.documents().create("mine");
        new DemoDocument(other.registries.documents(), new JsonFormat(), other.shell);
        assertEquals(List.of("mine"), other.registries.documents().names());
    }

    @Test
    void show__demo_drawsEveryRowOverTheEditorsVisibleFrames() {
        Fixture f = new Fixture();
        f.openDemo();

        DopeSheet sheet = f.inspect.show(null, ABSENT, ABSENT);
        String[] lines = sheet.toString().split("\n");

        assertEquals(-2, sheet.from());
        assertEquals(50, sheet.to());
        assertEquals("demo: Dope Sheet, frames -2..50, current frame 12", lines[0]);
        assertEquals(1 + 2 + 35 + 1 + 1, lines.length, "title, numbers, ruler, 35 rows, markers, legend");
        int gridStart = lines[2].length() - 53;
        assertEquals("+", lines[2].substring(gridStart + 2, gridStart + 3), "frame 0 is a tick of ten");
        for (int i = 3; i < 3 + 35; i++) {
            assertEquals(gridStart + 53, lines[i].length(), lines[i]);
            char atCurrent = lines[i].charAt(gridStart + 14);
            assertTrue(atCurrent == '|' || Character.isLetter(atCurrent), "frame 12 is marked or keyed: " + lines[i]);
        }
        assertTrue(lines[3].startsWith("Summary "), lines[3]);
        assertEquals('K', lines[3].charAt(gridStart + 26), "selected KEYFRAMEs at frame 24 in the summary");
        assertEquals(ShellFormat.LEGEND, lines[lines.length - 1]);
        assertTrue(lines[lines.length - 2].startsWith("Markers"), lines[lines.length - 2]);
    }
}
