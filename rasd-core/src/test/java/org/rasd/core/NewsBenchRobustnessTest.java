package org.rasd.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.core.io.InputOptions;
import org.rasd.core.io.Inputs;
import org.rasd.core.model.Document;
import org.rasd.core.model.Event;
import org.rasd.core.model.Reject;

/**
 * All 6,340 real Saudi news articles go through the whole pipeline: nothing crashes, nothing is lost,
 * and every span of every document points into its text.
 */
class NewsBenchRobustnessTest {
    @Test
    void everyArticleIsExtractedOrRejectedForAReason() {
        String file = Shared.file("data/news-bench/saudinewsnet-2015-07-21..23.jsonl.gz").toString();
        List<Reject> rejects = new ArrayList<>();
        long[] docs = {0};
        List<String> badSpans = new ArrayList<>();
        try (ParallelExtractor px = new ParallelExtractor(Extractor.load(), 2, 256, new ParallelExtractor.Output() {
            @Override
            public void document(Document d) {
                docs[0]++;
                String t = d.text();
                d.sentences().forEach(s -> { if (!cp(t, s.start(), s.end()).equals(s.text())) badSpans.add(d.origin() + " sentence " + s.index()); });
                d.mentions().forEach(m -> { if (!cp(t, m.start(), m.end()).equals(m.text())) badSpans.add(d.origin() + " mention " + m.text()); });
                for (Event e : d.events()) {
                    if (!cp(t, e.triggerStart(), e.triggerEnd()).equals(e.trigger())) badSpans.add(d.origin() + " trigger " + e.trigger());
                }
            }

            @Override
            public void reject(Reject r) { rejects.add(r); }
        })) {
            new Inputs(InputOptions.defaults()).read(List.of(file), px);
        }
        assertThat(docs[0] + rejects.size()).isEqualTo(6340);
        // the only records refused are the ones with neither headline nor body
        assertThat(rejects).allSatisfy(r -> assertThat(r.reason()).isEqualTo("empty document"));
        assertThat(rejects.size()).isLessThan(30);
        assertThat(badSpans).isEmpty();
    }

    private static String cp(String s, int start, int end) {
        return s.substring(s.offsetByCodePoints(0, start), s.offsetByCodePoints(0, end));
    }
}
