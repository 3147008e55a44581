package org.dopesheet.ops.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.dopesheet.model.BehaviourProfile;
import org.dopesheet.operator.BoolProperty;
import org.dopesheet.operator.EnumItem;
import org.dopesheet.operator.EnumProperty;
import org.dopesheet.operator.FloatProperty;
import org.dopesheet.operator.OperatorRegistry;
import org.dopesheet.operator.OperatorType;
import org.dopesheet.operator.PropertyException;
import org.dopesheet.operator.PropertySchema;
import org.junit.jupiter.api.Test;

/** Operator identities, property schemas (ids, defaults, ranges, enum items in Blender's order) and polls. */
class EditPropertiesTest {
    private final OperatorRegistry registry = EditOperators.registry().registry();

    private OperatorType type(String id) {
        return registry.operator(id).orElseThrow(() -> new AssertionError(id + " is not registered"));
    }

    private static List<String> ids(List<EnumItem> items) {
        return items.stream().map(EnumItem::identifier).toList();
    }

    @Test
    void identitiesAreBlenders() {
        Map<String, String[]> expected = Map.of(
                "action.delete", new String[] {"Delete Keyframes", "Remove all selected keyframes"},
                "action.duplicate", new String[] {"Duplicate Keyframes", "Make a copy of all selected keyframes"},
                "action.clean", new String[] {"Clean Keyframes", "Simplify F-Curves by removing closely spaced keyframes"},
                "action.bake_keys", new String[] {"Bake Keyframes", "Add keyframes on every frame between the selected keyframes"},
                "action.keyframe_insert", new String[] {"Insert Keyframes", "Insert keyframes for the specified channels"},
                "action.keyframe_type", new String[] {"Set Keyframe Type", "Set type of keyframe for the selected keyframes"},
                "action.handle_type", new String[] {"Set Keyframe Handle Type", "Set type of handle for selected keyframes"},
                "action.interpolation_type", new String[] {"Set Keyframe Interpolation",
                    "Set interpolation mode for the F-Curve segments starting from the selected keyframes"},
                "action.easing_type", new String[] {"Set Keyframe Easing Type",
                    "Set easing type for the F-Curve segments starting from the selected keyframes"},
                "action.extrapolation_type", new String[] {"Set F-Curve Extrapolation",
                    "Set extrapolation mode for selected F-Curves"});
        assertEquals(10, EditOperators.all().length);
        for (Map.Entry<String, String[]> e : expected.entrySet()) {
            OperatorType t = type(e.getKey());
            assertEquals(e.getValue()[0], t.name(), e.getKey());
            assertEquals(e.getValue()[1], t.description(), e.getKey());
            assertEquals("edit", t.family(), e.getKey());
        }
    }

    @Test
    void deleteHasAHiddenSkipSaveConfirmDefaultingToTrue() {
        PropertySchema s = type("action.delete").properties();
        assertEquals(List.of("confirm"), s.properties().stream().map(p -> p.id()).toList());
        BoolProperty confirm = (BoolProperty) s.get("confirm");
        assertTrue(confirm.defaultValue());
        assertTrue(confirm.isSkipSave());
        assertTrue(confirm.isHidden());
    }

    @Test
    void cleanThresholdAndChannels() {
        PropertySchema s = type("action.clean").properties();
        assertEquals(List.of("threshold", "channels"), s.properties().stream().map(p -> p.id()).toList());
        FloatProperty t = (FloatProperty) s.get("threshold");
        assertEquals(0.001f, t.defaultValue());
        assertEquals(0.0f, t.min());
        assertEquals(Float.MAX_VALUE, t.max());
        assertEquals(0.0f, t.softMin());
        assertEquals(1000.0f, t.softMax());
        assertFalse(((BoolProperty) s.get("channels")).defaultValue());
        Fixture f = new Fixture(BehaviourProfile.CURRENT);
        assertThrows(PropertyException.class, () -> f.run("action.clean", Map.of("threshold", -0.5)));
    }

