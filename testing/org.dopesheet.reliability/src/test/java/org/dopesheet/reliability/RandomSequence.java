package org.dopesheet.reliability;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.dopesheet.model.BehaviourProfile;
import org.dopesheet.model.Document;
import org.dopesheet.model.FCurve;
import org.dopesheet.operator.OperatorException;
import org.dopesheet.operator.OperatorFlag;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.OperatorType;
import org.dopesheet.operator.PropertyException;
import org.dopesheet.operator.Registries;

/**
 * One seeded sequence of random invocations on one document, checked after every step:
 * <ul>
 * <li>after an invocation that ran, the {@link ModelInvariants} hold (handles checked on the
 * curves it edited);</li>
 * <li>a refused invocation ({@link OperatorException}) and a failed poll left the document
 * exactly as it was (full {@link Fingerprint}, taken before every step and compared only then);</li>
 * <li>a hostile property value is refused with a {@link PropertyException} naming its path, a
 * valid one is never refused;</li>
 * <li>an operator never throws (EXECUTION_FAILED), and nothing else escapes the registry;</li>
 * <li>now and then, undo of a step restores the state before it and redo the state after it.</li>
 * </ul>
 * Everything derives from the seed: document ({@link #DOCUMENTS}), profile, operators, values.
 * A sequence stops at a failure that leaves the document untrustworthy ({@link Category#stops}).
 */
final class RandomSequence {
    /**
     * Documents (conformance vector inputs): Action and Dope Sheet modes, groups with locked and
     * muted curves, Cycles modifiers, an armature with bones, NLA stacks with and without tweak
     * mode and without an assigned action.
     */
    static final List<String> DOCUMENTS = List.of("random_000", "random_024", "random_040", "random_016",
            "paste_unflipped_rig", "frame_jump_nla_mapped", "stash_with_tracks", "push_down_no_action",
            "extrapolation_type_clear_cyclic_stack", "select_all_invert_locked_collapsed");

    /**
     * Failure categories; those that leave the document untrustworthy stop the sequence, the others
     * (the document was verified unchanged) let it go on.
     */
    enum Category {
        INITIAL_DOCUMENT(true), INVARIANT(true), CHANGED_ON_REFUSAL(true), CHANGED_ON_POLL_FAILURE(true),
        UNCHECKED_EXCEPTION(true), HOSTILE_VALUE_ACCEPTED(true), UNDO_MISMATCH(true), REDO_MISMATCH(true),
        EXECUTION_FAILED(false), VALID_VALUE_REFUSED(false), REFUSAL_MESSAGE(false);

        final boolean stops;

        Category(boolean stops) {
            this.stops = stops;
        }
    }

    /** A failed check with what replays it. */
    record Failure(long seed, int step, String document, String profile, Category category, String operator,
            String invocation, String detail, String signature) {
        @Override
        public String toString() {
            return category + " at seed " + seed + " step " + step + " (" + document + ", " + profile + "): " + invocation
                    + "\n    " + detail.replace("\n", "\n    ")
                    + "\n    replay: mvn -B -o verify -pl testing/org.dopesheet.reliability -Dtest=RandomSequenceTest"
                    + " -Dreliability.seed=" + seed;
        }
    }

    /** What one sequence did. */
    static final class Result {
        final long seed;
        int invocations;
        final Map<String, Integer> outcomes = new TreeMap<>();
        final Map<String, Integer> perOperator = new TreeMap<>();
        /** Operators that returned CANCELLED yet changed the document, by the first changed field (as Blender does in places). */
        final Map<String, Integer> cancelledWithChanges = new TreeMap<>();
        /** The first failure of each signature, in order. */
        final List<Failure> failures = new ArrayList<>();
        boolean stopped;

        Result(long seed) {
            this.seed = seed;
        }

        void count(String outcome, String operator) {
            outcomes.merge(outcome, 1, Integer::sum);
            perOperator.merge(operator + " " + outcome, 1, Integer::sum);
        }
    }

    static final ModelInvariants RULES = new ModelInvariants().allowStaleActiveKeyframe();

    private final long seed;
    private final int steps;
    private final boolean extremes;
    private final PrintStream trace;
    /** Called with the step number and the document before every step (for investigating a replayed failure), or null. */
    java.util.function.ObjIntConsumer<Document> beforeStep;

    /**
     * @param extremes whether valid numbers may be the extremes of unbounded ranges
     * @param trace    where to print every step (replay), or null
     */
    RandomSequence(long seed, int steps, boolean extremes, PrintStream trace) {
        this.seed = seed;
        this.steps = steps;
        this.extremes = extremes;
        this.trace = trace;
    }

