package org.dopesheet.operator;

/** A property value was rejected before the operator ran. */
public class PropertyException extends OperatorException {
    private static final long serialVersionUID = 1L;
    private final String property;

    public PropertyException(String operatorId, String property, String message) {
        super(Kind.INVALID_PROPERTY, operatorId, message);
        this.property = property;
    }

    /** Path of the property concerned (e.g. {@code path[2].loc}). */
    public String property() {
        return property;
    }
}
