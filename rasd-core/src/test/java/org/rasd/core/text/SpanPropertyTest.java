package org.rasd.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.rasd.core.Extractor;
import org.rasd.core.RejectedRecordException;
import org.rasd.core.model.Document;
import org.rasd.core.model.Event;
import org.rasd.core.model.EventActor;
import org.rasd.core.model.RawRecord;

/** For any input, every reported span's text equals the original text at those (code point) offsets. */
class SpanPropertyTest {
    static final Extractor EXTRACTOR = Extractor.load();

    @Provide
    Arbitrary<String> noisyArabic() {
        Arbitrary<String> words = Arbitraries.of("المغرب", "والولايات", "المتحدة", "أَكَّدَ", "الــوزير", "إيران", "لجبهة", "البوليساريو",
                "قال", "أن", "على", "\u200F", "\u202B", "ﻻ", "٢٠٢٠", "2020-2030", "«", "»", "،", ".", " . ", "؟", "!", "...", "\n", "\n\n",
                "😀", "𝔸", "e\u0301", "NATO", "-", "\t", "\uFEFF", "ة", "ى", "حقل الأرز.", "أخبار", "عاجل", "اقرأ أيضا", "\r\n");
        return words.list().ofMinSize(1).ofMaxSize(60).map(l -> String.join(" ", l));
    }

    @Property(tries = 300)
    void everySpanPointsIntoTheOriginalText(@ForAll("noisyArabic") String text) {
        Document d;
        try {
            d = EXTRACTOR.extract(RawRecord.ofText("prop", text));
        } catch (RejectedRecordException e) {
            assertThat(text.isBlank() || e.reason().startsWith("binary")).isTrue();
            return;
        }
        assertThat(d.text()).isEqualTo(text);
        d.sentences().forEach(s -> assertThat(cp(text, s.start(), s.end())).isEqualTo(s.text()));
        d.quality().flags().forEach(f -> assertThat(cp(text, f.start(), f.end())).isEqualTo(f.text()));
        d.mentions().forEach(m -> assertThat(cp(text, m.start(), m.end())).isEqualTo(m.text()));
        for (Event e : d.events()) {
            assertThat(cp(text, e.triggerStart(), e.triggerEnd())).isEqualTo(e.trigger());
            for (EventActor a : e.actor()) assertThat(cp(text, a.start(), a.end())).isEqualTo(a.text());
            for (EventActor a : e.recipient()) assertThat(cp(text, a.start(), a.end())).isEqualTo(a.text());
        }
    }

    @Property(tries = 300)
    void tokensAreTheirOriginalText(@ForAll("noisyArabic") String text) {
        NormalizedText nt = ArabicNormalizer.normalize(text);
        for (Token t : Tokenizer.tokenize(nt, 0, nt.length())) {
            assertThat(ArabicNormalizer.normalizeString(t.surface())).isEqualTo(t.norm());
            for (Segmentation s : t.segmentations()) {
                int[] span = t.stemSpan(s);
                // a stem may start inside a presentation-form ligature (ﻻ = ل + ا): its span then covers the whole character
                assertThat(ArabicNormalizer.normalizeString(text.substring(span[0], span[1]))).endsWith(s.stem());
            }
        }
    }

    /** The substring between two code point offsets. */
    static String cp(String s, int start, int end) {
        return s.substring(s.offsetByCodePoints(0, start), s.offsetByCodePoints(0, end));
    }
}
