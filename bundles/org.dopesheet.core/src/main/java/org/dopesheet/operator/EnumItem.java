package org.dopesheet.operator;

/**
 * One item of an enum property as listings show it.
 *
 * @param identifier  RNA identifier
 * @param name        UI name
 * @param description tooltip
 */
public record EnumItem(String identifier, String name, String description) {
}
