package org.rasd.core.actor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rasd.core.Extractor;
import org.rasd.core.RejectedRecordException;
import org.rasd.core.io.InputOptions;
import org.rasd.core.io.Inputs;
import org.rasd.core.io.RecordSink;
import org.rasd.core.lexicon.LexiconSource;
import org.rasd.core.model.RawRecord;
import org.rasd.core.model.Reject;
import org.rasd.core.text.AnalyzedDocument;

/**
 * A benchmark, not a test: the cost of actor recognition against the rest of extraction, one thread.
 * {@code java -cp rasd-cli/target/rasd.jar:rasd-core/target/test-classes org.rasd.core.actor.ActorBenchmark ../shared/data/news-bench/*.jsonl.gz}
 */
public final class ActorBenchmark {
    private ActorBenchmark() {}

    public static void main(String[] args) throws Exception {
        List<RawRecord> records = new ArrayList<>();
        new Inputs(InputOptions.defaults()).read(Arrays.asList(args), new RecordSink() {
            public void accept(RawRecord r) { records.add(r); }

            public void reject(Reject r) { }
        });
        Extractor ex = Extractor.load();
        ActorRecognizer actors = ActorRecognizer.load(LexiconSource.builtIn());
        for (int round = 1; round <= 3; round++) {
            long analyse = 0, recognise = 0, extract = 0;
            int docs = 0, mentions = 0;
            for (RawRecord r : records) {
                try {
                    long t0 = System.nanoTime();
                    AnalyzedDocument d = ex.analyze(r);
                    long t1 = System.nanoTime();
                    mentions += "ar".equals(d.language()) ? actors.recognize(d).size() : 0;
                    long t2 = System.nanoTime();
                    ex.extract(r);
                    long t3 = System.nanoTime();
                    analyse += t1 - t0;
                    recognise += t2 - t1;
                    extract += t3 - t2;
                    docs++;
                } catch (RejectedRecordException e) {
                    // counted by the extractor's own tests
                }
            }
            long without = extract - recognise;
            System.out.printf("round %d: %d documents, %d mentions; text stage %d ms, actor stage %d ms, whole extraction %d ms;"
                            + " extraction with recognition runs at %.2f of the speed without it%n",
                    round, docs, mentions, analyse / 1_000_000, recognise / 1_000_000, extract / 1_000_000, (double) without / extract);
        }
    }
}
