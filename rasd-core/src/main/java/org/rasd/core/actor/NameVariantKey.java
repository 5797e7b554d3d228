package org.rasd.core.actor;

/**
 * An orthographic-phonetic key for transliterated names, so that spellings that differ the way
 * transliterations do fall together: the article is dropped, ص→س، ط→ت، ض→د، ظ/ذ→ز، ق→ك، ث→س، ة→ه، ى→ي،
 * the long vowel ا and hamza seats are dropped (الماساوي and المصاوي both give مسوي). Keys within edit
 * distance 1 (for keys of four letters or more) count as the same name.
 */
public final class NameVariantKey {
    private NameVariantKey() {}

    public static String of(String normalizedWord) {
        char[] out = new char[normalizedWord.length()];
        return new String(out, 0, of(normalizedWord, 0, out));
    }

    /**
     * The key of {@code normalizedWord.substring(from)} written into {@code out} (at least that long), without
     * building a string: returns the key's length. For the words of every sentence, most of which no key matches.
     */
    static int of(String normalizedWord, int from, char[] out) {
        String w = normalizedWord;
        if (w.startsWith("ال", from) && w.length() - from > 4) from += 2;
        int n = 0;
        for (int i = from; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c >= ARABIC && c < ARABIC + KEY_CHAR.length) {
                char k = KEY_CHAR[c - ARABIC];
                if (k != 0) out[n++] = k;
            } else out[n++] = c;
        }
        return n;
    }

    private static final char ARABIC = '\u0600';
    /** The key letter of each letter of the Arabic block, 0 for the letters a key drops (a table: asked for most words). */
    private static final char[] KEY_CHAR = new char[256];

    static {
        for (int i = 0; i < KEY_CHAR.length; i++) {
            char c = (char) (ARABIC + i);
            KEY_CHAR[i] = switch (c) {
                case 'ص', 'ث' -> 'س';
                case 'ط' -> 'ت';
                case 'ض' -> 'د';
                case 'ظ', 'ذ' -> 'ز';
                case 'ق' -> 'ك';
                case 'ة' -> 'ه';
                case 'ى' -> 'ي';
                case 'ا', 'ء', 'أ', 'إ', 'آ', 'ئ', 'ؤ' -> 0;
                default -> c;
            };
        }
    }

    /** Whether two keys name the same person: equal, or one edit apart when both have four letters or more. */
    public static boolean similar(String a, String b) {
        if (a.equals(b)) return true;
        if (a.length() < 4 || b.length() < 4 || Math.abs(a.length() - b.length()) > 1) return false;
        return editDistanceAtMostOne(a, b);
    }

    static boolean editDistanceAtMostOne(String a, String b) {
        if (a.length() > b.length()) { String t = a; a = b; b = t; }
        int i = 0, j = 0, edits = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) { i++; j++; continue; }
            if (++edits > 1) return false;
            if (a.length() == b.length()) i++;
            j++;
        }
        return edits + (b.length() - j) + (a.length() - i) <= 1;
    }
}
