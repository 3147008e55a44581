package org.dopesheet.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InvocationTest {

    @Test
    void parsesPythonKeywordCalls() {
        Invocation inv = Invocation.parse("bpy.ops.action.select_box(axis_range=False, xmin=-3, xmax=12,"
                + " mode='SET', tweak=True, value=[1.5, 2e-3, -0.25, 0], opt={'NEEDED', 'FAST'},"
                + " sub={'a': 1, \"b\": None}, t=(1, 2), name=\"it's\")");
        assertEquals("action.select_box", inv.operatorId());
        Map<String, Object> p = inv.properties();
        assertEquals(Boolean.FALSE, p.get("axis_range"));
        assertEquals(-3L, p.get("xmin"));
        assertEquals("SET", p.get("mode"));
        assertEquals(List.of(1.5, 2e-3, -0.25, 0L), p.get("value"));
        assertEquals(List.of("NEEDED", "FAST"), p.get("opt"));
        Map<?, ?> sub = (Map<?, ?>) p.get("sub");
        assertEquals(1L, sub.get("a"));
        assertTrue(sub.containsKey("b"));
        assertNull(sub.get("b"));
        assertEquals(List.of(1L, 2L), p.get("t"));
        assertEquals("it's", p.get("name"));
    }

    @Test
    void bareIdentifiersAreEnumItems() {
        assertEquals("SELECT", Invocation.parse("action.select_all(action=SELECT)").properties().get("action"));
        assertEquals("SELECT", Invocation.parseValue("SELECT"));
        assertEquals(0.01, Invocation.parseValue("0.01"));
        assertEquals(Boolean.TRUE, Invocation.parseValue("True"));
    }

    @Test
    void roundTripsThroughToString() {
        Invocation inv = Invocation.parse("action.paste(offset='START', merge=MIX, flipped=True, n=[1, 2.5])");
        assertEquals("action.paste(offset='START', merge='MIX', flipped=True, n=[1, 2.5])", inv.toString());
        assertEquals(inv, Invocation.parse(inv.toString()));
    }

    @Test
    void syntaxErrorsNameTheColumn() {
        OperatorException e = assertThrows(OperatorException.class, () -> Invocation.parse("action.clean(threshold=)"));
        assertEquals(OperatorException.Kind.SYNTAX, e.kind());
        assertTrue(e.getMessage().startsWith("syntax error at column 24"), e.getMessage());
        assertThrows(OperatorException.class, () -> Invocation.parse("clean()"));
        assertThrows(OperatorException.class, () -> Invocation.parse("action.clean(a=1, a=2)"));
        assertThrows(OperatorException.class, () -> Invocation.parse("action.clean(a='x)"));
        assertThrows(OperatorException.class, () -> Invocation.parse("action.clean(a=1) extra"));
    }
}
