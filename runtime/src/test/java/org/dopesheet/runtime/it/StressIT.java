package org.dopesheet.runtime.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.dopesheet.document.DocumentStore;
import org.dopesheet.io.DocumentFormat;
import org.dopesheet.model.Action;
import org.dopesheet.model.Channelbag;
import org.dopesheet.model.Document;
import org.dopesheet.model.FCurve;
import org.dopesheet.operator.InvocationJournal;
import org.dopesheet.operator.OperatorException;
import org.dopesheet.operator.OperatorRegistry;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Eight threads invoke 10,000 random operators each on two shared documents while the select
 * family's bundle is stopped and started over and over. Afterwards every document is consistent,
 * every successful invocation is in the journal in per-document order, and replaying each
 * document's journal on its starting state gives the same document.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class StressIT {
    static final int THREADS = 8;
    static final int PER_THREAD = 10_000;
    static final String FAMILY = "org.dopesheet.ops.select";
    static final List<String> INVOCATIONS = List.of(
            "action.select_all(action='TOGGLE')",
            "action.select_all(action='INVERT')",
            "action.select_column(mode='CFRA')",
            "action.select_more()",
            "action.select_less()",
            "action.select_leftright(mode='LEFT', extend=True)",
            "action.interpolation_type(type='LINEAR')",
            "action.interpolation_type(type='BEZIER')",
            "action.handle_type(type='VECTOR')",
            "action.handle_type(type='AUTO_CLAMPED')",
            "action.keyframe_type(type='BREAKDOWN')",
            "action.mirror(type='XAXIS')",
            "action.snap(type='NEAREST_FRAME')",
            "anim.change_frame(frame=%d)",
            "action.select_all(action='NOPE')");

    @Configuration
    public Option[] config() {
        return DopesheetTestSupport.runtime().toArray(Option[]::new);
    }

    @Test
    public void concurrentInvocationsWhileAFamilyRestarts() throws Exception {
        BundleContext context = DopesheetTestSupport.contextOf(getClass());
        OperatorRegistry registry = DopesheetTestSupport.service(context, OperatorRegistry.class);
        DocumentStore store = DopesheetTestSupport.service(context, DocumentStore.class);
        DocumentFormat format = DopesheetTestSupport.service(context, DocumentFormat.class);
        InvocationJournal journal = DopesheetTestSupport.service(context, InvocationJournal.class);
        DopesheetTestSupport.awaitOperators(registry, List.of("action.select_all", "action.snap", "action.mirror",
                "action.interpolation_type", "anim.change_frame"));
        Path vectors = Path.of(System.getProperty("dopesheet.conformance.vectors"));
        List<String> names = List.of("stress_a", "stress_b");
        List<String> starts = new ArrayList<>();
        List<Document> docs = new ArrayList<>();
        for (String name : names) {
            Document d = format.load(vectors.resolve("clean_t0p01_chan.json"));
            d.setName(name);
            store.put(d);
            docs.add(d);
            starts.add(text(format, d));
        }
        journal.clear();

        Bundle family = DopesheetTestSupport.installed(context, FAMILY);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong restarts = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
        Future<?> restarter = pool.submit(() -> {
            Random r = new Random(7);
            while (running.get()) {
                family.stop();
                Thread.onSpinWait();
                family.start();
                restarts.incrementAndGet();
                for (int i = r.nextInt(2000); i > 0 && running.get(); i--) {
                    Thread.onSpinWait();
                }
            }
            return null;
        });
        AtomicLong succeeded = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        List<Future<?>> workers = new ArrayList<>();
        List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < THREADS; t++) {
            final long seed = 100 + t;
            workers.add(pool.submit(() -> {
                Random r = new Random(seed);
                for (int i = 0; i < PER_THREAD; i++) {
                    Document d = docs.get(r.nextInt(docs.size()));
                    String call = String.format(INVOCATIONS.get(r.nextInt(INVOCATIONS.size())), 1 + r.nextInt(20));
                    try {
                        registry.invoke(d, call);
                        succeeded.incrementAndGet();
                    } catch (OperatorException e) {
                        switch (e.kind()) {
                            case NOT_AVAILABLE:
                            case INVALID_PROPERTY:
                                refused.incrementAndGet();
                                break;
                            default:
                                unexpected.add(call + ": " + e.getMessage());
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> w : workers) {
            w.get(10, TimeUnit.MINUTES);
        }
        running.set(false);
        restarter.get(1, TimeUnit.MINUTES);
        pool.shutdown();
        if (family.getState() != Bundle.ACTIVE) {
            family.start();
        }
        DopesheetTestSupport.awaitOperators(registry, List.of("action.select_all"));

        System.out.println("StressIT: " + THREADS * PER_THREAD + " invocations, " + succeeded.get() + " succeeded, "
                + refused.get() + " refused, " + restarts.get() + " restarts of " + FAMILY);
        assertEquals(List.of(), unexpected);
        assertTrue("the family was restarted while invocations ran: " + restarts.get(), restarts.get() > 0);
        assertTrue("some invocations were refused while the family was stopped or had bad properties",
                refused.get() > 0);
        assertEquals(succeeded.get(), journal.size());
        for (int k = 0; k < docs.size(); k++) {
            Document d = docs.get(k);
            assertFalse(d.changes().inTransaction());
            assertConsistent(d);
            List<InvocationJournal.Entry> entries = journal.entries(d.name());
            for (int i = 0; i < entries.size(); i++) {
                assertEquals(i + 1L, entries.get(i).documentSequence());
            }
            Document replay = format.read(new StringReader(starts.get(k)), "start of " + d.name());
            replay.setName(d.name() + "_replay");
            InvocationJournal.replay(registry, replay, entries);
            replay.setName(d.name());
            assertEquals("replaying " + d.name() + " from its start gives the same document", text(format, d),
                    text(format, replay));
        }
    }

    private static String text(DocumentFormat format, Document d) throws Exception {
        StringWriter w = new StringWriter();
        format.write(d, w);
        return w.toString();
    }

    /** Keys sorted by frame within each curve (equal frames allowed), no NaN or infinity. */
    private static void assertConsistent(Document d) {
        for (Action a : d.actions()) {
            for (Channelbag bag : a.channelbags()) {
                for (FCurve c : bag.fcurves()) {
                    for (int i = 0; i < c.size(); i++) {
                        assertTrue(c + " key " + i + " is finite", Float.isFinite(c.x(i)) && Float.isFinite(c.y(i))
                                && Float.isFinite(c.leftY(i)) && Float.isFinite(c.rightY(i)));
                        if (i > 0) {
                            assertTrue(c + " keys sorted at " + i, c.x(i - 1) <= c.x(i));
                        }
                    }
                }
            }
        }
    }
}
