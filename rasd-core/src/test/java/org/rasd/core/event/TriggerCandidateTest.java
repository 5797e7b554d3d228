package org.rasd.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.core.Shared;
import org.rasd.core.actor.ActorRecognizer;
import org.rasd.core.model.Mention;
import org.rasd.core.model.RawRecord;
import org.rasd.core.text.AnalyzedDocument;
import org.rasd.core.text.AnalyzedSentence;
import org.rasd.core.text.TextAnalyzer;

/**
 * The event stage skips a sentence with no trigger candidate: {@link TriggerMatcher#hasCandidate} must be a
 * necessary condition of any match, and must not hold everywhere (or the skip would save nothing).
 */
class TriggerCandidateTest {
    static final TextAnalyzer text = EventStageParts.TEXT;
    static final ActorRecognizer actors = EventStageParts.ACTORS;
    static final PhraseSets classes = EventStageParts.CLASSES;
    static final TriggerMatcher matcher = EventStageParts.MATCHER;

    static List<SentenceView> views(String body) {
        AnalyzedDocument doc = text.analyze(new RawRecord("test", null, "عنوان", body, null, null, "2008-05-10", null));
        List<Mention> ms = actors.recognize(doc);
        return doc.sentences().stream().map(as -> view(as, ms)).toList();
    }

    static SentenceView view(AnalyzedSentence as, List<Mention> ms) {
        return new SentenceView(as, ms.stream().filter(m -> m.sentence() == as.index()).toList(), classes);
    }

    @Test
    void aTriggerWordIsACandidateAndPlainProseIsNot() {
        // (the title, a sentence of its own, has no trigger either)
        assertThat(views("هاجمت القوات الإسرائيلية لبنان امس.")).anyMatch(matcher::hasCandidate);
        assertThat(views("الطقس جميل في الربيع.")).noneMatch(matcher::hasCandidate);
    }

    @Test
    void everySentenceWithAMatchHasACandidateOnTheSeed() {
        int skipped = 0, matched = 0;
        for (SentenceView v : views(Shared.read("corpus/seed-000.txt"))) {
            boolean found = !matcher.match(v, null).isEmpty();
            if (found) matched++;
            if (!matcher.hasCandidate(v)) {
                skipped++;
                assertThat(found).as("a match in a sentence without candidates").isFalse();
            }
        }
        assertThat(matched).isPositive();
        assertThat(skipped).isPositive();
    }
}
