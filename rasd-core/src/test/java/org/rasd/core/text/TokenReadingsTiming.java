package org.rasd.core.text;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import org.rasd.core.Extractor;
import org.rasd.core.RejectedRecordException;
import org.rasd.core.io.InputOptions;
import org.rasd.core.io.Inputs;
import org.rasd.core.io.RecordSink;
import org.rasd.core.model.Reject;
import org.rasd.core.model.RawRecord;

/**
 * Thread-CPU timing of the text stage and, separately, of the per-token work every later stage asks of it:
 * each word's clitic segmentations and stems, and one hash of every stem (what a lexicon filter does first).
 * Batches of articles are analysed, then their tokens read. Not a test: run it by hand, e.g.
 * {@code java -Xmx512m -cp rasd-core/target/test-classes:rasd-core/target/classes:rasd-cli/target/rasd.jar
 * org.rasd.core.text.TokenReadingsTiming FILE 5}.
 */
public final class TokenReadingsTiming {
    public static void main(String[] a) throws Exception {
        List<RawRecord> recs = new ArrayList<>();
        new Inputs(InputOptions.defaults()).read(List.of(a[0]), new RecordSink() {
            public void accept(RawRecord r) { recs.add(r); }
            public void reject(Reject r) { }
        });
        int rounds = Integer.parseInt(a[1]);
        Extractor ex = Extractor.load();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int round = 0; round <= rounds; round++) {
            long text = 0, readings = 0, tokens = 0, sink = 0;
            for (int from = 0; from < recs.size(); from += 100) {
                long c0 = mx.getCurrentThreadCpuTime();
                List<AnalyzedDocument> docs = new ArrayList<>();
                for (int i = from; i < Math.min(recs.size(), from + 100); i++) {
                    try { docs.add(ex.analyze(recs.get(i))); } catch (RejectedRecordException e) { }
                }
                long c1 = mx.getCurrentThreadCpuTime();
                for (AnalyzedDocument d : docs) {
                    for (AnalyzedSentence s : d.sentences()) {
                        for (Token t : s.tokens()) {
                            tokens++;
                            for (String stem : t.stems()) sink += stem.hashCode();
                            sink += t.segmentations().size();
                        }
                    }
                }
                long c2 = mx.getCurrentThreadCpuTime();
                text += c1 - c0;
                readings += c2 - c1;
            }
            System.out.printf("round=%d text=%.3fs readings=%.3fs tokens=%d (%d)%n", round, text / 1e9, readings / 1e9, tokens, sink & 1);
        }
    }
}
