package org.rasd.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits Arabic news text into sentences. Line breaks and {@code . ؟ ? ! ؛ ;} end a sentence; the Arabic
 * comma does not. A full stop between digits (3.5) is not an end, an ellipsis ({@code ...}, {@code …}) inside
 * a line is not an end, closing quotes and brackets after an end belong to the sentence, and runs of end
 * marks ({@code . .}, {@code ؟!}) with the spaces this kind of text puts before punctuation stay together.
 * Spans are trimmed of spaces and of leading list dashes; spans without a letter or digit are dropped.
 */
public final class SentenceSplitter {
    private SentenceSplitter() {}

    /** Sentence spans {start, end} (UTF-16 offsets) within [from, to) of {@code text}. */
    public static List<int[]> split(String text, int from, int to) {
        return split(text.toCharArray(), from, to);
    }

    /** {@link #split(String, int, int)} over the text's characters. */
    static List<int[]> split(char[] text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int start = from;
        int i = from;
        while (i < to) {
            char c = text[i];
            if (c == '\n' || c == '\r' || c == '\u2029') {
                add(text, start, i, out);
                start = i + 1;
                i++;
                continue;
            }
            if (isEnd(c)) {
                if (c == '.' && i > from && i + 1 < to && Character.isDigit(text[i - 1]) && Character.isDigit(text[i + 1])) {
                    i++;
                    continue;
                }
                int j = i;
                boolean ellipsis = c == '…';
                while (j + 1 < to && text[j + 1] == '.') { j++; if (c == '.') ellipsis = true; }
                if (ellipsis && !atLineEnd(text, j + 1, to)) {
                    i = j + 1;
                    continue;
                }
                // absorb adjacent closing quotes/brackets and further end marks separated only by spaces
                int k = j + 1;
                while (true) {
                    while (k < to && isCloser(text[k])) k++;
                    int m = k;
                    while (m < to && (text[m] == ' ' || text[m] == '\t')) m++;
                    if (m < to && isEnd(text[m])) k = m + 1; else break;
                }
                add(text, start, k, out);
                start = k;
                i = k;
                continue;
            }
            i++;
        }
        add(text, start, to, out);
        return out;
    }

    static boolean isEnd(char c) {
        return c == '.' || c == '؟' || c == '?' || c == '!' || c == '؛' || c == ';' || c == '…';
    }

    private static boolean isCloser(char c) {
        return c == '»' || c == '"' || c == '”' || c == '’' || c == ')' || c == ']' || c == '\'' || c == '›';
    }

    private static boolean atLineEnd(char[] text, int i, int to) {
        while (i < to && (text[i] == ' ' || text[i] == '\t')) i++;
        return i >= to || text[i] == '\n' || text[i] == '\r';
    }

    private static void add(char[] text, int s, int e, List<int[]> out) {
        while (s < e && (Character.isWhitespace(text[s]) || isLeadingMark(text[s]))) s++;
        while (e > s && Character.isWhitespace(text[e - 1])) e--;
        boolean content = false;
        for (int i = s; i < e && !content; i++) content = Character.isLetterOrDigit(text[i]);
        if (content) out.add(new int[] {s, e});
    }

    private static boolean isLeadingMark(char c) {
        return c == '-' || c == '–' || c == '—' || c == '•' || c == '*' || c == '·' || c == '\u200F' || c == '\u200E' || c == '\uFEFF';
    }
}
