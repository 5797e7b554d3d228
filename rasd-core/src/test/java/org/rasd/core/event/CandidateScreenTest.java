package org.rasd.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.core.Extractor;
import org.rasd.core.Shared;
import org.rasd.core.actor.ActorRecognizer;
import org.rasd.core.io.InputOptions;
import org.rasd.core.io.Inputs;
import org.rasd.core.io.RecordSink;
import org.rasd.core.model.Mention;
import org.rasd.core.model.RawRecord;
import org.rasd.core.model.Reject;
import org.rasd.core.text.AnalyzedDocument;
import org.rasd.core.text.AnalyzedSentence;

/**
 * {@link CandidateScreen} turns down sentences whose candidates cannot stand (fixed words missing, a homograph, no
 * needed word), lets the others through, and never turns down a sentence in which the matcher keeps a match.
 */
class CandidateScreenTest {
    static final PhraseSets CLASSES = EventStageParts.CLASSES;
    static final TriggerMatcher MATCHER = EventStageParts.MATCHER;
    static final CandidateScreen SCREEN = new CandidateScreen(EventStageParts.LEXICON, CLASSES, EventStageParts.HOMOGRAPHS);
    static final Rejections REJECTIONS = EventStageParts.REJECTIONS;
    static final ClauseSplitter SPLITTER = EventStageParts.SPLITTER;
    static final ActorRecognizer ACTORS = EventStageParts.ACTORS;
    static final Extractor EX = EventCoderTest.ex;

    /** The screen's verdict on the last sentence of a one-paragraph article. */
    static boolean passes(String sentence) throws Exception {
        AnalyzedDocument doc = EX.analyze(new RawRecord("t", null, "عنوان", sentence, null, null, "2015-07-21", null));
        AnalyzedSentence as = doc.sentences().get(doc.sentences().size() - 1);
        SentenceView s = new SentenceView(as, List.of(), CLASSES);
        int first = MATCHER.firstCandidate(as.tokens());
        return first >= 0 && SCREEN.anyMayStand(s, first);
    }

    @Test
    void aHomographAloneIsTurnedDown() throws Exception {
        assertThat(passes("وقال المتحدث هنا إن الطريق مفتوح.")).isFalse();
        assertThat(passes("هنأ الملك الرئيس الفرنسي بفوزه.")).isTrue();
    }

    @Test
    void anEntryThatNeedsAWordOfAClassPassesOnlyWithOneNearby() throws Exception {
        // توقيع needs an agreement word (events/nouns.txt): a signed book is no event
        assertThat(passes("حضر الكاتب توقيع روايته الجديدة في المعرض.")).isFalse();
        assertThat(passes("حضر الوزير توقيع اتفاقية تعاون مع فرنسا.")).isTrue();
    }

    @Test
    void fixedWordsMayFollowASubject() throws Exception {
        // قطع ... العلاقات: the verb's fixed word after its subject (verb–subject–object)
        assertThat(passes("قطع المغرب العلاقات مع إيران.")).isTrue();
        assertThat(passes("قطع المتسابق مسافة طويلة في السباق.")).isFalse();
    }

    /** On real news: wherever the matcher keeps a match (all rules applied), the screen lets the sentence through. */
    @Test
    void neverTurnsDownASentenceWithAKeptMatch() {
        List<RawRecord> records = new ArrayList<>();
        new Inputs(InputOptions.defaults()).read(List.of(Shared.file("data/news-bench/saudinewsnet-2015-07-21..23.jsonl.gz").toString()), new RecordSink() {
            public void accept(RawRecord r) { if (records.size() < 600) records.add(r); }
            public void reject(Reject r) { }
        });
        int screenedOut = 0, kept = 0;
        for (RawRecord r : records) {
            AnalyzedDocument doc;
            try { doc = EX.analyze(r); } catch (Exception e) { continue; }
            List<Mention> ms = ACTORS.recognize(doc);
            for (AnalyzedSentence as : doc.sentences()) {
                if (!as.extractable()) continue;
                int first = MATCHER.firstCandidate(as.tokens());
                if (first < 0) continue;
                SentenceView s = new SentenceView(as, ms.stream().filter(m -> m.sentence() == as.index()).toList(), CLASSES);
                boolean passes = SCREEN.anyMayStand(s, first);
                List<Clause> clauses = SPLITTER.split(s);
                List<TriggerMatch> matches = MATCHER.match(s, first, null, m -> REJECTIONS.reason(s, clauses, m));
                if (!matches.isEmpty()) kept++;
                if (!passes) {
                    screenedOut++;
                    assertThat(matches).as("screened out, yet matched: " + as.sentence().text()).isEmpty();
                }
            }
        }
        // the screen does work on news (a third or more of the candidate sentences), and matches were found to check
        assertThat(screenedOut).isGreaterThan(500);
        assertThat(kept).isGreaterThan(500);
    }
}
