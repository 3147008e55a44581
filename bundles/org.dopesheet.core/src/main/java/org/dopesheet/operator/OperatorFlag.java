package org.dopesheet.operator;

/** Operator type flags (Blender's {@code OPTYPE_*}). */
public enum OperatorFlag {
    /** Shown in the info log and can be redone ({@code OPTYPE_REGISTER}). */
    REGISTER,
    /** Pushes an undo step after a successful run ({@code OPTYPE_UNDO}). */
    UNDO,
    /** Internal: not listed to users ({@code OPTYPE_INTERNAL}), e.g. the conformance harness operators. */
    INTERNAL
}
