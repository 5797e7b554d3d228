package org.rasd.core.text;

import java.util.Arrays;
import java.util.List;

/**
 * The segmenter as it was before its candidates were sorted as packed numbers (kept to test that the
 * order is unchanged). Proposes clitic segmentations of a normalised Arabic word, without choosing among them: the lexicon
 * that looks the stem up decides (a blind stemmer turns والولايات into ولا).
 * Proclitics: conjunctions و ف, then prepositions ب ك ل or the future marker س, then the article ال
 * (ل + ال is written لل). Enclitics: ه ها هم هما هن كم كما نا ني ي ك.
 * Stems keep at least two letters.
 *
 * <p>This runs once for every word of every article, so it allocates only the stems and the
 * segmentations themselves: proclitic strings are shared constants, enclitics are tested on the word
 * in place, and the few candidates are ordered by an insertion sort over an array.
 */
final class ReferenceCliticSegmenter {
    private static final String[] ENCLITICS = {"هما", "كما", "ها", "هم", "هن", "كم", "نا", "ني", "ه", "ي", "ك"};
    private static final int MIN_STEM = 2;
    /** Conjunctions that may open a word: none, و, ف. */
    private static final String[] CONJ = {"", "و", "ف"};
    /** What may follow the conjunction: لل, a preposition or future marker (ب ك ل س), that plus ال, or ال alone. */
    private static final String[] PARTS = {"لل", "ب", "ك", "ل", "س", "بال", "كال", "لال", "سال", "ال"};
    /** {@code PROCLITICS[c][p]} = CONJ[c] + PARTS[p] (p = PARTS.length: the conjunction alone), shared by all words. */
    private static final String[][] PROCLITICS = new String[CONJ.length][PARTS.length + 1];

    static {
        for (int c = 0; c < CONJ.length; c++) {
            for (int p = 0; p < PARTS.length; p++) PROCLITICS[c][p] = (CONJ[c] + PARTS[p]).intern();
            PROCLITICS[c][PARTS.length] = CONJ[c];
        }
    }

    private ReferenceCliticSegmenter() {}

    /** All candidate segmentations, the whole word first, then by decreasing stem length (unmodifiable). */
    public static List<Segmentation> candidates(String word) {
        Segmentation whole = new Segmentation("", word, "");
        if (word.length() <= MIN_STEM) return List.of(whole);
        Segmentation[] out = new Segmentation[24];
        out[0] = whole;
        int n = 1;
        for (String pro : proclitics(word)) {
            int k = pro.length();
            if (word.length() - k < MIN_STEM) continue;
            out = room(out, n + 1 + ENCLITICS.length);
            out[n++] = new Segmentation(pro, word.substring(k), "");
            // the article excludes a pronoun suffix
            if (!pro.endsWith("ال") && !pro.endsWith("لل")) n = addEnclitics(out, n, pro, word, k);
        }
        out = room(out, n + ENCLITICS.length);
        n = addEnclitics(out, n, "", word, 0);
        // stable insertion sort by decreasing stem length: the whole word (longest stem, added first) stays first
        for (int i = 1; i < n; i++) {
            Segmentation x = out[i];
            int len = x.stem().length();
            int j = i - 1;
            while (j >= 0 && out[j].stem().length() < len) { out[j + 1] = out[j]; j--; }
            out[j + 1] = x;
        }
        return List.of(Arrays.copyOf(out, n));
    }

    /**
     * Proclitic strings that the word starts with (non-empty), longest combinations included, in this
     * order: the conjunction, لل, a preposition (or س), that plus ال, ال. They are distinct by construction.
     */
    public static List<String> proclitics(String word) {
        String[] out = new String[4];
        int n = 0;
        int i = 0;
        int conj = 0;
        if (word.length() > MIN_STEM && (word.charAt(0) == 'و' || word.charAt(0) == 'ف')) {
            conj = word.charAt(0) == 'و' ? 1 : 2;
            out[n++] = CONJ[conj];
            i = 1;
        }
        String[] pro = PROCLITICS[conj];
        // ل + ال written لل
        if (word.startsWith("لل", i) && word.length() - i - 2 >= MIN_STEM) out[n++] = pro[0];
        char p = i < word.length() ? word.charAt(i) : 0;
        int part = p == 'ب' ? 1 : p == 'ك' ? 2 : p == 'ل' ? 3 : p == 'س' ? 4 : 0;
        int j = i;
        if (part > 0 && word.length() - i - 1 >= MIN_STEM) {
            j = i + 1;
            out[n++] = pro[part];
        }
        if (word.startsWith("ال", j) && word.length() - j - 2 >= MIN_STEM) out[n++] = pro[j == i ? 9 : part + 4];
        // (ال right at i after a preposition at i cannot be: the preposition's letter is not ا)
        return n == 0 ? List.of() : List.of(Arrays.copyOf(out, n));
    }

    private static Segmentation[] room(Segmentation[] a, int size) {
        return size <= a.length ? a : Arrays.copyOf(a, Math.max(size, a.length * 2));
    }

    /** Adds pro + (word[k..] without an enclitic) + enclitic for each enclitic the word ends with, leaving a stem of two letters. */
    private static int addEnclitics(Segmentation[] out, int n, String pro, String word, int k) {
        int rest = word.length() - k;
        // only the enclitics ending in the word's last letter can match (in ENCLITICS order)
        for (String enc : endingIn(word.charAt(word.length() - 1))) {
            if (rest - enc.length() >= MIN_STEM && word.endsWith(enc)) {
                out[n++] = new Segmentation(pro, word.substring(k, word.length() - enc.length()), enc);
            }
        }
        return n;
    }

    private static final String[] NONE = {};
    private static final String[] ENDING_IN_ALEF = endingIn('ا', ENCLITICS), ENDING_IN_MEEM = endingIn('م', ENCLITICS),
            ENDING_IN_NOON = endingIn('ن', ENCLITICS), ENDING_IN_YEH = endingIn('ي', ENCLITICS),
            ENDING_IN_HEH = endingIn('ه', ENCLITICS), ENDING_IN_KAF = endingIn('ك', ENCLITICS);

    /** The enclitics whose last letter is {@code c}, in ENCLITICS order (every enclitic ends in one of these six). */
    private static String[] endingIn(char c) {
        return switch (c) {
            case 'ا' -> ENDING_IN_ALEF;
            case 'م' -> ENDING_IN_MEEM;
            case 'ن' -> ENDING_IN_NOON;
            case 'ي' -> ENDING_IN_YEH;
            case 'ه' -> ENDING_IN_HEH;
            case 'ك' -> ENDING_IN_KAF;
            default -> NONE;
        };
    }

    private static String[] endingIn(char c, String[] all) {
        return Arrays.stream(all).filter(e -> e.charAt(e.length() - 1) == c).toArray(String[]::new);
    }
}
