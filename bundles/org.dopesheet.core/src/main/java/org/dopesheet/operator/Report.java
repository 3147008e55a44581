package org.dopesheet.operator;

/**
 * A report of an invocation.
 *
 * @param type    report type
 * @param message Blender's message text
 * @param global  true when the report went to the window manager's global list (e.g. keyframing
 *                errors) rather than to the operator's own list; global errors do not make the
 *                call fail
 */
public record Report(ReportType type, String message, boolean global) {
    @Override
    public String toString() {
        return type + ": " + message;
    }
}
