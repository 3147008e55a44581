package org.dopesheet.ops.select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dopesheet.operator.EnumItem;
import org.dopesheet.operator.EnumProperty;
import org.dopesheet.operator.FloatProperty;
import org.dopesheet.operator.IntProperty;
import org.dopesheet.operator.OperatorFlag;
import org.dopesheet.operator.OperatorType;
import org.dopesheet.operator.PropertyDef;
import org.dopesheet.operator.PropertyException;
import org.dopesheet.operator.PropertySchema;
import org.junit.jupiter.api.Test;

/** Operator identities and properties as Blender defines them (names, defaults, ranges, enum items, flags). */
class SelectPropertiesTest {
    private final Fixture f = new Fixture();

    private OperatorType type(String id) {
        return f.registry.operator(id).orElseThrow(() -> new AssertionError(id + " not registered"));
    }

    private static List<String> ids(PropertySchema schema) {
        return schema.properties().stream().map(PropertyDef::id).toList();
    }

    private static List<String> identifiers(PropertyDef<?> p) {
        return ((EnumProperty<?>) p).items().stream().map(EnumItem::identifier).toList();
    }

    @Test
    void allTenOperatorsAreRegisteredInTheSelectFamily() {
        for (String id : SelectOperators.IDS) {
            assertEquals("select", type(id).family(), id);
        }
        assertEquals(10, f.registry.operators().size());
    }

    @Test
    void namesDescriptionsAndFlagsAreBlenders() {
        assertEquals("Select All", type("action.select_all").name());
        assertEquals("Toggle selection of all keyframes", type("action.select_all").description());
        assertEquals("Select Keyframes", type("action.clickselect").name());
        assertEquals("Box Select", type("action.select_box").name());
        assertEquals("Circle Select", type("action.select_circle").name());
        assertEquals("Lasso Select", type("action.select_lasso").name());
        assertEquals("Select All", type("action.select_column").name(), "Blender's UI name of select_column");
        assertEquals("Select all keyframes on the specified frame(s)", type("action.select_column").description());
        assertEquals("Select Left/Right", type("action.select_leftright").name());
        assertEquals("Select More", type("action.select_more").name());
        assertEquals("Select Less", type("action.select_less").name());
        assertEquals("Deselect keyframes on ends of selection islands", type("action.select_less").description());
        assertEquals("Select Linked", type("action.select_linked").name());
        for (String id : List.of("action.clickselect", "action.select_box", "action.select_circle",
                "action.select_lasso")) {
            assertEquals(Set.of(OperatorFlag.UNDO), type(id).flags(), id);
        }
        for (String id : List.of("action.select_all", "action.select_column", "action.select_leftright",
                "action.select_more", "action.select_less", "action.select_linked")) {
            assertEquals(Set.of(OperatorFlag.REGISTER, OperatorFlag.UNDO), type(id).flags(), id);
        }
    }

    @Test
    void selectAllTakesTheSelectActionEnum() {
        PropertySchema s = type("action.select_all").properties();
        assertEquals(List.of("action"), ids(s));
        assertEquals(List.of("TOGGLE", "SELECT", "DESELECT", "INVERT"), identifiers(s.get("action")));
        assertEquals(SelectAction.TOGGLE, s.get("action").defaultValue());
        assertTrue(s.get("action").isHidden());
        assertThrows(PropertyException.class, () -> f.run("action.select_all(action='TOGGLE_ALL')"));
    }

    @Test
    void clickselectProperties() {
        PropertySchema s = type("action.clickselect").properties();
        assertEquals(List.of("wait_to_deselect_others", "use_select_on_click", "mouse_x", "mouse_y", "extend",
                "deselect_all", "column", "channel"), ids(s));
        Map<String, Object> defaults = s.defaults().toPlain();
        assertEquals(Map.of("wait_to_deselect_others", false, "use_select_on_click", false, "mouse_x", 0, "mouse_y", 0,
                "extend", false, "deselect_all", false, "column", false, "channel", false), defaults);
        for (String id : List.of("extend", "deselect_all", "column", "channel")) {
            assertTrue(s.get(id).isSkipSave(), id);
        }
        assertEquals("Extend Select", s.get("extend").name());
        assertEquals("Only Channel", s.get("channel").name());
    }

