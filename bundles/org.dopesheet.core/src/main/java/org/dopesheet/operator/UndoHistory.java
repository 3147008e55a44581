package org.dopesheet.operator;

import java.util.List;
import java.util.Map;
import org.dopesheet.model.Document;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The undo history of the documents of a registry. Every invocation of an operator flagged
 * {@link OperatorFlag#UNDO} that changed its document records one step (operators never touch
 * the history); a step holds only the prior and later states of the nodes the invocation touched,
 * so a step that edited one curve of a ten-million-key document holds that curve alone. The
 * history of each document is bounded by a number of steps and by memory; the oldest steps go
 * first.
 */
@ProviderType
public interface UndoHistory {

    /**
     * One recorded step.
     *
     * @param operatorId the operator
     * @param name       its UI name
     * @param invocation the call in text form (validated properties)
     * @param nodes      number of model nodes it changed
     * @param bytes      approximate memory it holds
     */
    record Step(String operatorId, String name, String invocation, int nodes, long bytes) {
    }

    /** Undoes the last step of the document; false when there is nothing to undo. */
    boolean undo(Document document);

    /** Redoes the next undone step; false when there is nothing to redo. */
    boolean redo(Document document);

    /** The steps, oldest first. */
    List<Step> steps(Document document);

    /** How many of {@link #steps} are applied (the rest can be redone). */
    int position(Document document);

    /** Forgets the document's history. */
    void clear(Document document);

    /** Sets the bounds: at most {@code maxSteps} steps and about {@code maxBytes} bytes per document. */
    void setLimits(int maxSteps, long maxBytes);

    /**
     * Blender's "Adjust Last Operation": undoes the last step and runs its operator again with its
     * properties updated by {@code changes}, replacing the step.
     *
     * @throws OperatorException when the last step cannot be redone that way (nothing to adjust,
     *                           invalid properties, or the operator failed: the state is then
     *                           restored to the last step's result)
     */
    OperatorResult adjustLast(Document document, Map<String, ?> changes);
}
