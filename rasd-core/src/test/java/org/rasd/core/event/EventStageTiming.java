package org.rasd.core.event;

import org.rasd.core.Extractor;
import org.rasd.core.RejectedRecordException;
import org.rasd.core.actor.ActorRecognizer;
import org.rasd.core.io.*;
import org.rasd.core.lexicon.LexiconSource;
import org.rasd.core.model.*;
import org.rasd.core.text.AnalyzedDocument;
import java.lang.management.ManagementFactory;
import java.util.*;

/**
 * Thread-CPU timing of the event stage alone ({@link EventCoder#code}), each document analysed and its actors
 * recognised right before (untimed). Not a test: run it by hand, e.g.
 * {@code java -Xmx1g -cp rasd-core/target/classes:rasd-core/target/test-classes:rasd-cli/target/rasd.jar org.rasd.core.event.EventStageTiming FILE 5}.
 */
public final class EventStageTiming {
    public static void main(String[] a) throws Exception {
        List<RawRecord> recs = new ArrayList<>();
        new Inputs(InputOptions.defaults()).read(List.of(a[0]), new RecordSink() {
            public void accept(RawRecord r) { recs.add(r); }
            public void reject(Reject r) { }
        });
        int rounds = Integer.parseInt(a[1]);
        Extractor ex = Extractor.load();
        LexiconSource src = LexiconSource.withUserDirs(List.of());
        ActorRecognizer actors = ActorRecognizer.load(src);
        EventCoder coder = EventCoder.load(src);
        var mx = ManagementFactory.getThreadMXBean();
        for (int round = 0; round <= rounds; round++) {
            // each document analysed and its actors recognised right before its events are coded, as in
            // Extractor.extract (same cache state, and the first asks for clitic stems fall where they fall there);
            // only EventCoder.code is timed
            long stage = 0, all = 0, events = 0;
            int docs = 0;
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
            System.out.printf("round=%d docs=%d events=%d events-cpu=%.3fs all-cpu=%.3fs%n", round, docs, events, stage / 1e9, all / 1e9);
        }
    }
}