    @Test
    void boxProperties() {
        PropertySchema s = type("action.select_box").properties();
        assertEquals(List.of("axis_range", "xmin", "xmax", "ymin", "ymax", "wait_for_input", "mode", "tweak"), ids(s));
        assertEquals(false, s.get("axis_range").defaultValue());
        assertEquals(true, s.get("wait_for_input").defaultValue());
        assertEquals(0, s.get("xmin").defaultValue());
        assertEquals(SelectOperation.SET, s.get("mode").defaultValue());
        assertEquals(List.of("SET", "ADD", "SUB"), identifiers(s.get("mode")));
        assertEquals("Extend", ((EnumProperty<?>) s.get("mode")).items().get(1).name());
        assertTrue(s.get("tweak").isSkipSave());
        assertThrows(PropertyException.class, () -> f.run("action.select_box(mode='XOR')"));
    }

    @Test
    void circleRadiusIsAtLeastOne() {
        PropertySchema s = type("action.select_circle").properties();
        assertEquals(List.of("x", "y", "radius", "wait_for_input", "mode"), ids(s));
        IntProperty radius = (IntProperty) s.get("radius");
        assertEquals(25, radius.defaultValue());
        assertEquals(1, radius.min());
        assertEquals(Integer.MAX_VALUE, radius.max());
        assertThrows(PropertyException.class, () -> f.run("action.select_circle(radius=0)"));
    }

    @Test
    void lassoStrokeSmoothingIsValidatedWithBlendersRanges() {
        PropertySchema s = type("action.select_lasso").properties();
        assertEquals(List.of("path", "use_smooth_stroke", "smooth_stroke_factor", "smooth_stroke_radius", "mode"),
                ids(s));
        assertEquals(false, s.get("use_smooth_stroke").defaultValue());
        FloatProperty factor = (FloatProperty) s.get("smooth_stroke_factor");
        assertEquals(0.75f, factor.defaultValue());
        assertEquals(0.5f, factor.min());
        assertEquals(0.99f, factor.max());
        IntProperty radius = (IntProperty) s.get("smooth_stroke_radius");
        assertEquals(35, radius.defaultValue());
        assertEquals(10, radius.min());
        assertEquals(200, radius.max());
        assertThrows(PropertyException.class, () -> f.run("action.select_lasso(smooth_stroke_factor=1.0)"));
        assertThrows(PropertyException.class, () -> f.run("action.select_lasso(smooth_stroke_factor=0.49)"));
        assertThrows(PropertyException.class, () -> f.run("action.select_lasso(smooth_stroke_radius=201)"));
        assertThrows(PropertyException.class,
                () -> f.run("action.select_lasso(path=[{'name': '', 'loc': [1.0], 'time': 0.0}])"));
    }

    @Test
    void columnAndLeftRightModes() {
        PropertySchema column = type("action.select_column").properties();
        assertEquals(List.of("KEYS", "CFRA", "MARKERS_COLUMN", "MARKERS_BETWEEN"), identifiers(column.get("mode")));
        assertEquals(ColumnSelectMode.KEYS, column.get("mode").defaultValue());
        assertEquals("Between Min/Max Selected Markers",
                ((EnumProperty<?>) column.get("mode")).items().get(3).name());
        assertTrue(column.get("mode").isHidden());
        PropertySchema lr = type("action.select_leftright").properties();
        assertEquals(List.of("mode", "extend"), ids(lr));
        assertEquals(List.of("CHECK", "LEFT", "RIGHT"), identifiers(lr.get("mode")));
        assertEquals(LeftRightMode.CHECK, lr.get("mode").defaultValue());
        assertEquals("Before Current Frame", ((EnumProperty<?>) lr.get("mode")).items().get(1).name());
        assertTrue(lr.get("mode").isSkipSave());
        assertTrue(lr.get("extend").isSkipSave());
    }

    @Test
    void moreLessLinkedTakeNoProperties() {
        for (String id : List.of("action.select_more", "action.select_less", "action.select_linked")) {
            assertTrue(type(id).properties().properties().isEmpty(), id);
        }
    }
}
