package org.dopesheet.operator;

import java.util.Set;

/**
 * Description of a registered operator (a snapshot, not the live service).
 *
 * @param id          operator id, e.g. {@code action.clean}
 * @param name        UI name
 * @param description tooltip description
 * @param family      family, e.g. {@code edit}
 * @param flags       flags
 * @param properties  property schema
 * @param provider    provider bundle ({@code symbolic-name version}), or {@code "(standalone)"}
 * @param ranking     service ranking of the winning provider
 */
public record OperatorType(String id, String name, String description, String family, Set<OperatorFlag> flags,
        PropertySchema properties, String provider, int ranking) {

    /** The scope part of the id ({@code action}). */
    public String scope() {
        return id.substring(0, id.indexOf('.'));
    }

    /** The function part of the id ({@code clean}). */
    public String function() {
        return id.substring(id.indexOf('.') + 1);
    }
}
