package org.dopesheet.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StateComparisonTest {

    @Test
    void floatsUseTolerancesAndValuesUseEvaluateTolerances() {
        Tolerance t = Tolerance.DEFAULT;
        assertEquals(List.of(), StateComparison.compare(Map.of("x", 1.0), Map.of("x", 1.00005f), t));
        assertEquals(List.of("expected.x: expected 1.0, got 1.001"),
                StateComparison.compare(Map.of("x", 1.0), Map.of("x", 1.001f), t).stream()
                        .map(s -> s.replace("1.00100004673004", "1.001")).toList());
        assertEquals(List.of(), StateComparison.compare(Map.of("values", List.of(1.0)), Map.of("values", List.of(1.0009)), t));
        assertEquals(List.of(), StateComparison.compare(Map.of("n", 3L), Map.of("n", 3), t));
        assertEquals(List.of(), StateComparison.compare(Map.of("f", 0.0), Map.of("f", 0), t));
    }

    @Test
    void structureMustMatchExactly() {
        Tolerance t = Tolerance.DEFAULT;
        assertEquals(List.of("expected.l: expected list of 2, got list of 1"),
                StateComparison.compare(Map.of("l", List.of(1L, 2L)), Map.of("l", List.of(1L)), t));
        assertEquals(List.of("expected.a: missing", "expected.b: unexpected"),
                StateComparison.compare(Map.of("a", true), Map.of("b", true), t));
        assertEquals(List.of("expected.s: expected 'X', got 'Y'"),
                StateComparison.compare(Map.of("s", "X"), Map.of("s", "Y"), t));
        assertEquals(List.of("expected.n: expected null, got 'x'"),
                StateComparison.compare(java.util.Collections.singletonMap("n", null), Map.of("n", "x"), t));
        assertEquals(List.of("expected.b: expected true, got false"),
                StateComparison.compare(Map.of("b", true), Map.of("b", false), t));
    }
}
