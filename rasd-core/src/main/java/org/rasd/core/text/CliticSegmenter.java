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
 * segmentations themselves (and one small array): the proclitics a word starts with come from a table of their
 * combinations (shared strings and lists), the enclitics are compared char by char once per word, and the
 * candidates are sorted as packed numbers before any is built.
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
        return List.of(candidateArray(word));
    }

    /** {@link #candidates(String)} as a new array (the caller owns it): {@link Token} takes its stems from it. */
    static Segmentation[] candidateArray(String word) {
        Segmentation whole = new Segmentation("", word, "");
        int len = word.length();
        if (len <= MIN_STEM) return new Segmentation[] {whole};
        // First the candidates as (proclitic, enclitic) pairs in the order they are proposed, each with a sort
        // key; only then, in sorted order, their stems and Segmentations: nothing is built to be moved or dropped.
        int code = procliticCode(word);
        String[] pros = PROCLITIC_SETS[code];
        boolean[] article = PROCLITIC_ARTICLE[code];
        int np = pros.length;
        String[] encs = endingIn(word.charAt(len - 1));
        int ends = endingMask(word, encs);
        // at most: every proclitic alone and with every enclitic, and every enclitic alone
        int max = np * (1 + encs.length) + encs.length;
        if (max == 0) return new Segmentation[] {whole};
        long[] keys = new long[max];
        int n = 0;
        for (int p = 0; p < np; p++) {
            int k = pros[p].length();
            if (len - k < MIN_STEM) continue;
            keys[n] = key(len - k, n, p, NO_ENCLITIC);
            n++;
            // the article excludes a pronoun suffix
            if (!article[p]) n = addEnclitics(keys, n, p, len - k, encs, ends);
        }
        n = addEnclitics(keys, n, NO_PROCLITIC, len, encs, ends);
        if (n == 0) return new Segmentation[] {whole};
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
        return out;
    }

    private static final int NO_PROCLITIC = 0xF, NO_ENCLITIC = 0xFF;

    /** A sort key: decreasing stem length first, then the proposal sequence; the low bits name the clitics. */
    private static long key(int stemLength, int sequence, int proclitic, int enclitic) {
        return ((long) (Short.MAX_VALUE - stemLength) << 40) | ((long) sequence << 12) | (proclitic << 8) | enclitic;
    }

    /**
     * Adds (proclitic p, enclitic) for each enclitic the word ends with ({@code ends}: bit e for encs[e]) that leaves
     * a stem of two letters in the {@code rest} letters after the proclitic.
     */
    private static int addEnclitics(long[] keys, int n, int p, int rest, String[] encs, int ends) {
        for (int e = 0; e < encs.length; e++) {
            int stem = rest - encs[e].length();
            if ((ends & (1 << e)) != 0 && stem >= MIN_STEM) {
                keys[n] = key(stem, n, p, e);
                n++;
            }
        }
        return n;
    }

    /**
     * Which of {@code encs} (all ending in the word's last letter) the word ends with: bit e for encs[e]. The last
     * letter is not compared again, the one or two before it char by char (no String.endsWith per proclitic).
     */
    private static int endingMask(String word, String[] encs) {
        int len = word.length(), mask = 0;
        char c2 = len >= 2 ? word.charAt(len - 2) : 0, c3 = len >= 3 ? word.charAt(len - 3) : 0;
        for (int e = 0; e < encs.length; e++) {
            String enc = encs[e];
            int k = enc.length();
            if (k > len) continue;
            if (k == 1 || enc.charAt(k - 2) == c2 && (k == 2 || enc.charAt(0) == c3)) mask |= 1 << e;
        }
        return mask;
    }

    /**
     * Proclitic strings that the word starts with (non-empty), longest combinations included, in this
     * order: the conjunction, لل, a preposition (or س), that plus ال, ال. They are distinct by construction.
     */
    public static List<String> proclitics(String word) {
        return PROCLITIC_LISTS[procliticCode(word)];
    }

    /*
     * What a word may start with is decided by four facts about its first letters: its conjunction (none, و, ف),
     * whether لل follows it, which preposition or future marker follows it (none, ب ك ل س), and whether ال follows
     * that. Each combination's proclitic strings (and lists, and whether each has the article) are built once, so
     * a word costs a few char comparisons and no allocation.
     */
    private static final int CODES = CONJ.length * 2 * 5 * 2;
    private static final String[][] PROCLITIC_SETS = new String[CODES][];
    private static final boolean[][] PROCLITIC_ARTICLE = new boolean[CODES][];
    @SuppressWarnings("unchecked")
    private static final List<String>[] PROCLITIC_LISTS = new List[CODES];

    static {
        for (int conj = 0; conj < CONJ.length; conj++)
            for (int ll = 0; ll < 2; ll++)
                for (int part = 0; part < 5; part++)
                    for (int al = 0; al < 2; al++) {
                        String[] pro = PROCLITICS[conj];
                        String[] set = new String[4];
                        int n = 0;
                        if (conj > 0) set[n++] = CONJ[conj];
                        if (ll == 1) set[n++] = pro[0];
                        if (part > 0) set[n++] = pro[part];
                        if (al == 1) set[n++] = pro[part == 0 ? 9 : part + 4];
                        int code = code(conj, ll, part, al);
                        PROCLITIC_SETS[code] = Arrays.copyOf(set, n);
                        PROCLITIC_ARTICLE[code] = new boolean[n];
                        for (int k = 0; k < n; k++) PROCLITIC_ARTICLE[code][k] = set[k].endsWith("ال") || set[k].endsWith("لل");
                        PROCLITIC_LISTS[code] = List.of(PROCLITIC_SETS[code]);
                    }
    }

    private static int code(int conj, int ll, int part, int al) { return ((conj * 2 + ll) * 5 + part) * 2 + al; }

    /**
     * The combination of proclitics the word starts with (see above), in this order of strings: the conjunction,
     * لل, a preposition (or س), that plus ال, ال. Each must leave a stem of at least two letters.
     */
    private static int procliticCode(String word) {
        int len = word.length();
        if (len <= MIN_STEM) return 0;
        int i = 0, conj = 0;
        char c0 = word.charAt(0);
        if (c0 == 'و' || c0 == 'ف') {
            conj = c0 == 'و' ? 1 : 2;
            i = 1;
        }
        char p = word.charAt(i); // i < len: len > MIN_STEM
        char q = i + 1 < len ? word.charAt(i + 1) : 0;
        // ل + ال written لل
        int ll = p == 'ل' && q == 'ل' && len - i - 2 >= MIN_STEM ? 1 : 0;
        int part = p == 'ب' ? 1 : p == 'ك' ? 2 : p == 'ل' ? 3 : p == 'س' ? 4 : 0;
        int j = i;
        if (part > 0 && len - i - 1 >= MIN_STEM) j = i + 1; else part = 0;
        // (ال right at i after a preposition at i cannot be: the preposition's letter is not ا)
        int al = j + 1 < len && word.charAt(j) == 'ا' && word.charAt(j + 1) == 'ل' && len - j - 2 >= MIN_STEM ? 1 : 0;
        return code(conj, ll, part, al);
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
