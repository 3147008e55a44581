package org.dopesheet.operator;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * An operator: Blender's {@code wmOperatorType} with {@code poll} and {@code exec}.
 * <p>
 * Implementations are stateless services; everything an invocation needs comes from the
 * {@link OperatorContext} and the validated {@link OperatorProperties}. Operators never record
 * undo steps or take locks: the registry does both around every invocation.
 */
@ConsumerType
public interface Operator {

    /** The properties this operator takes, with defaults, ranges and enum items. */
    default PropertySchema properties() {
        return PropertySchema.EMPTY;
    }

    /**
     * Whether the operator can run in this context. When it cannot, an implementation may say why
     * with {@link OperatorContext#pollMessage(String)}.
     */
    default boolean poll(OperatorContext context) {
        return true;
    }

    /**
     * Runs the operator. Reports go to {@link OperatorContext#report}; the returned result carries
     * the status ({@link OperatorResult#FINISHED}, {@link OperatorResult#CANCELLED}, ...). Throwing
     * makes the registry restore the document to its state before the invocation.
     */
    OperatorResult execute(OperatorContext context, OperatorProperties properties);
}
