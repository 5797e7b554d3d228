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

    public static List<Token> tokenize(NormalizedText nt, int normStart, int normEnd) {
        String s = nt.text();
        List<Token> out = new ArrayList<>(Math.max(4, (normEnd - normStart) / 5));
        int i = normStart;
        while (i < normEnd) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) { i++; continue; }
            int j = i + 1;
            TokenKind kind;
            if (isDigit(c)) {
                kind = TokenKind.NUMBER;
                while (j < normEnd && (isDigit(s.charAt(j)) || (isNumberJoiner(s.charAt(j)) && j + 1 < normEnd && isDigit(s.charAt(j + 1))))) j++;
            } else if (Character.isLetter(c)) {
                kind = TokenKind.WORD;
                while (j < normEnd && (Character.isLetterOrDigit(s.charAt(j)) || Character.getType(s.charAt(j)) == Character.NON_SPACING_MARK)) j++;
            } else {
                kind = TokenKind.PUNCT;
                if (Character.isHighSurrogate(c) && j < normEnd) j++;
            }
            out.add(new Token(out.size(), i, s.substring(i, j), kind, nt));
            i = j;
        }
        return out;
    }

    static boolean isDigit(char c) { return c >= '0' && c <= '9'; }

    private static boolean isNumberJoiner(char c) {
        return c == '-' || c == '.' || c == ',' || c == '/' || c == '٫' || c == '٬' || c == '–';
    }
}
