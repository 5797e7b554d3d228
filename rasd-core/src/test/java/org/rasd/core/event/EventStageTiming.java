package org.rasd.core.event;

import org.rasd.core.Extractor;
import org.rasd.core.RejectedRecordException;
import org.rasd.core.actor.ActorRecognizer;
import org.rasd.core.io.*;
import org.rasd.core.lexicon.LexiconSource;
import org.rasd.core.model.*;
import org.rasd.core.text.AnalyzedDocument;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.*;
import java.util.function.LongSupplier;

/**
 * Thread-CPU timing of the event stage alone ({@link EventCoder#code}), each document analysed and its actors
 * recognised right before (untimed). Not a test: run it by hand, e.g.
 * {@code java -Xmx1g -cp rasd-core/target/classes:rasd-core/target/test-classes:rasd-cli/target/rasd.jar org.rasd.core.event.EventStageTiming FILE 5}.
 * Given two class paths after the rounds ({@code FILE ROUNDS CLASSPATH_A CLASSPATH_B}, e.g. main's jar and
 * {@code rasd-core/target/classes:rasd-cli/target/rasd.jar}), it loads each build in a class loader of its own (this
 * class's directory first) and alternates their rounds, so both see the same load on a shared machine.
 */
public final class EventStageTiming {
    public static void main(String[] a) throws Exception {
        if (a.length < 2) { System.err.println("usage: EventStageTiming FILE ROUNDS [CLASSPATH_A CLASSPATH_B]"); System.exit(2); }
        int rounds = Integer.parseInt(a[1]);
        if (a.length > 3) { compare(a[0], rounds, a[2], a[3]); return; }
        Runner r = new Runner(a[0]);
        for (int round = 0; round <= rounds; round++) {
            long stage = r.getAsLong();
            System.out.printf("round=%d docs=%d events=%d events-cpu=%.3fs all-cpu=%.3fs%n", round, r.docs, r.events, stage / 1e9, r.all / 1e9);
        }
    }

    private static void compare(String file, int rounds, String cpA, String cpB) throws Exception {
        org.rasd.core.SideBySide.compare(Runner.class, new String[] {file}, cpA, cpB, rounds, 3, "");
    }

    /** One round over the whole input per call: {@code EventCoder.code}'s thread CPU nanoseconds. */
    public static final class Runner implements LongSupplier {
        private final List<RawRecord> recs = new ArrayList<>();
        private final Extractor ex = Extractor.load();
        private final ActorRecognizer actors;
        private final EventCoder coder;
        private final ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long all, events;
        int docs;

        public Runner(String file) {
            new Inputs(InputOptions.defaults()).read(List.of(file), new RecordSink() {
                public void accept(RawRecord r) { recs.add(r); }
                public void reject(Reject r) { }
            });
            LexiconSource src = LexiconSource.withUserDirs(List.of());
            actors = ActorRecognizer.load(src);
            coder = EventCoder.load(src);
        }

        @Override
        public long getAsLong() {
            // each document analysed and its actors recognised right before its events are coded, as in
            // Extractor.extract (same cache state, and the first asks for clitic stems fall where they fall there);
            // only EventCoder.code is timed
            long stage = 0;
            events = 0;
            docs = 0;
            long a0 = mx.getCurrentThreadCpuTime();
            for (RawRecord r : recs) {
                AnalyzedDocument d;
                try { d = ex.analyze(r); } catch (RejectedRecordException e) { continue; }
                if (!"ar".equals(d.language())) continue;
                List<Mention> ms = actors.recognize(d);
                long c0 = mx.getCurrentThreadCpuTime();
                events += coder.code(d, ms).size();
                stage += mx.getCurrentThreadCpuTime() - c0;
                docs++;
            }
            all = mx.getCurrentThreadCpuTime() - a0;
            return stage;
        }
    }
}
