package org.rasd.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written fast paths of the text stage agree with the plain definitions they replace. */
class FastPathPropertyTest {
    @Provide
    Arbitrary<String> lines() {
        return Arbitraries.strings().withChars("اب لل:،,|-\t\n\u000B\f\rو x").ofMaxLength(40);
    }

    @Property(tries = 500)
    void splitWordsIsTheRegularExpressionSplit(@ForAll("lines") String s) {
        for (int limit = 1; limit <= 7; limit++) {
            assertThat(TextAnalyzer.splitWords(s, limit)).containsExactly(s.split("[\\s:،,|\\-]+", limit));
        }
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.strings().withChars("وفلبكساهمنيتر").ofMinLength(1).ofMaxLength(9);
    }

    /** Every candidate re-assembles the word, the whole word comes first, stems never grow and keep two letters. */
    @Property(tries = 1000)
    void candidatesReassembleTheWord(@ForAll("words") String w) {
        var cs = CliticSegmenter.candidates(w);
        assertThat(cs.get(0).isWhole()).isTrue();
        for (int i = 0; i < cs.size(); i++) {
            Segmentation s = cs.get(i);
            assertThat(s.proclitics() + s.stem() + s.enclitic()).isEqualTo(w);
            if (i > 0) {
                assertThat(s.stem().length()).isLessThanOrEqualTo(cs.get(i - 1).stem().length()).isGreaterThanOrEqualTo(2);
                assertThat(CliticSegmenter.proclitics(w).contains(s.proclitics()) || s.proclitics().isEmpty()).isTrue();
            }
        }
        assertThat(cs).doesNotHaveDuplicates();
    }
}
