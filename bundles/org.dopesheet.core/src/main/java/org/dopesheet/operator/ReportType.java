package org.dopesheet.operator;

/** Report types (RNA identifiers of Blender's report types). */
public enum ReportType {
    DEBUG,
    INFO,
    OPERATOR,
    PROPERTY,
    WARNING,
    ERROR,
    ERROR_INVALID_INPUT,
    ERROR_INVALID_CONTEXT,
    ERROR_OUT_OF_MEMORY;

    /** Whether this is one of the error types. */
    public boolean isError() {
        return this.compareTo(ERROR) >= 0;
    }
}
