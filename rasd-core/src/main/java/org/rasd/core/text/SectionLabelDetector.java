package org.rasd.core.text;

import java.util.List;
import org.rasd.core.lexicon.WordList;

/**
 * Finds a site or section label glued before a headline ({@code أخبار المغرب عاجل المغرب وأمريكا ...}):
 * a run of label words at the start of the title line, where a word after أخبار/آخر/خبر is taken as its
 * complement. The label must leave at least three words of headline.
 */
public final class SectionLabelDetector {
    private static final String NEWS = "اخبار", LATEST = "اخر", ITEM = "خبر";
    private final WordList labels;

    public SectionLabelDetector(WordList labels) { this.labels = labels; }

    /** Number of leading tokens (words and the separators between them) that form the label; 0 if none. */
    public int labelLength(List<Token> titleTokens) {
        int i = 0;
        int taken = 0;
        String prev = null;
        while (i < titleTokens.size()) {
            Token t = titleTokens.get(i);
            if (!t.isWord()) {
                if (taken > 0 && isSeparator(t.norm())) { i++; taken = i; break; }
                break;
            }
            boolean complement = prev != null && (prev.equals(NEWS) || prev.equals(LATEST) || prev.equals(ITEM)) && !labels.contains(t.norm());
            if (labels.contains(t.norm()) || complement) {
                prev = t.norm();
                i++;
                taken = i;
            } else {
                break;
            }
        }
        if (taken == 0) return 0;
        int wordsLeft = 0;
        for (int k = taken; k < titleTokens.size(); k++) if (titleTokens.get(k).isWord()) wordsLeft++;
        return wordsLeft >= 3 ? taken : 0;
    }

    private static boolean isSeparator(String s) {
        return s.equals(":") || s.equals("|") || s.equals("-") || s.equals("–") || s.equals("»") || s.equals("/");
    }
}