    Result run() {
        Result result = new Result(seed);
        Random rnd = new Random(mix(seed));
        String docName = DOCUMENTS.get((int) Math.floorMod(seed, (long) DOCUMENTS.size()));
        Path file = Vectors.file(docName);
        Document doc = Vectors.input(file);
        if (rnd.nextBoolean()) {
            doc.setProfile(BehaviourProfile.CURRENT);
        }
        String profile = doc.profile().name();
        Registries.Standalone s = OperatorCatalog.standalone();
        List<OperatorType> ops = s.registry().operators();
        List<String> initial = RULES.check(doc);
        if (!initial.isEmpty()) {
            result.failures.add(new Failure(seed, -1, docName, profile, Category.INITIAL_DOCUMENT, "-", "-",
                    String.join("\n", initial), "INITIAL_DOCUMENT " + docName));
            result.stopped = true;
            return result;
        }
        Set<String> seen = new HashSet<>();
        trace("seed " + seed + ": " + docName + ", profile " + profile + ", " + ops.size() + " operators");
        for (int step = 0; step < steps; step++) {
            OperatorType type = ops.get(rnd.nextInt(ops.size()));
            if (type.id().equals("action.bake_keys") && keySpan(doc) > MAX_BAKE_SPAN) {
                // baking inserts a key per frame with a handle recalculation each (quadratic, as Blender
                // 3.4's sample_fcurve): over a span scaled up by earlier transforms it takes minutes
                result.count("skipped (bake over " + MAX_BAKE_SPAN + "+ frames)", type.id());
                continue;
            }
            PropertyValues values = new PropertyValues(rnd, doc, extremes);
            Map<String, Object> props = values.valid(type);
            PropertyValues.Hostile hostile = null;
            if (rnd.nextInt(5) == 0) {
                hostile = values.randomHostile(type.properties());
                props.put(hostile.key(), hostile.value());
            }
            String text = Invocations.text(type.id(), props);
            if (beforeStep != null) {
                beforeStep.accept(doc, step);
            }
            Object before = Fingerprint.of(doc);
            ModelInvariants.CurveInputs inputs = ModelInvariants.CurveInputs.of(doc);
            int position = s.undoHistory().position(doc);
            result.invocations++;
            Failure f = step(s, doc, type, props, hostile, before, inputs, position, rnd, result);
            if (f == null) {
                continue;
            }
            Failure full = new Failure(seed, step, docName, profile, f.category(), type.id(), text, f.detail(),
                    f.signature() + (extremes ? " extreme-values " : " ") + profile);
            trace("  FAILED: " + full);
            if (seen.add(full.signature())) {
                result.failures.add(full);
            }
            if (f.category().stops) {
                result.stopped = true;
                return result;
            }
        }
        return result;
    }

    /**
     * The seed scrambled (SplitMix64's finalizer): {@code java.util.Random}'s first values for
     * consecutive seeds are strongly correlated (the first boolean is the same for thousands of
     * them), which would give every sequence the same profile.
     */
    static long mix(long seed) {
        long z = seed + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Widest frame span of the keys of one curve beyond which a sequence does not bake. */
    static final double MAX_BAKE_SPAN = 2_000;

    static double keySpan(Document doc) {
        double span = 0;
        for (org.dopesheet.model.Action a : doc.actions()) {
            for (org.dopesheet.model.Channelbag b : a.channelbags()) {
                for (FCurve c : b.fcurves()) {
                    if (c.size() > 1) {
                        span = Math.max(span, (double) c.x(c.size() - 1) - c.x(0));
                    }
                }
            }
        }
        return span;
    }

    private void trace(String line) {
        if (trace != null) {
            trace.println(line);
        }
    }

    /** One step; a failure (with only category, detail and signature filled) or null. */
    private Failure step(Registries.Standalone s, Document doc, OperatorType type, Map<String, Object> props,
            PropertyValues.Hostile hostile, Object before, ModelInvariants.CurveInputs inputs, int position, Random rnd,
            Result result) {
        String id = type.id();
        OperatorResult r;
        try {
            r = s.registry().invoke(doc, id, props);
        } catch (PropertyException e) {
            result.count("refused", id);
            trace("  " + Invocations.text(id, props) + " -> refused: " + e.getMessage());
            String changed = Fingerprint.difference(before, Fingerprint.of(doc));
            if (changed != null) {
                return fail(Category.CHANGED_ON_REFUSAL, "refused (" + e.getMessage() + ") but changed " + changed, id);
            }
            if (hostile == null) {
                return fail(Category.VALID_VALUE_REFUSED, e.getMessage(), id + " " + e.property());
            }
            if (!hostile.path().equals(e.property()) || !e.getMessage().contains("'" + hostile.path() + "'")) {
                return fail(Category.REFUSAL_MESSAGE, "refused " + hostile + " naming property '" + e.property()
                        + "', expected '" + hostile.path() + "': " + e.getMessage(), id + " " + hostile.kind());
            }
            if (hostile.allowed().stream().noneMatch(e.getMessage()::contains)) {
                return fail(Category.REFUSAL_MESSAGE, "refusal of " + hostile + " does not say what is allowed (none of "
                        + hostile.allowed() + "): " + e.getMessage(), "message " + hostile.kind());
            }
            return null;
        } catch (OperatorException e) {
            result.count(e.kind().name(), id);
            trace("  " + Invocations.text(id, props) + " -> " + e.kind() + ": " + e.getMessage());
            String changed = Fingerprint.difference(before, Fingerprint.of(doc));
            if (changed != null) {
                return fail(Category.CHANGED_ON_REFUSAL, e.kind() + " (" + e.getMessage() + ") but changed " + changed, id);
            }
            if (e.kind() == OperatorException.Kind.EXECUTION_FAILED) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                return fail(Category.EXECUTION_FAILED, e.getMessage() + "\n" + stackTop(cause),
                        id + " " + cause.getClass().getSimpleName() + " " + frame(cause));
            }
            return fail(Category.EXECUTION_FAILED, "unexpected " + e.kind() + ": " + e.getMessage(), id + " " + e.kind());
        } catch (RuntimeException | Error e) {
            result.count("escaped", id);
            return fail(Category.UNCHECKED_EXCEPTION, e + "\n" + stackTop(e), id + " " + e.getClass().getSimpleName());
        }
        if (hostile != null) {
            return fail(Category.HOSTILE_VALUE_ACCEPTED, hostile + " was accepted: " + r, id + " " + hostile.kind());
        }
        if (!r.poll()) {
            result.count("poll failed", id);
            trace("  " + Invocations.text(id, props) + " -> poll failed");
            String changed = Fingerprint.difference(before, Fingerprint.of(doc));
            return changed == null ? null : fail(Category.CHANGED_ON_POLL_FAILURE, "poll failed but changed " + changed, id);
        }
        result.count(r.finished() ? "finished" : r.cancelled() ? "cancelled" : r.status().toString(), id);
        trace("  " + Invocations.text(id, props) + " -> " + r.status() + (r.reports().isEmpty() ? "" : " " + r.reports()));
        List<FCurve> edited = inputs.changedCurves(doc);
        List<String> violations = RULES.check(doc, edited);
        if (!violations.isEmpty()) {
            return fail(Category.INVARIANT, String.join("\n", violations), id + " " + rules(violations)
                    + markers(violations));
        }
        if (r.cancelled() && !r.finished()) {
            String changed = Fingerprint.difference(before, Fingerprint.of(doc));
            if (changed != null) {
                String field = changed.substring(0, changed.indexOf(':')).replaceAll("\\[\\d+\\]", "[]");
                result.cancelledWithChanges.merge(id + " " + field, 1, Integer::sum);
            }
        }
        if (type.flags().contains(OperatorFlag.UNDO) && s.undoHistory().position(doc) > position && rnd.nextInt(8) == 0) {
            return undoRedo(s, doc, id, before);
        }
        return null;
    }

