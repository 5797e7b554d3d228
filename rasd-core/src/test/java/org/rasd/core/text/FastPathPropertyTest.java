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

    @Provide
    Arbitrary<String> texts() {
        // ASCII, Arabic, three-byte characters, paired and unpaired surrogates; long enough to cross the 8 KiB chunks
        return Arbitraries.strings().withChars("a \nبي\u20AC\uFEFF\uD83D\uDE00\uD800\uDC00").ofMaxLength(9000);
    }

    /** The streamed hash is SHA-256 over exactly String.getBytes(UTF_8) (unpaired surrogates become '?'). */
    @Property(tries = 300)
    void contentHashIsTheHashOfTheUtf8Bytes(@ForAll("texts") String s) throws Exception {
        byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(TextAnalyzer.contentHash(s)).isEqualTo(java.util.HexFormat.of().formatHex(d, 0, 16));
    }

    /** The normaliser's table answers as the per-character definition. */
    @Property(tries = 300)
    void normalizeAgreesWithTheCharacterMap(@ForAll("texts") String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) if (ArabicNormalizer.map(s.charAt(i)) != 0) b.append(ArabicNormalizer.map(s.charAt(i)));
        assertThat(ArabicNormalizer.normalizeString(s)).isEqualTo(b.toString());
    }

    @Provide
    Arbitrary<String> cliticWords() {
        return Arbitraries.strings().withChars("وفلبكساهمنيتراكز").ofMinLength(1).ofMaxLength(10);
    }

    /** The candidates, their order included, are those of the segmenter before its sort was rewritten. */
    @Property(tries = 3000)
    void candidatesAreTheReferenceCandidates(@ForAll("cliticWords") String w) {
        assertThat(CliticSegmenter.candidates(w)).containsExactlyElementsOf(ReferenceCliticSegmenter.candidates(w));
    }

    /** The proclitics, from the first letters' decision table, are those the reference finds with startsWith. */
    @Property(tries = 3000)
    void procliticsAreTheReferenceProclitics(@ForAll("cliticWords") String w) {
        assertThat(CliticSegmenter.proclitics(w)).containsExactlyElementsOf(ReferenceCliticSegmenter.proclitics(w));
    }

    @Provide
    Arbitrary<String> mixedScripts() {
        // runs of one script so that the proportions vary widely; long enough for the early stop to be tried
        Arbitrary<String> run = Arbitraries.oneOf(
                Arbitraries.strings().withChars("بتثجح ").ofMinLength(50).ofMaxLength(400),
                Arbitraries.strings().withChars("abcde ").ofMinLength(50).ofMaxLength(400),
                Arbitraries.strings().withChars("бвгд 12").ofMinLength(50).ofMaxLength(400));
        return run.list().ofMaxSize(8).map(l -> String.join("", l));
    }

    /** Stopping early never changes whether a text is Arabic: the verdict is the one over all its letters. */
    @Property(tries = 500)
    void languageIsArabicExactlyWhenThreeTenthsOfTheLettersAre(@ForAll("mixedScripts") String s) {
        int arabic = 0, total = 0;
        for (int i = 0; i < Math.min(s.length(), 20_000); i++) {
            char c = s.charAt(i);
            if (!Character.isLetter(c)) continue;
            Character.UnicodeScript sc = Character.UnicodeScript.of(c);
            if (sc == Character.UnicodeScript.ARABIC) arabic++;
            if (sc == Character.UnicodeScript.ARABIC || sc == Character.UnicodeScript.LATIN || sc == Character.UnicodeScript.CYRILLIC
                    || sc == Character.UnicodeScript.HAN) total++;
        }
        assertThat(LanguageDetector.detect(s).equals("ar")).isEqualTo(total > 0 && arabic * 10 >= total * 3);
    }
}
