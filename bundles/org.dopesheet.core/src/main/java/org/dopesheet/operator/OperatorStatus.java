package org.dopesheet.operator;

/** Return codes of an operator (Blender's {@code OPERATOR_*}). */
public enum OperatorStatus {
    FINISHED,
    CANCELLED,
    PASS_THROUGH,
    RUNNING_MODAL
}