    private Failure undoRedo(Registries.Standalone s, Document doc, String id, Object before) {
        Object after = Fingerprint.of(doc);
        if (!s.undoHistory().undo(doc)) {
            return fail(Category.UNDO_MISMATCH, "undo found no step after a recorded invocation", id);
        }
        String undone = Fingerprint.difference(before, Fingerprint.of(doc));
        if (undone != null) {
            return fail(Category.UNDO_MISMATCH, "undo left " + undone, id);
        }
        List<String> violations = RULES.check(doc);
        if (!violations.isEmpty()) {
            return fail(Category.UNDO_MISMATCH, "after undo: " + String.join("\n", violations), id + " undo");
        }
        if (!s.undoHistory().redo(doc)) {
            return fail(Category.REDO_MISMATCH, "redo found no step after undo", id);
        }
        String redone = Fingerprint.difference(after, Fingerprint.of(doc));
        if (redone != null) {
            return fail(Category.REDO_MISMATCH, "redo left " + redone, id);
        }
        trace("  undo/redo of " + id + ": restored");
        return null;
    }

    private static Failure fail(Category c, String detail, String signature) {
        return new Failure(0, 0, null, null, c, null, null, detail, c + " " + signature);
    }

    /** Signature markers of the violations' circumstances: coincident keys, a crossing by rounding. */
    static String markers(List<String> violations) {
        boolean coincident = violations.stream().anyMatch(v -> v.contains(ModelInvariants.COINCIDENT));
        boolean rounding = violations.stream().allMatch(v -> !v.endsWith("[HANDLE_ORDER]")
                || v.contains(ModelInvariants.BY_ROUNDING));
        boolean order = violations.stream().anyMatch(v -> v.endsWith("[HANDLE_ORDER]"));
        return (coincident ? " coincident-keys" : "") + (order && rounding ? " rounding" : "");
    }

    /** The rules broken, sorted and distinct, e.g. {@code [HANDLES_RECALCULATED, USERS]}. */
    static String rules(List<String> violations) {
        return violations.stream().map(v -> v.substring(v.lastIndexOf('[') + 1, v.length() - 1)).distinct().sorted()
                .toList().toString();
    }

    static String stackTop(Throwable e) {
        StringBuilder b = new StringBuilder(e.toString());
        StackTraceElement[] st = e.getStackTrace();
        for (int i = 0; i < Math.min(8, st.length); i++) {
            b.append("\n  at ").append(st[i]);
        }
        return b.toString();
    }

    /** The first frame of an exception, for signatures ({@code Class.method}). */
    static String frame(Throwable e) {
        StackTraceElement[] st = e.getStackTrace();
        return st.length == 0 ? "?" : st[0].getClassName().replaceFirst(".*\\.", "") + "." + st[0].getMethodName();
    }
}
