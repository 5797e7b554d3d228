package org.rasd.core.text;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Normalises Arabic for matching, never for display: removes diacritics (tashkil), tatweel, bidi and
 * zero-width controls; unifies alef variants (أ إ آ ٱ → ا), alef maqsura (ى → ي), ta marbuta (ة → ه),
 * Persian and Urdu letter forms (ک → ك, ی → ي, ۀ → ه), presentation forms (by NFKC) and
 * Arabic-Indic digits (٠-٩, ۰-۹ → 0-9); lower-cases Latin letters. Consistent with Lucene's
 * {@code ArabicNormalizer}, with an offset map kept.
 */
public final class ArabicNormalizer {
    private ArabicNormalizer() {}

    /** NFKC of each Arabic presentation form U+FB50..U+FEFC, computed once (news text is full of them). */
    private static final char[][] PRESENTATION_FORMS = new char['\uFEFC' - '\uFB50' + 1][];

    static {
        for (char c = '\uFB50'; c <= '\uFEFC'; c++) {
            PRESENTATION_FORMS[c - '\uFB50'] = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC).toCharArray();
        }
    }

    /**
     * {@link #map(char)} of every UTF-16 unit, computed once (128 KiB): the normaliser's inner loop is one
     * array load per character instead of a chain of range tests and, for punctuation and Latin letters
     * outside ASCII, the Unicode case tables.
     */
    private static final char[] TABLE = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) TABLE[c] = map((char) c);
    }

    public static NormalizedText normalize(String original) {
        return normalize(original, original.toCharArray());
    }

    /** Normalises {@code original}, whose characters the caller has already copied into {@code chars}. */
    static NormalizedText normalize(String original, char[] chars) {
        int len = chars.length;
        // one normalised char per original char at most, except presentation forms (NFKC may expand them)
        char[] out = new char[len + 8];
        int[] map = new int[len + 9];
        int n = 0;
        for (int i = 0; i < len; i++) {
            char c = chars[i];
            if (c >= '\uFB50' && c <= '\uFEFC' && c != '\uFEFF') {
                for (char d : PRESENTATION_FORMS[c - '\uFB50']) {
                    char m = TABLE[d];
                    if (m == 0) continue;
                    if (n + 1 >= out.length) { out = Arrays.copyOf(out, out.length * 2); map = Arrays.copyOf(map, out.length + 1); }
                    out[n] = m;
                    map[n++] = i;
                }
                continue;
            }
            char m = TABLE[c];
            if (m == 0) continue;
            if (n + 1 >= out.length) { out = Arrays.copyOf(out, out.length * 2); map = Arrays.copyOf(map, out.length + 1); }
            out[n] = m;
            map[n++] = i;
        }
        map[n] = len;
        // the arrays stay oversized (NormalizedText reads only the first n + 1 offsets): no copy
        return new NormalizedText(original, out, n, map);
    }

    /** Normalises a string without keeping offsets (for lexicon entries and queries). */
    public static String normalizeString(String s) {
        return normalize(s).text();
    }

    /** The normalised form of one character, or 0 to drop it (the definition; {@link #TABLE} holds its answers). */
    static char map(char c) {
        if (c < 0x80) return (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
        if (c >= '\u064B' && c <= '\u065F') return 0; // harakat, tanwin, shadda, sukun and extended marks
        if (c >= '\u0621' && c <= '\u064A') { // the Arabic letters: most stay, without the Unicode tables below
            switch (c) {
                case '\u0622': case '\u0623': case '\u0625': return '\u0627';
                case '\u0629': return '\u0647';
                case '\u0640': return 0;
                case '\u0649': return '\u064A';
                default: return c;
            }
        }
        switch (c) {
            case '\u0670': case '\u0640': // superscript alef, tatweel
            case '\u0610': case '\u0611': case '\u0612': case '\u0613': case '\u0614': case '\u0615':
            case '\u0616': case '\u0617': case '\u0618': case '\u0619': case '\u061A':
            case '\u06D6': case '\u06D7': case '\u06D8': case '\u06D9': case '\u06DA': case '\u06DB': case '\u06DC':
            case '\u06DF': case '\u06E0': case '\u06E1': case '\u06E2': case '\u06E3': case '\u06E4':
            case '\u06E7': case '\u06E8': case '\u06EA': case '\u06EB': case '\u06EC': case '\u06ED':
            case '\u200B': case '\u200C': case '\u200D': case '\u200E': case '\u200F':
            case '\u202A': case '\u202B': case '\u202C': case '\u202D': case '\u202E':
            case '\u2066': case '\u2067': case '\u2068': case '\u2069': case '\uFEFF': case '\u061C': case '\u00AD':
                return 0;
            case '\u0623': case '\u0625': case '\u0622': case '\u0671': case '\u0672': case '\u0673': case '\u0675':
                return '\u0627';
            case '\u0649': case '\u06CC': case '\u06D0': case '\u064A':
                return '\u064A';
            case '\u0629': case '\u06C0': case '\u06C1': case '\u06D5':
                return '\u0647';
            case '\u06A9': case '\u06AA':
                return '\u0643';
            case '\u00A0': case '\u2002': case '\u2003': case '\u2009': case '\u202F': case '\u3000':
                return ' ';
            default:
                if (c >= '\u0660' && c <= '\u0669') return (char) ('0' + (c - '\u0660'));
                if (c >= '\u06F0' && c <= '\u06F9') return (char) ('0' + (c - '\u06F0'));
                if (c >= '\u0600' && c <= '\u06FF') return c; // the Arabic block has no case: skip the Unicode table
                return Character.isUpperCase(c) ? Character.toLowerCase(c) : c;
        }
    }
}
