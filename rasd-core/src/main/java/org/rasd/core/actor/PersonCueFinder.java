package org.rasd.core.actor;

import java.util.List;
import org.rasd.core.text.Token;

/**
 * Finds the tokens of a person's name: after a title or role (اللواء، الرئيس، الباحث في العلاقات الدولية),
 * skipping garbled rank fragments (the {@code name-noise} list: دكور دارمي) and a short phrase before a
 * known first name; or from a known first name alone. A name runs over name-like words and stops at
 * punctuation, at a word of the {@code name-stops} list (prepositions, speech verbs...) and at the start of
 * another lexicon phrase.
 */
public final class PersonCueFinder {
    /** Tokens [start, end) of a name. */
    public record Span(int start, int end, boolean firstNameKnown) {}

    static final int MAX_GAP = 4;
    static final int MAX_NAME = 4;

    private final ActorLexicon lex;

    public PersonCueFinder(ActorLexicon lex) { this.lex = lex; }

    /**
     * Whether a token is a known given name. A name ending in ي written with alef maqsura in the original
     * (على "on" against علي "Ali") is not one: normalisation merges them, the original does not.
     */
    public boolean isFirstName(Token t) {
        if (!t.isWord() || !lex.inList("first-names", t.norm())) return false;
        String surface = t.surface();
        return !(t.norm().endsWith("ي") && surface.endsWith("ى"));
    }

    public boolean isStop(Token t) { return !t.isWord() || lex.inList("name-stops", t.norm()); }

    /** A name right at {@code p} opened by a known first name or a lexicon person (after a nisba: الأرجنتيني ليونيل ميسي). */
    public Span nameAt(List<Token> tokens, int p) {
        if (p >= tokens.size()) return null;
        Token t = tokens.get(p);
        if (isFirstName(t)) return extend(tokens, p, true);
        PhraseIndex.Match pm = lex.index().longestAt(tokens, p);
        if (pm != null && pm.best() instanceof LexEntry.Named nm && nm.actor().type().equals("PERSON")) return new Span(p, pm.end(), true);
        return null;
    }

    /** The name after a cue that ends at token {@code p}, or null. */
    public Span nameAfter(List<Token> tokens, int p) {
        int n = tokens.size();
        int q = p;
        while (q < n && tokens.get(q).isWord() && lex.inList("name-noise", tokens.get(q).norm())) q++;
        // a first name within a short gap of words (a rank fragment, or "في العلاقات الدولية")
        for (int k = q; k < Math.min(n, q + MAX_GAP + 1); k++) {
            Token t = tokens.get(k);
            if (!t.isWord()) break;
            if (isFirstName(t)) return extend(tokens, k, true);
            PhraseIndex.Match m = k > q ? lex.index().longestAt(tokens, k) : null;
            if (m != null && m.best() instanceof LexEntry.Named) break;
        }
        if (q >= n) return null;
        Token t = tokens.get(q);
        // without a known first name, a name is an undetermined word that no lexicon phrase claims
        PhraseIndex.Match pm = lex.index().longestAt(tokens, q);
        if (pm != null && pm.best() instanceof LexEntry.Named nm && nm.actor().type().equals("PERSON")) return new Span(q, pm.end(), true);
        if (isStop(t) || t.norm().startsWith("ال") || t.norm().endsWith("ه") || t.norm().length() < 3 || startsLexiconPhrase(tokens, q)) return null;
        return extend(tokens, q, false);
    }

    /** A name opened by a known first name at {@code i} with at least one more name word, or null. */
    public Span nameFromFirstName(List<Token> tokens, int i) {
        if (!isFirstName(tokens.get(i)) && !startsNextName(tokens.get(i))) return null;
        Span s = extend(tokens, i, true);
        return s.end() - s.start() >= 2 ? s : null;
    }

    /**
     * The extent of a name starting at {@code start}: a lexicon person's name as the lexicon has it;
     * otherwise given names and connectors (بن، أبو، آل، عبد) with the word each connector governs, then one
     * family name. Without a known first name the name is that one word (and what connectors join to it).
     * A word that is و/ف + a first name starts the next name of a list.
     */
    private Span extend(List<Token> tokens, int start, boolean known) {
        PhraseIndex.Match m = lex.index().longestAt(tokens, start);
        if (m != null && m.best() instanceof LexEntry.Named nm && nm.actor().type().equals("PERSON")) return new Span(start, m.end(), known);
        int n = tokens.size();
        int end = start + 1;
        boolean surnameTaken = !known;
        boolean governed = isConnector(tokens.get(start));
        while (end < n && end - start < MAX_NAME + 2) {
            Token t = tokens.get(end);
            if (isStop(t) || startsNextName(t)) break;
            if (governed) { end++; governed = isConnector(t); continue; }
            if (isConnector(t)) { end++; governed = true; continue; }
            if (surnameTaken) break;
            if (isFirstName(t)) { end++; continue; }
            if (startsLexiconPhrase(tokens, end)) break;
            end++;
            surnameTaken = true;
        }
        return new Span(start, end, known);
    }

    boolean isConnector(Token t) { return t.isWord() && lex.inList("name-connectors", t.norm()); }

    /** و or ف followed by a known first name (ومحمد): the next name of a list. */
    boolean startsNextName(Token t) {
        String w = t.norm();
        return w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') && lex.inList("first-names", w.substring(1))
                && !(w.endsWith("ي") && t.surface().endsWith("ى"));
    }

    /** Whether a non-person lexicon phrase (country, organisation, agent, cue...) starts at {@code k}. */
    boolean startsLexiconPhrase(List<Token> tokens, int k) {
        PhraseIndex.Match m = lex.index().longestAt(tokens, k);
        if (m == null) return false;
        return !(m.best() instanceof LexEntry.Named nm && nm.actor().type().equals("PERSON"));
    }
}
