package org.rasd.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CliticSegmenterTest {
    private static List<String> readings(String w) {
        return CliticSegmenter.candidates(ArabicNormalizer.normalizeString(w)).stream()
                .map(s -> s.proclitics() + "+" + s.stem() + "+" + s.enclitic()).toList();
    }

    @Test
    void proposesConjunctionPrepositionAndArticle() {
        assertThat(readings("والولايات")).first().isEqualTo("+والولايات+");
        assertThat(readings("والولايات")).contains("وال+ولايات+", "و+الولايات+");
        assertThat(readings("للولايات")).contains("لل+ولايات+", "ل+لولايات+");
        assertThat(readings("بالمغرب")).contains("بال+مغرب+", "ب+المغرب+");
        assertThat(readings("لجبهة")).contains("ل+جبهه+");
        assertThat(readings("وسيشارك")).contains("وس+يشارك+");
    }

    @Test
    void proposesEncliticsButNotAfterTheArticle() {
        assertThat(readings("علاقاتها")).contains("+علاقات+ها");
        assertThat(readings("وحلفاؤها")).contains("و+حلفاؤ+ها");
        assertThat(readings("بلادهم")).contains("+بلاد+هم", "ب+لاد+هم");
        assertThat(readings("الكتابه")).noneMatch(r -> r.startsWith("ال+") && !r.endsWith("+"));
    }

    @Test
    void neverLeavesAStemShorterThanTwoLetters() {
        for (String w : List.of("وله", "بها", "فيه", "لنا", "ال")) {
            assertThat(CliticSegmenter.candidates(ArabicNormalizer.normalizeString(w)))
                    .allSatisfy(s -> assertThat(s.stem().length()).isGreaterThanOrEqualTo(2));
        }
    }

    @Test
    void keepsTheWholeWordAsAReading() {
        // a blind stemmer turns والولايات into ولا; here the whole word is always the first candidate
        assertThat(CliticSegmenter.candidates("ولايه").get(0).isWhole()).isTrue();
    }
}
