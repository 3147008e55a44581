package org.dopesheet.model;

/**
 * The current value of one animated property element of an object ({@code dataPath[arrayIndex]}),
 * as the last animation evaluation (or the user) left it.
 */
public record PropertyValue(String dataPath, int arrayIndex, float value) {
}
