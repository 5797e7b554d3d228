package org.rasd.core.actor;

import java.util.List;
import org.rasd.core.text.Token;

/** The longest lexicon match at each token of one sentence, computed once on demand (one instance per sentence). */
final class SentenceMatches {
    private final List<Token> tokens;
    private final PhraseIndex index;
    private final PhraseIndex.Match[] memo;
    private final boolean[] done;

    SentenceMatches(List<Token> tokens, PhraseIndex index) {
        this.tokens = tokens;
        this.index = index;
        this.memo = new PhraseIndex.Match[tokens.size()];
        this.done = new boolean[tokens.size()];
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
