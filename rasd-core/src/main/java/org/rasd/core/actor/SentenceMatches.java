package org.rasd.core.actor;

import java.util.List;
import org.rasd.core.text.Token;

/**
 * What the actor stage asks of each token of one sentence, computed once on demand (one instance per sentence):
 * the longest lexicon match starting there, and its {@link WordClasses} bits.
 */
final class SentenceMatches {
    private final List<Token> tokens;
    private final PhraseIndex index;
    private final WordClasses wordClasses;
    private final PhraseIndex.Match[] memo;
    private final boolean[] done;
    private final int[] classes;

    SentenceMatches(List<Token> tokens, PhraseIndex index, WordClasses wordClasses) {
        this.tokens = tokens;
        this.index = index;
        this.wordClasses = wordClasses;
        this.memo = new PhraseIndex.Match[tokens.size()];
        this.done = new boolean[tokens.size()];
        this.classes = new int[tokens.size()];
    }

    /** Whether token {@code k} has any of these {@link WordClasses} bits. */
    boolean is(int k, int bits) {
        int c = classes[k];
        if (c == 0) classes[k] = c = wordClasses.of(tokens.get(k));
        return (c & bits) != 0;
    }

    List<Token> tokens() { return tokens; }

    int size() { return tokens.size(); }

    Token token(int k) { return tokens.get(k); }

    /** The longest match starting at token {@code k}, or null. */
    PhraseIndex.Match at(int k) {
        if (k >= tokens.size()) return null;
        if (!done[k]) {
            memo[k] = index.longestAt(tokens, k);
            done[k] = true;
        }
        return memo[k];
    }
}
