package org.dopesheet.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.felix.service.command.Converter;
import org.dopesheet.context.ChannelType;
import org.dopesheet.model.AnimData;
import org.dopesheet.model.Document;
import org.dopesheet.model.EditorMode;
import org.dopesheet.model.KeyframeType;
import org.dopesheet.model.NlaStrip;
import org.dopesheet.model.NlaTrack;
import org.dopesheet.shell.internal.ShellConverter;
import org.dopesheet.shell.internal.ShellFormat;
import org.junit.jupiter.api.Test;

/** {@code ds:show}: the text dope sheet and its default range. */
class ShowTest {
    private static final int ABSENT = InspectCommands.ABSENT_FRAME;

    @Test
    void show__tinyActionEditor_drawsExactText() {
        Fixture f = new Fixture();
        f.open(Fixture.tiny());

        DopeSheet sheet = f.inspect.show(null, ABSENT, ABSENT);

        String expected = String.join("\n",
                "tiny: Action Editor, frames 0..5, current frame 4",
                "               0",
                "               +---v:",
                "Summary        .KEk|.",
                "  G            .K.b|.",
                "    X Location .K.b|.",
                "  Z Scale      ..Ek|.",
                "Markers          ^m|#go",
                ShellFormat.LEGEND);
        assertEquals(expected, sheet.toString());
    }

    @Test
    void show__tiny_dataMergesKeysLikeBlendersSummary() {
        Fixture f = new Fixture();
        f.open(Fixture.tiny());

        DopeSheet sheet = f.inspect.show(null, ABSENT, ABSENT);

        assertEquals(List.of(ChannelType.SUMMARY, ChannelType.GROUP, ChannelType.FCURVE, ChannelType.FCURVE),
                sheet.rows().stream().map(DopeSheet.Row::type).toList());
        DopeSheet.Key merged = sheet.rows().get(0).keyAt(3);
        assertEquals(new DopeSheet.Key(3, KeyframeType.KEYFRAME, false, 2), merged,
                "a BREAKDOWN and a KEYFRAME on one frame show as an unselected KEYFRAME");
        assertEquals(new DopeSheet.Key(1, KeyframeType.KEYFRAME, true, 1), sheet.rows().get(0).keyAt(1));
        assertNull(sheet.rows().get(3).keyAt(1));
    }

    @Test
    void show__explicitRange_limitsColumnsAndKeys() {
        Fixture f = new Fixture();
        f.open(Fixture.tiny());

        DopeSheet sheet = f.inspect.show(null, 2, 3);

        assertEquals(2, sheet.from());
        assertEquals(3, sheet.to());
        String[] lines = sheet.toString().split("\n");
        assertEquals("tiny: Action Editor, frames 2..3, current frame 4", lines[0]);
        assertEquals("               2", lines[1]);
        assertEquals("               --", lines[2]);
        assertEquals("Summary        Ek", lines[3]);
        assertEquals("    X Location .b", lines[5]);
        assertEquals("Markers        ^m", lines[7], "a name runs past the range's end");
    }

    @Test
    void show__onlyFrom_keepsTheDefaultWidth() {
        Fixture f = new Fixture();
        f.open(Fixture.tiny());

        DopeSheet sheet = f.inspect.show(null, 10, ABSENT);

        assertEquals(10, sheet.from());
        assertEquals(15, sheet.to());
        assertTrue(sheet.markers().isEmpty());
        assertTrue(sheet.rows().get(0).keys().isEmpty());
    }

    @Test
    void show__invertedOrHugeRange_isAnError() {
        Fixture f = new Fixture();
        f.open(Fixture.tiny());

        ShellException inverted = assertThrows(ShellException.class, () -> f.inspect.show(null, 5, 4));
        assertEquals("empty frame range 5..4: --to must not be before --from", inverted.getMessage());
        ShellException huge = assertThrows(ShellException.class, () -> f.inspect.show(null, 0, 5000));
        assertTrue(huge.getMessage().contains("5001 frames wide"), huge.getMessage());
    }

    @Test
    void defaultRange__wideViewFallsBackToSceneRangeThenToAWindowAroundTheCurrentFrame() {
        Fixture f = new Fixture();
        Document doc = f.open(Fixture.tiny());

        doc.editor().setCur(-9f, 260f, -872f, 0f);
        doc.scene().setFrameStart(1).setFrameEnd(100);
        DopeSheet scene = f.inspect.show(null, ABSENT, ABSENT);
        assertEquals(1, scene.from());
        assertEquals(100, scene.to());

        doc.scene().setFrameEnd(250).setFrameCurrent(200);
        DopeSheet window = f.inspect.show(null, ABSENT, ABSENT);
        assertEquals(140, window.from());
        assertEquals(259, window.to());
        assertEquals(120, window.width());
    }

    @Test
    void show__documentWithoutChannels_drawsTheWindowFromTheSceneStart() {
        Fixture f = new Fixture();
        f.open(new Document("empty")).editor().setShowSummary(false);

        String[] lines = f.inspect.show(null, ABSENT, ABSENT).toString().split("\n");

        assertEquals("empty: Action Editor, frames 1..120, current frame 1", lines[0]);
        assertEquals(" 1        10        20", lines[1].substring(0, 22));
        assertEquals("v---:----+", lines[2].substring(1, 11));
        assertEquals("(no channels)", lines[3]);
        assertEquals(ShellFormat.LEGEND, lines[4]);
    }

    @Test
    void show__nlaTweakMode_drawsKeysInSceneTime() {
        Fixture f = new Fixture();
        Document doc = f.open(Fixture.tiny());
        AnimData adt = doc.object("Cube").animationData();
        NlaTrack track = adt.addTrack(-1, new NlaTrack("Track"));
        NlaStrip strip = track.addStrip(new NlaStrip("Strip").setAction(doc.action("Act")).setFrameStart(11)
                .setFrameEnd(13).setActionFrameStart(1).setActionFrameEnd(3));
        adt.setUseTweakMode(true).setActiveTrack(track).setActiveStrip(strip);
        doc.editor().setCur(10f, 15f, -872f, 0f);

        DopeSheet sheet = f.inspect.show(null, ABSENT, ABSENT);

        assertEquals(KeyframeType.KEYFRAME, sheet.rows().get(2).keyAt(11).type());
        assertEquals(KeyframeType.BREAKDOWN, sheet.rows().get(2).keyAt(13).type());
    }

    @Test
    void show__dopeSheetModeWithoutSummary_indentsObjectsAtTheTop() {
        Fixture f = new Fixture();
        Document doc = f.open(Fixture.tiny());
        doc.editor().setMode(EditorMode.DOPESHEET).setShowSummary(false);

        DopeSheet sheet = f.inspect.show(null, ABSENT, ABSENT);

        assertEquals(List.of("Cube:0", "Act:1", "G:2", "X Location:3", "Z Scale:2"),
                sheet.rows().stream().map(r -> r.label() + ":" + r.depth()).toList());
    }

    @Test
    void converter__formatsShellObjectsAndLeavesOthersToGogo() throws Exception {
        Fixture f = new Fixture();
        f.open(Fixture.tiny());
        DopeSheet sheet = f.inspect.show(null, ABSENT, ABSENT);
        ShellConverter converter = new ShellConverter();

        assertEquals(sheet.toString(), converter.format(sheet, Converter.INSPECT, null).toString());
        assertEquals("tiny: Action Editor, frames 0..5, current frame 4",
                converter.format(sheet, Converter.LINE, null).toString());
        assertNull(converter.format("a string", Converter.INSPECT, null));
        assertNull(converter.convert(DopeSheet.class, "text"));
    }
}
