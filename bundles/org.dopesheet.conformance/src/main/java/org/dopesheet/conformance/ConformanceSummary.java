package org.dopesheet.conformance;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The results of a conformance run, with the per-operator table and the closing line. */
public final class ConformanceSummary {
    private final List<VectorResult> results;

    public ConformanceSummary(List<VectorResult> results) {
        this.results = List.copyOf(results);
    }

    public List<VectorResult> results() {
        return results;
    }

    public long count(VectorResult.Status status) {
        return results.stream().filter(r -> r.status() == status).count();
    }

    public long passed() {
        return count(VectorResult.Status.PASSED);
    }

    public long failed() {
        return count(VectorResult.Status.FAILED);
    }

    public long skipped() {
        return count(VectorResult.Status.SKIPPED);
    }

    /** {@code conformance: N passed, M failed, K skipped}. */
    public String closingLine() {
        return "conformance: " + passed() + " passed, " + failed() + " failed, " + skipped() + " skipped";
    }

    /** The per-operator table, the failures with their first difference, and the closing line. */
    public String report() {
        Map<String, long[]> byOp = new TreeMap<>();
        for (VectorResult r : results) {
            byOp.computeIfAbsent(r.operator(), k -> new long[3])[r.status().ordinal()]++;
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-36s %7s %7s %7s%n", "operator", "passed", "failed", "skipped"));
        for (Map.Entry<String, long[]> e : byOp.entrySet()) {
            long[] c = e.getValue();
            sb.append(String.format("%-36s %7d %7d %7d%n", e.getKey(), c[0], c[1], c[2]));
        }
        for (VectorResult r : results) {
            if (r.status() == VectorResult.Status.FAILED) {
                sb.append("FAILED ").append(r.name()).append(": ").append(r.message()).append('\n');
            }
        }
        sb.append(closingLine()).append('\n');
        return sb.toString();
    }
}
