package org.rasd.core.actor;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import org.rasd.core.Extractor;
import org.rasd.core.RejectedRecordException;
import org.rasd.core.io.InputOptions;
import org.rasd.core.io.Inputs;
import org.rasd.core.model.RawRecord;
import org.rasd.core.io.RecordSink;
import org.rasd.core.model.Reject;
import org.rasd.core.lexicon.LexiconSource;
import org.rasd.core.text.AnalyzedDocument;
import org.rasd.core.text.AnalyzedSentence;
import org.rasd.core.text.Token;

/**
 * Thread-CPU timing of the actor stage alone ({@link ActorRecognizer#recognize}) on one input, for profiling.
 * Each round analyses each record afresh (untimed), then times the recognizer on it right away, as a real
 * extraction does (the document's data still in the CPU caches, the tokens' memoised segmentations cold). With
 * {@code warm}, the segmentations are computed before the clock starts; with {@code repeat}, the recognizer runs
 * twice and the second run is timed (the actor logic alone); with {@code floor}, only the segmentations and
 * their stems' hash codes are timed (what every stage needs of a word). Not a test: run it by hand, e.g.
 * {@code java -Xmx512m -cp rasd-core/target/test-classes:rasd-cli/target/rasd.jar org.rasd.core.actor.ActorStageTiming FILE 5 [warm]}.
 */
public final class ActorStageTiming {
    public static void main(String[] a) throws Exception {
        if (a.length < 2) { System.err.println("usage: ActorStageTiming FILE ROUNDS [warm|floor|repeat]"); System.exit(2); }
        List<RawRecord> recs = new ArrayList<>();
        new Inputs(InputOptions.defaults()).read(List.of(a[0]), new RecordSink() {
            public void accept(RawRecord r) { recs.add(r); }
            public void reject(Reject r) { }
        });
        int rounds = Integer.parseInt(a[1]);
        boolean warm = a.length > 2 && a[2].equals("warm");
        boolean floor = a.length > 2 && a[2].equals("floor");
        boolean repeat = a.length > 2 && a[2].equals("repeat");
        Extractor ex = Extractor.load();
        ActorRecognizer actors = ActorRecognizer.load(LexiconSource.builtIn());
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int round = 0; round <= rounds; round++) {
            long cpu = 0, mentions = 0, sentences = 0;
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
            System.out.printf("round=%d actor-stage cpu=%.3fs sentences=%d mentions=%d%s%n", round, cpu / 1e9, sentences, mentions, a.length > 2 ? " (" + a[2] + ")" : "");
        }
    }
}
