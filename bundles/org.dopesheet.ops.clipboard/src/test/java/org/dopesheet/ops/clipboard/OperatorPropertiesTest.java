package org.dopesheet.ops.clipboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.dopesheet.operator.EnumItem;
import org.dopesheet.operator.EnumProperty;
import org.dopesheet.operator.OperatorFlag;
import org.dopesheet.operator.OperatorProperties;
import org.dopesheet.operator.OperatorType;
import org.dopesheet.operator.PropertyException;
import org.dopesheet.operator.PropertyType;
import org.dopesheet.operator.Registries;
import org.junit.jupiter.api.Test;

/** Operator ids, names, descriptions, flags and properties as Blender defines them. */
class OperatorPropertiesTest {
    private final Registries.Standalone rt = Fixture.runtime();

    private OperatorType type(String id) {
        return rt.registry().operator(id).orElseThrow();
    }

    @Test
    void copyIsDefinedLikeBlender() {
        OperatorType t = type("action.copy");
        assertEquals("Copy Keyframes", t.name());
        assertEquals("Copy selected keyframes to the internal clipboard", t.description());
        assertEquals("clipboard", t.family());
        assertEquals(java.util.Set.of(OperatorFlag.REGISTER, OperatorFlag.UNDO), t.flags());
        assertEquals(List.of(), new CopyOperator(rt.clipboard()).properties().properties());
    }

    @Test
    void pasteIsDefinedLikeBlender() {
        OperatorType t = type("action.paste");
        assertEquals("Paste Keyframes", t.name());
        assertEquals("Paste keyframes from the internal clipboard for the selected channels, starting on the current frame",
                t.description());
        assertEquals("clipboard", t.family());
        assertEquals(java.util.Set.of(OperatorFlag.REGISTER, OperatorFlag.UNDO), t.flags());
        assertEquals("offset, merge, flipped", new PasteOperator(rt.clipboard()).properties().ids());
    }

    @Test
    void pasteDefaultsAreStartMixUnflipped() {
        OperatorProperties d = new PasteOperator(rt.clipboard()).properties().defaults();
        assertEquals(PasteOffset.START, d.get(PasteOperator.OFFSET));
        assertEquals(PasteMerge.MIX, d.get(PasteOperator.MERGE));
        assertEquals(false, d.get(PasteOperator.FLIPPED));
    }

    @Test
    void offsetProperty() {
        EnumProperty<PasteOffset> p = PasteOperator.OFFSET;
        assertEquals(PropertyType.ENUM, p.type());
        assertEquals("Offset", p.name());
        assertEquals("Paste time offset of keys", p.description());
        assertFalse(p.isSkipSave());
        assertEquals(List.of(new EnumItem("START", "Frame Start", "Paste keys starting at current frame"),
                new EnumItem("END", "Frame End", "Paste keys ending at current frame"),
                new EnumItem("RELATIVE", "Frame Relative", "Paste keys relative to the current frame when copying"),
                new EnumItem("NONE", "No Offset", "Paste keys from original time")), p.items());
    }

    @Test
    void mergeProperty() {
        EnumProperty<PasteMerge> p = PasteOperator.MERGE;
        assertEquals("Type", p.name());
        assertEquals("Method of merging pasted keys and existing", p.description());
        assertFalse(p.isSkipSave());
        assertEquals(List.of(new EnumItem("MIX", "Mix", "Overlay existing with new keys"),
                new EnumItem("OVER_ALL", "Overwrite All", "Replace all keys"),
                new EnumItem("OVER_RANGE", "Overwrite Range", "Overwrite keys in pasted range"),
                new EnumItem("OVER_RANGE_ALL", "Overwrite Entire Range",
                        "Overwrite keys in pasted range, using the range of all copied keys")), p.items());
    }

    @Test
    void flippedPropertyIsNotSaved() {
        assertEquals(PropertyType.BOOLEAN, PasteOperator.FLIPPED.type());
        assertEquals("Flipped", PasteOperator.FLIPPED.name());
        assertEquals("Paste keyframes from mirrored bones if they exist", PasteOperator.FLIPPED.description());
        assertTrue(PasteOperator.FLIPPED.isSkipSave());
    }

    @Test
    void unknownItemsAndWrongTypesAreRejected() {
        var schema = new PasteOperator(rt.clipboard()).properties();
        PropertyException e = assertThrows(PropertyException.class,
                () -> schema.validate(Map.of("offset", "CFRA"), "action.paste", ""));
        assertTrue(e.getMessage().contains("START, END, RELATIVE, NONE"), e.getMessage());
        assertThrows(PropertyException.class, () -> schema.validate(Map.of("merge", "OVER"), "action.paste", ""));
        assertThrows(PropertyException.class, () -> schema.validate(Map.of("flipped", 1), "action.paste", ""));
        OperatorProperties ok = schema.validate(Map.of("offset", "NONE", "merge", "OVER_RANGE_ALL", "flipped", true),
                "action.paste", "");
        assertEquals(PasteOffset.NONE, ok.get(PasteOperator.OFFSET));
        assertEquals(PasteMerge.OVER_RANGE_ALL, ok.get(PasteOperator.MERGE));
        assertEquals(true, ok.get(PasteOperator.FLIPPED));
    }

    @Test
    void bothPollInEveryModeOfTheDopeSheet() {
        for (org.dopesheet.model.EditorMode mode : org.dopesheet.model.EditorMode.values()) {
            org.dopesheet.model.Document d = Fixture.document("poll", org.dopesheet.model.BehaviourProfile.CURRENT,
                    mode);
            assertTrue(rt.registry().invoke(d, "action.copy", Map.of()).poll(), mode.name());
            assertTrue(rt.registry().invoke(d, "action.paste", Map.of()).poll(), mode.name());
        }
    }

    @Test
    void offsetsOfTheSpecExample() {
        // keys 10 and 12 copied at frame 5, pasted at frame 40 (spec 3.20, verified in Blender)
        assertEquals(30f, PasteOffset.START.offset(40, 10, 12, 5));
        assertEquals(28f, PasteOffset.END.offset(40, 10, 12, 5));
        assertEquals(35f, PasteOffset.RELATIVE.offset(40, 10, 12, 5));
        assertEquals(0f, PasteOffset.NONE.offset(40, 10, 12, 5));
        // fractional copied frames stay fractional
        assertEquals(29.5f, PasteOffset.START.offset(40, 10.5f, 12, 5));
        assertEquals(-12.25f, PasteOffset.END.offset(0, 1, 12.25f, 5));
    }
}
