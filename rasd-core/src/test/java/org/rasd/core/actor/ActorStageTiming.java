package org.rasd.core.actor;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.rasd.core.Extractor;
import org.rasd.core.RejectedRecordException;
import org.rasd.core.io.InputOptions;
import org.rasd.core.io.Inputs;
import org.rasd.core.io.RecordSink;
import org.rasd.core.lexicon.LexiconSource;
import org.rasd.core.model.RawRecord;
import org.rasd.core.model.Reject;
import org.rasd.core.text.AnalyzedDocument;
import org.rasd.core.text.AnalyzedSentence;
import org.rasd.core.text.Token;

/**
 * Thread-CPU timing of the actor stage alone ({@link ActorRecognizer#recognize}) on one input, for profiling.
 * Each round analyses each record afresh (untimed), then times the recognizer on it right away, as a real
 * extraction does (the document's data still in the CPU caches, the tokens' memoised segmentations cold). With
 * {@code warm}, the segmentations are computed before the clock starts; with {@code repeat}, the recognizer runs
 * twice and the second run is timed (the actor logic alone); with {@code floor}, only the segmentations and
 * their stems' hash codes are timed (what every stage needs of a word); with {@code full}, the whole extraction is
 * timed (whatever one stage leaves undone for the next is counted). Not a test: run it by hand, e.g.
 * {@code java -Xmx512m -cp rasd-core/target/test-classes:rasd-cli/target/rasd.jar org.rasd.core.actor.ActorStageTiming FILE 5 [MODE]}.
 *
 * <p>On a loaded machine even thread CPU time drifts by 10% from minute to minute. To compare two builds, give
 * their class paths: {@code ... ActorStageTiming FILE ROUNDS MODE CLASSPATH_A CLASSPATH_B} loads each in a class
 * loader of its own (this class's directory first) and alternates their rounds, so both see the same load.
 */
public final class ActorStageTiming {
    public static void main(String[] a) throws Exception {
        if (a.length < 2) { System.err.println("usage: ActorStageTiming FILE ROUNDS [cold|warm|floor|repeat|full] [CLASSPATH_A CLASSPATH_B]"); System.exit(2); }
        int rounds = Integer.parseInt(a[1]);
        String mode = a.length > 2 ? a[2] : "cold";
        if (a.length > 4) { compare(a[0], rounds, mode, a[3], a[4]); return; }
        Runner r = new Runner(a[0], mode);
        for (int round = 0; round <= rounds; round++) {
            long cpu = r.getAsLong();
            System.out.printf("round=%d actor-stage cpu=%.3fs sentences=%d mentions=%d (%s)%n", round, cpu / 1e9, r.sentences, r.mentions, mode);
        }
    }

    private static void compare(String file, int rounds, String mode, String cpA, String cpB) throws Exception {
        org.rasd.core.SideBySide.compare(Runner.class, new String[] {file, mode}, cpA, cpB, rounds, 2, mode);
    }

    /** One round over the whole input per call: the actor stage's thread CPU nanoseconds. */
    public static final class Runner implements LongSupplier {
        private final List<RawRecord> recs = new ArrayList<>();
        private final Extractor ex = Extractor.load();
        private final ActorRecognizer actors = ActorRecognizer.load(LexiconSource.builtIn());
        private final ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        private final boolean warm, floor, repeat, full;
        long mentions, sentences;

        public Runner(String file, String mode) {
            new Inputs(InputOptions.defaults()).read(List.of(file), new RecordSink() {
                public void accept(RawRecord r) { recs.add(r); }
                public void reject(Reject r) { }
            });
            warm = mode.equals("warm");
            floor = mode.equals("floor");
            repeat = mode.equals("repeat");
            full = mode.equals("full");
        }

        @Override
        public long getAsLong() {
            long cpu = 0;
            mentions = sentences = 0;
            if (full) return extractAll();
            for (RawRecord r : recs) {
                AnalyzedDocument d;
                try {
                    d = ex.analyze(r);
                } catch (RejectedRecordException e) { continue; }
                if (!"ar".equals(d.language())) continue;
                sentences += d.sentences().size();
                if (warm) for (AnalyzedSentence s : d.sentences()) for (Token t : s.tokens()) t.segmentations();
                if (repeat) actors.recognize(d);
                long c0 = mx.getCurrentThreadCpuTime();
                if (floor) {
                    for (AnalyzedSentence s : d.sentences()) for (Token t : s.tokens()) for (String st : t.stems()) mentions += st.hashCode() & 1;
                } else mentions += actors.recognize(d).size();
                cpu += mx.getCurrentThreadCpuTime() - c0;
            }
            return cpu;
        }

        /** The whole extraction ({@link Extractor#extract}: text, actors, events), for the stages' shares of the work. */
        private long extractAll() {
            long c0 = mx.getCurrentThreadCpuTime();
            for (RawRecord r : recs) {
                try {
                    var doc = ex.extract(r);
                    sentences += doc.sentences().size();
                    mentions += doc.mentions().size();
                } catch (RejectedRecordException e) { }
            }
            return mx.getCurrentThreadCpuTime() - c0;
        }
    }
}
