package org.dopesheet.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void parse__buildsAPlainTree_withLongForIntegralLiteralsAndDoubleOtherwise() throws Exception {
        Object tree = Json.parse("{\"z\": 1, \"a\": 1.5, \"e\": 1e3, \"m\": -0.0, \"big\": 9007199254740993,"
                + " \"s\": \"x\", \"t\": true, \"f\": false, \"n\": null, \"l\": [1, 2.0, []], \"o\": {}}", "t");
        Map<String, Object> m = Trees.object(tree, "");
        assertInstanceOf(LinkedHashMap.class, m);
        assertEquals(List.of("z", "a", "e", "m", "big", "s", "t", "f", "n", "l", "o"), new ArrayList<>(m.keySet()),
                "key order is kept");
        assertEquals(1L, m.get("z"));
        assertEquals(1.5, m.get("a"));
        assertEquals(1000.0, m.get("e"));
        assertEquals(-0.0, m.get("m"));
        assertEquals(9007199254740993L, m.get("big"), "64-bit integers are exact");
        assertEquals("x", m.get("s"));
        assertEquals(Boolean.TRUE, m.get("t"));
        assertEquals(Boolean.FALSE, m.get("f"));
        assertTrue(m.containsKey("n"));
        assertNull(m.get("n"));
        assertInstanceOf(ArrayList.class, m.get("l"));
        assertEquals(List.of(1L, 2.0, List.of()), m.get("l"));
        assertEquals(Map.of(), m.get("o"));
    }

    @Test
    void parse__malformedJson_reportsSourceLineAndColumn() {
        String text = "{\n  \"a\": 1,\n  \"b\": ]\n}\n";
        DocumentFormatException e = assertThrows(DocumentFormatException.class, () -> Json.parse(text, "doc.json"));
        assertEquals("doc.json", e.source());
        assertEquals(3, e.line());
        assertEquals(8, e.column());
        assertTrue(e.getMessage().startsWith("doc.json: line 3, column 8: "), e.getMessage());
        assertTrue(e.getMessage().contains("']'"), e.getMessage());
        assertNull(e.path());
    }

    @Test
    void parse__unterminatedObject_pointsAtTheEndOfInput_withoutJacksonsSourceNoise() {
        DocumentFormatException e = assertThrows(DocumentFormatException.class,
                () -> Json.parse("{\"a\": [1, 2]", "cut.json"));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().startsWith("cut.json: line 1, column 13: "), e.getMessage());
        assertTrue(e.getMessage().contains("end-of-input"), e.getMessage());
        assertTrue(!e.getMessage().contains("Source:") && !e.getMessage().contains("REDACTED"), e.getMessage());
    }

    @Test
    void parse__duplicateKey_isAnError() {
        DocumentFormatException e = assertThrows(DocumentFormatException.class,
                () -> Json.parse("{\"a\": 1,\n \"a\": 2}", "dup.json"));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("Duplicate field 'a'"), e.getMessage());
    }

    @Test
    void parse__trailingContent_emptyInput_hugeIntegers_andBadLiterals_areErrors() {
        DocumentFormatException trailing = assertThrows(DocumentFormatException.class,
                () -> Json.parse("{} {}", "x"));
        assertEquals(1, trailing.line());
        assertEquals(4, trailing.column());
        assertTrue(trailing.getMessage().contains("after the end of the JSON value"), trailing.getMessage());

        DocumentFormatException empty = assertThrows(DocumentFormatException.class, () -> Json.parse("  \n", "x"));
        assertTrue(empty.getMessage().contains("empty"), empty.getMessage());

        DocumentFormatException big = assertThrows(DocumentFormatException.class,
                () -> Json.parse("[123456789012345678901234567890]", "x"));
        assertTrue(big.getMessage().contains("out of range"), big.getMessage());

        DocumentFormatException inf = assertThrows(DocumentFormatException.class, () -> Json.parse("[1e999]", "x"));
        assertTrue(inf.getMessage().contains("out of range"), inf.getMessage());

        DocumentFormatException nan = assertThrows(DocumentFormatException.class, () -> Json.parse("[NaN]", "x"));
        assertEquals(1, nan.line());
    }

    @Test
    void write__usesFloatToStringForFloats_doubleToStringForDoubles_andKeepsKeyOrder() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("f", 0.1f);
        m.put("d", 0.1);
        m.put("back", 1.70158f);
        m.put("h", (float) -0.561646);
        m.put("i", 3L);
        m.put("int", 4);
        m.put("n", null);
        m.put("s", "a\"b\\c\n\u0001");
        assertEquals("{\"f\": 0.1, \"d\": 0.1, \"back\": 1.70158, \"h\": -0.561646, \"i\": 3, \"int\": 4, \"n\": null,"
                + " \"s\": \"a\\\"b\\\\c\\n\\u0001\"}\n", Json.toText(m));
    }

    @Test
    void write__laysOutLikeTheVectorFiles_flatContainersOnOneLine() {
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("co", List.of(1.0f, 0.0f));
        key.put("type", "KEYFRAME");
        Map<String, Object> curve = new LinkedHashMap<>();
        curve.put("data_path", "location");
        curve.put("modifiers", List.of());
        curve.put("keyframes", List.of(key, key));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("fcurves", List.of(curve));
        root.put("empty", Map.of());
        assertEquals("{\n"
                + "  \"fcurves\": [\n"
                + "    {\n"
                + "      \"data_path\": \"location\",\n"
                + "      \"modifiers\": [],\n"
                + "      \"keyframes\": [\n"
                + "        {\"co\": [1.0, 0.0], \"type\": \"KEYFRAME\"},\n"
                + "        {\"co\": [1.0, 0.0], \"type\": \"KEYFRAME\"}\n"
                + "      ]\n"
                + "    }\n"
                + "  ],\n"
                + "  \"empty\": {}\n"
                + "}\n", Json.toText(root));
    }

    @Test
    void write__nonFiniteNumbers_areRefused_namingTheirPath() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("a", List.of(1.0f, Float.NaN));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.toText(root));
        assertTrue(e.getMessage().startsWith("a[1]: "), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Json.toText(List.of(Double.POSITIVE_INFINITY)));
        assertThrows(IllegalArgumentException.class, () -> Json.toText(List.of(new Object())));
    }

    @Test
    void nonAsciiText_roundTripsUnescaped() throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("名前", "Würfel 立方体 🦊 é");
        String text = Json.toText(m);
        assertTrue(text.contains("Würfel 立方体 🦊 é"), text);
        assertEquals(m, Json.parse(new StringReader(text), "t"));
        StringWriter out = new StringWriter();
        Json.write(m, out);
        assertEquals(text, out.toString());
    }

    @Test
    void parseOfWrittenTree_givesTheTreeBack() throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("l", List.of(1L, 2.5, "x", Map.of("k", List.of(true, false)), List.of(List.of())));
        m.put("neg", -0.0);
        assertEquals(m, Json.parse(Json.toText(m), "t"));
    }
}
