package org.dopesheet.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dopesheet.io.DocumentFormatException;

/**
 * Parses JSON text with Jackson's streaming parser into a plain tree: {@link LinkedHashMap}
 * (key order kept), {@link ArrayList}, {@link String}, {@link Boolean}, {@code null}, {@link Long}
 * for integral literals and {@link Double} for literals with a fraction or exponent.
 */
public final class JsonTreeReader {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    /** Jackson's location inside its own messages; replaced by a plain "line l, column c". */
    private static final Pattern LOCATION = Pattern.compile("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)\\]");

    /** Short strings repeat a lot (enum identifiers, data paths): one instance each. */
    private static final int SHARED_STRING_MAX_LENGTH = 64;
    private static final int SHARED_STRING_MAX_COUNT = 1 << 14;

    private final String source;
    private final Map<String, String> shared = new HashMap<>();
    private final boolean compactKeyframes;

    private JsonTreeReader(String source, boolean compactKeyframes) {
        this.source = source;
        this.compactKeyframes = compactKeyframes;
    }

    /**
     * Parses exactly one JSON value from {@code reader} (which is not closed).
     *
     * @throws DocumentFormatException on malformed JSON, with source, line and column
     * @throws IOException             if reading fails
     */
    public static Object parse(Reader reader, String source) throws IOException {
        return parse(reader, source, false);
    }

    /**
     * {@link #parse(Reader, String)} for the document reader ({@code StateReader}): every
     * {@code keyframes} array is kept in columns ({@link CompactKeyframes}, about 42 bytes a key
     * instead of a map per key) as long as its keyframes have the layout the document writer
     * gives them; their numbers then come back as the {@link Float} the reader would make of them.
     */
    public static Object parseDocument(Reader reader, String source) throws IOException {
        return parse(reader, source, true);
    }

    private static Object parse(Reader reader, String source, boolean compactKeyframes) throws IOException {
        try (JsonParser p = FACTORY.createParser(reader)) {
            try {
                JsonToken first = p.nextToken();
                if (first == null) {
                    throw error(source, p.currentLocation(), "no JSON value (the input is empty)", null);
                }
                Object root = new JsonTreeReader(source, compactKeyframes).value(p, first);
                JsonToken extra = p.nextToken();
                if (extra != null) {
                    throw error(source, p.currentTokenLocation(),
                            "unexpected content after the end of the JSON value: " + describe(extra, p), null);
                }
                return root;
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
                throw error(source, at, cleanMessage(e.getOriginalMessage()), e);
            } catch (CharacterCodingException e) {
                throw error(source, p.currentLocation(), "the text is not valid UTF-8 (" + e + ")", e);
            }
        }
    }

    private Object value(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken next = p.nextToken();
                    if (compactKeyframes && next == JsonToken.START_ARRAY && name.equals("keyframes")) {
                        CompactKeyframes keys = new CompactKeyframes();
                        JsonToken e;
                        while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
                            keys.add(value(p, e));
                        }
                        map.put(name, keys);
                        continue;
                    }
                    map.put(name, value(p, next));
                }
                return map;
            }
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                JsonToken e;
                while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
                    list.add(value(p, e));
                }
                return list;
            }
            case VALUE_STRING:
                return string(p.getText());
            case VALUE_NUMBER_INT:
                if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    throw error(source, p.currentTokenLocation(),
                            "integer " + p.getText() + " is out of range (64-bit signed integers only)", null);
                }
                return p.getLongValue();
            case VALUE_NUMBER_FLOAT: {
                double d = p.getDoubleValue();
                if (Double.isInfinite(d)) {
                    throw error(source, p.currentTokenLocation(),
                            "number " + p.getText() + " is out of range (not a finite double)", null);
                }
                return d;
            }
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw error(source, p.currentTokenLocation(), "unexpected " + describe(t, p), null);
        }
    }

    private String string(String s) {
        if (s.length() > SHARED_STRING_MAX_LENGTH) {
            return s;
        }
        String known = shared.get(s);
        if (known != null) {
            return known;
        }
        if (shared.size() < SHARED_STRING_MAX_COUNT) {
            shared.put(s, s);
        }
        return s;
    }

    private static String describe(JsonToken t, JsonParser p) throws IOException {
        switch (t) {
            case START_OBJECT:
                return "'{'";
            case START_ARRAY:
                return "'['";
            case END_OBJECT:
                return "'}'";
            case END_ARRAY:
                return "']'";
            default:
                String text = p.getText();
                return "'" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "'";
        }
    }

    private static DocumentFormatException error(String source, JsonLocation at, String problem, Throwable cause) {
        int line = at == null ? -1 : at.getLineNr();
        int column = at == null ? -1 : at.getColumnNr();
        return new DocumentFormatException(source, line, column, problem, cause);
    }

    private static String cleanMessage(String message) {
        if (message == null) {
            return "malformed JSON";
        }
        Matcher m = LOCATION.matcher(message);
        return m.replaceAll("line $1, column $2").trim();
    }
}
