package org.rasd.core.text;

import java.util.Arrays;
import java.util.List;

/**
 * Proposes clitic segmentations of a normalised Arabic word, without choosing among them: the lexicon
 * that looks the stem up decides (a blind stemmer turns والولايات into ولا).
 * Proclitics: conjunctions و ف, then prepositions ب ك ل or the future marker س, then the article ال
 * (ل + ال is written لل). Enclitics: ه ها هم هما هن كم كما نا ني ي ك.
 * Stems keep at least two letters.
 *
 * <p>This runs once for every word of every article, so it allocates only the stems and the
 * segmentations themselves (and two small arrays): proclitic strings are shared constants, enclitics are
 * tested on the word in place, and the candidates are sorted as packed numbers before any is built.
 */
public final class CliticSegmenter {
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

    private CliticSegmenter() {}

    /** All candidate segmentations, the whole word first, then by decreasing stem length (unmodifiable). */
    public static List<Segmentation> candidates(String word) {
        Segmentation whole = new Segmentation("", word, "");
        int len = word.length();
        if (len <= MIN_STEM) return List.of(whole);
        // First the candidates as (proclitic, enclitic) pairs in the order they are proposed, each with a sort
        // key; only then, in sorted order, their stems and Segmentations: nothing is built to be moved or dropped.
        String[] pros = new String[4];
        int np = proclitics(word, pros);
        String[] encs = endingIn(word.charAt(len - 1));
        // at most: every proclitic alone and with every enclitic, and every enclitic alone
        int max = np * (1 + encs.length) + encs.length;
        if (max == 0) return List.of(whole);
        long[] keys = new long[max];
        int n = 0;
        for (int p = 0; p < np; p++) {
            int k = pros[p].length();
            if (len - k < MIN_STEM) continue;
            keys[n] = key(len - k, n, p, NO_ENCLITIC);
            n++;
            // the article excludes a pronoun suffix
            if (!pros[p].endsWith("ال") && !pros[p].endsWith("لل")) n = addEnclitics(keys, n, p, k, word, encs);
        }
        n = addEnclitics(keys, n, NO_PROCLITIC, 0, word, encs);
        if (n == 0) return List.of(whole);
        // by decreasing stem length, then in proposal order (the keys are distinct): the order of a stable sort
        Arrays.sort(keys, 0, n);
        Segmentation[] out = new Segmentation[n + 1];
        out[0] = whole; // the longest stem, proposed first
        for (int i = 0; i < n; i++) {
            long key = keys[i];
            int p = (int) (key >>> 8) & 0xF, e = (int) key & 0xFF;
            String pro = p == NO_PROCLITIC ? "" : pros[p];
            String enc = e == NO_ENCLITIC ? "" : encs[e];
            out[i + 1] = new Segmentation(pro, word.substring(pro.length(), len - enc.length()), enc);
        }
        return List.of(out);
    }

    private static final int NO_PROCLITIC = 0xF, NO_ENCLITIC = 0xFF;

    /** A sort key: decreasing stem length first, then the proposal sequence; the low bits name the clitics. */
    private static long key(int stemLength, int sequence, int proclitic, int enclitic) {
        return ((long) (Short.MAX_VALUE - stemLength) << 40) | ((long) sequence << 12) | (proclitic << 8) | enclitic;
    }

    /** Adds (proclitic p, enclitic) for each enclitic the word ends with that leaves a stem of two letters after the k proclitic letters. */
    private static int addEnclitics(long[] keys, int n, int p, int k, String word, String[] encs) {
        int rest = word.length() - k;
        for (int e = 0; e < encs.length; e++) {
            String enc = encs[e];
            if (rest - enc.length() >= MIN_STEM && word.endsWith(enc)) {
                keys[n] = key(rest - enc.length(), n, p, e);
                n++;
            }
        }
        return n;
    }

    /**
     * Proclitic strings that the word starts with (non-empty), longest combinations included, in this
     * order: the conjunction, لل, a preposition (or س), that plus ال, ال. They are distinct by construction.
     */
    public static List<String> proclitics(String word) {
        String[] out = new String[4];
        int n = proclitics(word, out);
        return n == 0 ? List.of() : List.of(Arrays.copyOf(out, n));
    }

    /** {@link #proclitics(String)} written into {@code out} (room for four); returns how many. */
    private static int proclitics(String word, String[] out) {
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
