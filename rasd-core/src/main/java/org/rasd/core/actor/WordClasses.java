package org.rasd.core.actor;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.rasd.core.lexicon.HashFilter;
import org.rasd.core.text.Token;

/**
 * What the actor stage's word lists say of a token, as bits computed once per token ({@link SentenceMatches}
 * memoises them): whether it is a given name, a stop word, a speech verb, a name connector, a garbled rank
 * fragment, an organisation-name stop, و/ف before a given name. One pre-test and at most one probe of one map
 * per token, instead of a set probe per list each time a rule asks. Immutable; thread-safe.
 */
final class WordClasses {
    /** A word token (letters). */
    static final int WORD = 1;
    /** A known given name, not على written with alef maqsura ({@link PersonCueFinder#isFirstName}). */
    static final int FIRST_NAME = 1 << 1;
    /** Punctuation or a word of the name-stops list ({@link PersonCueFinder#isStop}). */
    static final int STOP = 1 << 2;
    /** A speech or report verb, with or without و / ف. */
    static final int SPEECH_VERB = 1 << 3;
    /** A word of the name-connectors list (بن، أبو ...). */
    static final int CONNECTOR = 1 << 4;
    /** A word of the name-noise list. */
    static final int NOISE = 1 << 5;
    /** و or ف before a known given name: the next name of a list ({@link PersonCueFinder#startsNextName}). */
    static final int NEXT_NAME = 1 << 6;
    /** A word that ends an organisation's name: name-stops or org-name-stops ({@link OrgNameFinder}). */
    static final int ORG_STOP = 1 << 7;
    /** A word of the nasab-connectors list (بن، ابن، بنت): the word before it is a name too. */
    static final int NASAB = 1 << 8;
    /** A word of the name-compounds list (الدين، الله...): continues a given name, never opens one. */
    static final int COMPOUND = 1 << 9;
    /** A word of the regnal-ordinals list (الأول، الثاني...): after a given name, part of the name. */
    static final int ORDINAL = 1 << 10;
    /** Set on every computed value, so that 0 means "not computed yet". */
    static final int COMPUTED = 1 << 31;

    // the lists' own bits, by normalised word
    private static final int L_FIRST = 1, L_FIRST_CONJ = 2, L_STOP = 4, L_SPEECH = 8, L_CONNECTOR = 16, L_NOISE = 32, L_ORG_STOP = 64, L_NASAB = 128, L_COMPOUND = 256, L_ORDINAL = 512;

    private final Map<String, Integer> lists = new HashMap<>();
    private final HashFilter filter;

    WordClasses(ActorLexicon lex) {
        add(lex.wordSet("first-names"), L_FIRST);
        add(lex.wordSet("first-names/conj"), L_FIRST_CONJ);
        add(lex.wordSet("name-stops"), L_STOP);
        add(lex.wordSet("speech-verbs/all"), L_SPEECH);
        add(lex.wordSet("name-connectors"), L_CONNECTOR);
        add(lex.wordSet("name-noise"), L_NOISE);
        add(lex.wordSet("org-name-stops"), L_ORG_STOP);
        add(lex.wordSet("nasab-connectors"), L_NASAB);
        add(lex.wordSet("name-compounds"), L_COMPOUND);
        add(lex.wordSet("regnal-ordinals"), L_ORDINAL);
        this.filter = HashFilter.of(lists.keySet());
    }

    private void add(Set<String> words, int bit) {
        for (String w : words) lists.merge(w, bit, (a, b) -> a | b);
    }

    private int lists(String w) {
        if (!filter.mightContain(w)) return 0;
        Integer m = lists.get(w);
        return m == null ? 0 : m;
    }

    /**
     * Whether a word is a given name with the article (الحسن، الحسين، المهدي): ال + a word of the first-names list.
     * Asked rarely (before بن), so computed on demand rather than kept as a bit of every token.
     */
    boolean definiteFirstName(String w) {
        return w.length() > 4 && w.startsWith("ال") && (lists(w.substring(2)) & L_FIRST) != 0;
    }

    /** Whether a normalised word is in the name-stops list (for a word's part, rarely: not memoised). */
    boolean isStopWord(String w) { return (lists(w) & L_STOP) != 0; }

    /** The bits of a token (with {@link #COMPUTED}). */
    int of(Token t) {
        if (!t.isWord()) return COMPUTED | STOP;
        String w = t.norm();
        int l = lists(w);
        int c = COMPUTED | WORD;
        if ((l & L_STOP) != 0) c |= STOP | ORG_STOP;
        if ((l & L_ORG_STOP) != 0) c |= ORG_STOP;
        if ((l & L_SPEECH) != 0) c |= SPEECH_VERB;
        if ((l & L_CONNECTOR) != 0) c |= CONNECTOR;
        if ((l & L_NOISE) != 0) c |= NOISE;
        if ((l & L_NASAB) != 0) c |= NASAB;
        if ((l & L_COMPOUND) != 0) c |= COMPOUND;
        if ((l & L_ORDINAL) != 0) c |= ORDINAL;
        if ((l & (L_FIRST | L_FIRST_CONJ)) != 0) {
            // a name ending in ي written with alef maqsura in the original (على "on" against علي "Ali") is not one:
            // normalisation merges them, the original does not
            // (only for a name that is also a stop word once normalised: مصطفى، موسى، عيسى، يحيى are written with ى)
            boolean maqsura = (l & L_STOP) != 0 && w.endsWith("ي") && t.surface().endsWith("ى");
            if ((l & L_FIRST) != 0 && !maqsura) c |= FIRST_NAME;
            if ((l & L_FIRST_CONJ) != 0 && w.length() > 3 && !maqsura && (lists(w.substring(1)) & L_STOP) == 0) c |= NEXT_NAME;
        }
        return c;
    }
}
