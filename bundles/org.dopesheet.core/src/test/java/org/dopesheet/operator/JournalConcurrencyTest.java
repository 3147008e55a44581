package org.dopesheet.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.dopesheet.model.Action;
import org.dopesheet.model.Document;
import org.dopesheet.model.FCurve;
import org.junit.jupiter.api.Test;

/**
 * Many threads invoking on shared documents serialise per document; every successful invocation
 * is in the journal in commit order, and replaying a document's entries on its starting state
 * gives the same document.
 */
class JournalConcurrencyTest {
    static final int THREADS = 8;
    static final int PER_THREAD = 1500;

    static Document build(String name) {
        Document d = new Document(name);
        Action a = d.addAction(new Action("Act"));
        for (int c = 0; c < 4; c++) {
            FCurve curve = a.channelbag().addFcurve(new FCurve("location", c));
            for (int k = 0; k < 8; k++) {
                curve.addKey(k, c * 10 + k);
            }
        }
        return d;
    }

    static String fingerprint(Document d) {
        StringBuilder sb = new StringBuilder();
        for (FCurve c : d.actions().get(0).fcurves()) {
            for (int i = 0; i < c.size(); i++) {
                sb.append(Float.floatToIntBits(c.y(i))).append(c.selected(i) ? 's' : '-').append(',');
            }
        }
        return sb.toString();
    }

    @Test
    void concurrentInvocationsAreSerialisedAndJournaled() throws Exception {
        Registries.Standalone s = Registries.create().register(new TestOperators.Shift(), new TestOperators.Select(),
                new TestOperators.FailHalfway());
        OperatorRegistry registry = s.registry();
        Document[] docs = {s.documents().put(build("a")), s.documents().put(build("b"))};
        AtomicInteger ok = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            final long seed = 1234 + t;
            futures.add(pool.submit(() -> {
                Random r = new Random(seed);
                for (int i = 0; i < PER_THREAD; i++) {
                    Document d = docs[r.nextInt(docs.length)];
                    int kind = r.nextInt(10);
                    try {
                        if (kind == 0) {
                            registry.invoke(d, "test.fail", Map.of());
                        } else if (kind == 1) {
                            registry.invoke(d, "test.select", Map.of("mode", r.nextBoolean() ? "SELECT" : "DESELECT"));
                            ok.incrementAndGet();
                        } else if (kind == 2) {
                            registry.invoke(d, "test.shift", Map.of("curve", 99));
                        } else {
                            registry.invoke(d, "test.shift", Map.of("curve", r.nextInt(4), "key", r.nextInt(8), "dy",
                                    r.nextInt(7) - 3));
                            ok.incrementAndGet();
                        }
                    } catch (OperatorException expected) {
                        assertTrue(kind == 0 || kind == 2, expected.getMessage());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        InvocationJournal journal = s.journal();
        assertEquals(ok.get(), journal.size(), "every successful invocation, and only those, is journaled");
        for (Document d : docs) {
            List<InvocationJournal.Entry> entries = journal.entries(d.name());
            for (int i = 0; i < entries.size(); i++) {
                assertEquals(i + 1L, entries.get(i).documentSequence());
            }
            Document replay = build(d.name());
            InvocationJournal.replay(registry, replay, entries);
            assertEquals(fingerprint(d), fingerprint(replay), "replaying " + d.name() + " reproduces it");
            assertTrue(!d.changes().inTransaction());
        }
    }
}
