package org.dopesheet.operator;

/**
 * An invocation that could not run or failed: unknown or unavailable operator, invalid
 * properties, a syntax error in the text form, an unknown document, or an operator that threw
 * (the document is then left exactly as it was).
 */
public class OperatorException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the invocation did not succeed. */
    public enum Kind {
        /** No operator with this id was ever registered. */
        UNKNOWN_OPERATOR,
        /** The operator was registered once but its provider is gone (stopped or uninstalled). */
        NOT_AVAILABLE,
        /** A property is unknown, of the wrong type, out of range or not an allowed enum item. */
        INVALID_PROPERTY,
        /** The text form could not be parsed. */
        SYNTAX,
        /** No document with this name. */
        UNKNOWN_DOCUMENT,
        /** The operator threw; the document was restored. */
        EXECUTION_FAILED,
        /** The operator's poll failed. */
        POLL_FAILED
    }

    private final Kind kind;
    private final String operatorId;

    public OperatorException(Kind kind, String operatorId, String message) {
        super(message);
        this.kind = kind;
        this.operatorId = operatorId;
    }

    public OperatorException(Kind kind, String operatorId, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.operatorId = operatorId;
    }

    public Kind kind() {
        return kind;
    }

    /** The operator concerned, or null. */
    public String operatorId() {
        return operatorId;
    }
}
