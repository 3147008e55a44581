package org.dopesheet.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dopesheet.operator.OperatorException;
import org.dopesheet.shell.internal.Arguments;
import org.junit.jupiter.api.Test;

/** {@code name=value} arguments of operator commands. */
class ArgumentsTest {

    @Test
    void parse__valuesArePythonLiteralsAndBareWordsAreIdentifiers() {
        Map<String, Object> args = Arguments.parse("x.y", List.of("n=3", "f=0.5", "b=False", "s='a b'", "e=SELECT",
                "l=[1, 2]", "none=None", "set={'A', 'B'}"));

        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("n", 3L);
        expected.put("f", 0.5);
        expected.put("b", false);
        expected.put("s", "a b");
        expected.put("e", "SELECT");
        expected.put("l", List.of(1L, 2L));
        expected.put("none", null);
        expected.put("set", List.of("A", "B"));
        assertEquals(expected, args);
        assertEquals(List.of("n", "f", "b", "s", "e", "l", "none", "set"), List.copyOf(args.keySet()));
    }

    @Test
    void parse__malformedTokens_areNamed() {
        ShellException twice = assertThrows(ShellException.class,
                () -> Arguments.parse("x.y", List.of("a=1", "a=2")));
        assertEquals("x.y: property 'a' given twice", twice.getMessage());
        assertThrows(ShellException.class, () -> Arguments.parse("x.y", List.of("1a=3")));
        assertThrows(ShellException.class, () -> Arguments.parse("x.y", Arrays.asList((Object) null)));
        OperatorException empty = assertThrows(OperatorException.class,
                () -> Arguments.parse("x.y", List.of("a=")));
        assertEquals(OperatorException.Kind.SYNTAX, empty.kind());
        OperatorException spaced = assertThrows(OperatorException.class,
                () -> Arguments.parse("x.y", List.of("label=two words")));
        assertTrue(spaced.getMessage().endsWith("; quote strings that are not single words: name=\"'a b'\""),
                spaced.getMessage());
    }
}
