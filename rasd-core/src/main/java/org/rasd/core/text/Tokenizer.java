package org.rasd.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a span of normalised text into word, number and punctuation tokens. Numbers keep their inner
 * separators ({@code 2020-2030}, {@code 3.5}, {@code 1,200}); a word is a run of letters (Arabic or Latin)
 * and may contain digits after a letter ({@code F16}); everything else that is not a space is punctuation,
 * one character a token.
 */
public final class Tokenizer {
    private Tokenizer() {}

    private static final byte SPACE = 1, STARTS_WORD = 2, CONTINUES_WORD = 4;
    /**
     * The classes above of every UTF-16 unit, from the Unicode tables once (64 KiB): the tokenizer asks
     * them of every character, and outside ASCII and the Arabic letters the tables cost a search each.
     */
    private static final byte[] CLASS = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            CLASS[c] = (byte) ((ch == ' ' || Character.isWhitespace(ch) ? SPACE : 0)
                    | (isArabicLetter(ch) || Character.isLetter(ch) ? STARTS_WORD : 0)
                    | (continuesWord(ch) ? CONTINUES_WORD : 0));
        }
    }

    public static List<Token> tokenize(NormalizedText nt, int normStart, int normEnd) {
        char[] s = nt.chars(); // (String.charAt checks bounds and decodes UTF-16 bytes on every call)
        List<Token> out = new ArrayList<>(Math.max(4, (normEnd - normStart) / 5));
        int i = normStart;
        while (i < normEnd) {
            char c = s[i];
            byte cls = CLASS[c];
            if ((cls & SPACE) != 0) { i++; continue; }
            int j = i + 1;
            TokenKind kind;
            if (isDigit(c)) {
                kind = TokenKind.NUMBER;
                while (j < normEnd && (isDigit(s[j]) || (isNumberJoiner(s[j]) && j + 1 < normEnd && isDigit(s[j + 1])))) j++;
            } else if ((cls & STARTS_WORD) != 0) {
                kind = TokenKind.WORD;
                while (j < normEnd && (CLASS[s[j]] & CONTINUES_WORD) != 0) j++;
            } else {
                kind = TokenKind.PUNCT;
                if (Character.isHighSurrogate(c) && j < normEnd) j++;
            }
            out.add(new Token(out.size(), i, new String(s, i, j - i), kind, nt));
            i = j;
        }
        return out;
    }

    static boolean isDigit(char c) { return c >= '0' && c <= '9'; }

    /** U+0621..U+064A are all letters: the common case, answered without the Unicode tables. */
    private static boolean isArabicLetter(char c) { return c >= '\u0621' && c <= '\u064A'; }

    /** A letter, a digit or a non-spacing mark continues a word (the definition; {@link #CLASS} holds its answers). */
    private static boolean continuesWord(char c) {
        if (isArabicLetter(c) || c >= 'a' && c <= 'z' || isDigit(c)) return true;
        if (c == ' ' || c < 0x80 && !(c >= 'A' && c <= 'Z')) return false;
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean isNumberJoiner(char c) {
        return c == '-' || c == '.' || c == ',' || c == '/' || c == '٫' || c == '٬' || c == '–';
    }
}
