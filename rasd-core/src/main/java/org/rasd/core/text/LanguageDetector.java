package org.rasd.core.text;

/**
 * Detects a document's language by script: Arabic letters make {@code ar}; Latin text is told apart as
 * {@code en} or {@code fr} by a few function words, else {@code la} (Latin script, unknown);
 * Cyrillic is {@code ru}, Han {@code zh}; anything else {@code und}.
 */
public final class LanguageDetector {
    private LanguageDetector() {}

    private static final byte OTHER = 0, ARABIC = 1, LATIN = 2, CYRILLIC = 3, HAN = 4;
    /** The counted script of every UTF-16 unit that is a letter (OTHER for the rest): the Unicode script table's search done once. */
    private static final byte[] SCRIPT = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (!Character.isLetter((char) c)) continue;
            SCRIPT[c] = switch (Character.UnicodeScript.of(c)) {
                case ARABIC -> ARABIC;
                case LATIN -> LATIN;
                case CYRILLIC -> CYRILLIC;
                case HAN -> HAN;
                default -> OTHER;
            };
        }
    }

    public static String detect(String text) {
        return detect(text, text.toCharArray());
    }

    /** {@link #detect(String)} of a text whose characters the caller has copied into {@code chars}. */
    static String detect(String text, char[] chars) {
        int arabic = 0, latin = 0, cyrillic = 0, han = 0;
        int n = Math.min(chars.length, 20_000);
        for (int i = 0; i < n; i++) {
            // stop as soon as the rest cannot change the verdict "ar" (were all the rest letters of another script)
            if ((i & 255) == 0 && arabic * 10L >= (arabic + latin + cyrillic + han + (long) (n - i)) * 3) return "ar";
            char c = chars[i];
            // fast paths (same answer as below, without the script table's binary search): the Arabic
            // letters ء..غ and ف..ي (U+0621-U+063F, U+0641-U+064A; U+0640 tatweel is script COMMON) and ASCII letters
            if (c >= '\u0621' && c <= '\u064A' && c != '\u0640') { arabic++; continue; }
            if (c < 0x80) {
                if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') latin++;
                continue;
            }
            switch (SCRIPT[c]) {
                case ARABIC -> arabic++;
                case LATIN -> latin++;
                case CYRILLIC -> cyrillic++;
                case HAN -> han++;
                default -> { }
            }
        }
        int total = arabic + latin + cyrillic + han;
        if (total == 0) return "und";
        if (arabic * 10 >= total * 3) return "ar";
        if (latin >= cyrillic && latin >= han) return latinLanguage(text.substring(0, n).toLowerCase());
        if (cyrillic >= han) return "ru";
        return "zh";
    }

    private static String latinLanguage(String t) {
        int en = count(t, " the ") + count(t, " and ") + count(t, " of ") + count(t, " is ");
        int fr = count(t, " le ") + count(t, " les ") + count(t, " des ") + count(t, " et ") + count(t, " est ");
        if (en == 0 && fr == 0) return "la";
        return en >= fr ? "en" : "fr";
    }

    private static int count(String t, String w) {
        int c = 0;
        for (int i = t.indexOf(w); i >= 0; i = t.indexOf(w, i + 1)) c++;
        return c;
    }
}
