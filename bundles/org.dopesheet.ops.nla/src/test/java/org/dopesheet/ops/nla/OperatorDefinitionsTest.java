package org.dopesheet.ops.nla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dopesheet.operator.OperatorFlag;
import org.dopesheet.operator.OperatorProperties;
import org.dopesheet.operator.OperatorRegistry;
import org.dopesheet.operator.OperatorType;
import org.dopesheet.operator.PropertyDef;
import org.dopesheet.operator.PropertyException;
import org.dopesheet.operator.PropertyType;
import org.junit.jupiter.api.Test;

/** Identity, flags and properties of the family's operators, as Blender defines them. */
class OperatorDefinitionsTest {
    private final OperatorRegistry registry = NlaConformanceTest.registry().registry();

    private OperatorType type(String id) {
        return registry.operator(id).orElseThrow(() -> new AssertionError(id + " not registered"));
    }

    @Test
    void namesDescriptionsFamilyAndFlags() {
        Map<String, String[]> expected = new HashMap<>();
        expected.put("action.new", new String[] {"New Action", "Create new action"});
        expected.put("action.unlink", new String[] {"Unlink Action",
            "Unlink this action from the active action slot (and/or exit Tweak Mode)"});
        expected.put("action.stash", new String[] {"Stash Action",
            "Store this action in the NLA stack as a non-contributing strip for later use"});
        expected.put("action.stash_and_create", new String[] {"Stash Action",
            "Store this action in the NLA stack as a non-contributing strip for later use, and create a new action"});
        expected.put("action.push_down", new String[] {"Push Down Action",
            "Push action down on to the NLA stack as a new strip"});
        expected.put("action.layer_next", new String[] {"Next Layer",
            "Switch to editing action in animation layer above the current action in the NLA Stack"});
        expected.put("action.layer_prev", new String[] {"Previous Layer",
            "Switch to editing action in animation layer below the current action in the NLA Stack"});
        expected.put("action.markers_make_local", new String[] {"Make Markers Local",
            "Move selected scene markers to the active Action as local 'pose' markers"});
        for (Map.Entry<String, String[]> e : expected.entrySet()) {
            OperatorType t = type(e.getKey());
            assertEquals(e.getValue()[0], t.name(), e.getKey());
            assertEquals(e.getValue()[1], t.description(), e.getKey());
            assertEquals("nla", t.family(), e.getKey());
            assertEquals(Set.of(OperatorFlag.REGISTER, OperatorFlag.UNDO), t.flags(), e.getKey());
        }
        OperatorType oracle = type("oracle.set_editor_action");
        assertEquals("oracle", oracle.family());
        assertEquals(Set.of(OperatorFlag.INTERNAL), oracle.flags());
    }

    @Test
    void operatorsWithoutProperties() {
        for (String id : List.of("action.new", "action.stash_and_create", "action.push_down", "action.layer_next",
                "action.layer_prev", "action.markers_make_local")) {
            assertTrue(type(id).properties().defaults().toPlain().isEmpty(), id);
        }
    }

    @Test
    void stashCreateNewDefaultsToTrue() {
        OperatorProperties d = type("action.stash").properties().defaults();
        assertEquals(Map.of("create_new", true), d.toPlain());
        PropertyDef<?> p = type("action.stash").properties().get("create_new");
        assertEquals(PropertyType.BOOLEAN, p.type());
        assertEquals("Create New Action", p.name());
        assertFalse(p.isSkipSave());
    }

    @Test
    void unlinkForceDeleteDefaultsToFalseAndIsNotRemembered() {
        PropertyDef<?> p = type("action.unlink").properties().get("force_delete");
        assertEquals(PropertyType.BOOLEAN, p.type());
        assertEquals(false, p.defaultValue());
        assertEquals("Force Delete", p.name());
        assertEquals("Clear Fake User and remove copy stashed in this data-block's NLA stack", p.description());
        assertTrue(p.isSkipSave());
    }

    @Test
    void setEditorActionTakesANameOrNone() {
        var schema = type("oracle.set_editor_action").properties();
        assertNull(schema.defaults().get("action"));
        Map<String, Object> none = new HashMap<>();
        none.put("action", null);
        assertNull(schema.validate(none, "oracle.set_editor_action", "").get("action"));
        assertEquals("Walk", schema.validate(Map.of("action", "Walk"), "oracle.set_editor_action", "").get("action"));
        assertThrows(PropertyException.class,
                () -> schema.validate(Map.of("action", 3), "oracle.set_editor_action", ""));
        assertThrows(PropertyException.class,
                () -> schema.validate(Map.of("action", ""), "oracle.set_editor_action", ""));
    }
}