    @Test
    void propertylessOperators() {
        assertTrue(type("action.duplicate").properties().properties().isEmpty());
        assertTrue(type("action.bake_keys").properties().properties().isEmpty());
    }

    @Test
    void enumItemsInBlendersOrderWithDefaults() {
        assertEnum("action.keyframe_insert", "ALL", List.of("ALL", "SEL", "GROUP"));
        assertEnum("action.keyframe_type", "KEYFRAME",
                List.of("KEYFRAME", "BREAKDOWN", "MOVING_HOLD", "EXTREME", "JITTER", "GENERATED"));
        assertEnum("action.handle_type", "FREE", List.of("FREE", "ALIGNED", "VECTOR", "AUTO", "AUTO_CLAMPED"));
        assertEnum("action.interpolation_type", "CONSTANT", List.of("CONSTANT", "LINEAR", "BEZIER", "SINE", "QUAD",
                "CUBIC", "QUART", "QUINT", "EXPO", "CIRC", "BACK", "BOUNCE", "ELASTIC"));
        assertEnum("action.easing_type", "AUTO", List.of("AUTO", "EASE_IN", "EASE_OUT", "EASE_IN_OUT"));
        assertEnum("action.extrapolation_type", "CONSTANT",
                List.of("CONSTANT", "LINEAR", "MAKE_CYCLIC", "CLEAR_CYCLIC"));
    }

    @Test
    void enumItemsCarryBlendersUiNames() {
        EnumProperty<?> ipo = (EnumProperty<?>) type("action.interpolation_type").properties().get("type");
        assertEquals(new EnumItem("SINE", "Sinusoidal",
                "Sinusoidal easing (weakest, almost linear but with a slight curvature)"), ipo.items().get(3));
        EnumProperty<?> insert = (EnumProperty<?>) type("action.keyframe_insert").properties().get("type");
        assertEquals(List.of("All Channels", "Only Selected Channels", "In Active Group"),
                insert.items().stream().map(EnumItem::name).toList());
        EnumProperty<?> expo = (EnumProperty<?>) type("action.extrapolation_type").properties().get("type");
        assertEquals("Make Cyclic (F-Modifier)", expo.items().get(2).name());
        EnumProperty<?> handles = (EnumProperty<?>) type("action.handle_type").properties().get("type");
        assertEquals("Auto Clamped", handles.items().get(4).name());
        EnumProperty<?> easing = (EnumProperty<?>) type("action.easing_type").properties().get("type");
        assertEquals("Ease In and Out", easing.items().get(3).name());
    }

    @Test
    void unknownEnumItemsAreRejected() {
        Fixture f = new Fixture(BehaviourProfile.CURRENT);
        assertThrows(PropertyException.class, () -> f.run("action.handle_type", Map.of("type", "AUTOMATIC")));
        assertThrows(PropertyException.class, () -> f.run("action.keyframe_insert", Map.of("type", "ACTIVE")));
    }

    @Test
    void pollPassesInEveryDopeSheetMode() {
        for (org.dopesheet.model.EditorMode mode : org.dopesheet.model.EditorMode.values()) {
            Fixture f = new Fixture(BehaviourProfile.CURRENT);
            f.doc.editor().setMode(mode);
            for (String id : List.of("action.delete", "action.duplicate", "action.clean", "action.bake_keys",
                    "action.keyframe_insert", "action.keyframe_type", "action.handle_type",
                    "action.interpolation_type", "action.easing_type", "action.extrapolation_type")) {
                assertTrue(f.run(id).poll(), id + " in " + mode);
            }
        }
    }

    private void assertEnum(String id, String defaultItem, List<String> items) {
        EnumProperty<?> p = (EnumProperty<?>) type(id).properties().get("type");
        assertEquals(List.of("type"), type(id).properties().properties().stream().map(d -> d.id()).toList(), id);
        assertEquals("Type", p.name(), id);
        assertEquals(defaultItem, p.defaultValue().name(), id);
        assertEquals(items, ids(p.items()), id);
    }
}
