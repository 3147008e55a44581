package org.dopesheet.operator;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The outcome of an invocation: the returned status set, whether the poll passed (and why not),
 * the reports in the order they were made, and result values some operators produce (e.g.
 * {@code values} of {@code fcurve.evaluate}, {@code property_values} of {@code keyframe_insert}).
 * <p>
 * Operators return one of the status constants ({@link #FINISHED}, {@link #CANCELLED},
 * {@link #of}); the registry completes it with the reports and values of the invocation.
 */
public final class OperatorResult {
    public static final OperatorResult FINISHED = of(OperatorStatus.FINISHED);
    public static final OperatorResult CANCELLED = of(OperatorStatus.CANCELLED);
    public static final OperatorResult PASS_THROUGH = of(OperatorStatus.PASS_THROUGH);

    private final String operatorId;
    private final Set<OperatorStatus> status;
    private final boolean poll;
    private final String pollMessage;
    private final List<Report> reports;
    private final Map<String, Object> values;

    private OperatorResult(String operatorId, Set<OperatorStatus> status, boolean poll, String pollMessage,
            List<Report> reports, Map<String, Object> values) {
        this.operatorId = operatorId;
        this.status = Collections.unmodifiableSet(status.isEmpty() ? EnumSet.noneOf(OperatorStatus.class)
                : EnumSet.copyOf(status));
        this.poll = poll;
        this.pollMessage = pollMessage;
        this.reports = List.copyOf(reports);
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** A status-only result. */
    public static OperatorResult of(OperatorStatus first, OperatorStatus... rest) {
        return new OperatorResult(null, EnumSet.of(first, rest), true, null, List.of(), Map.of());
    }

    /** The result of an invocation whose poll failed: nothing ran, nothing changed. */
    public static OperatorResult pollFailed(String operatorId, String message) {
        return new OperatorResult(operatorId, EnumSet.noneOf(OperatorStatus.class), false, message, List.of(), Map.of());
    }

    /** This status completed with the invocation's id, reports and values. */
    public OperatorResult complete(String id, List<Report> allReports, Map<String, Object> resultValues) {
        return new OperatorResult(id, status, true, null, allReports, resultValues);
    }

    /** The operator id, once completed by the registry. */
    public String operatorId() {
        return operatorId;
    }

    /** The returned status set (empty when the poll failed). */
    public Set<OperatorStatus> status() {
        return status;
    }

    public boolean finished() {
        return status.contains(OperatorStatus.FINISHED);
    }

    public boolean cancelled() {
        return status.contains(OperatorStatus.CANCELLED);
    }

    /** Whether the operator's poll passed (so it ran). */
    public boolean poll() {
        return poll;
    }

    /** Why the poll failed, or null. */
    public String pollMessage() {
        return pollMessage;
    }

    public List<Report> reports() {
        return reports;
    }

    /**
     * Whether the operator put an ERROR into its own report list: Blender's Python API then raises
     * instead of returning (global reports do not count).
     */
    public boolean hasOwnError() {
        for (Report r : reports) {
            if (!r.global() && r.type().isError()) {
                return true;
            }
        }
        return false;
    }

    /** Result values by name. */
    public Map<String, Object> values() {
        return values;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (!poll) {
            sb.append(operatorId).append(": poll failed");
            if (pollMessage != null) {
                sb.append(" (").append(pollMessage).append(')');
            }
            return sb.toString();
        }
        sb.append(operatorId == null ? "" : operatorId + " ").append(status);
        for (Report r : reports) {
            sb.append("\n  ").append(r);
        }
        return sb.toString();
    }
}
