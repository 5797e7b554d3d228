package org.rasd.core.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasd.core.text.ArabicNormalizer;
import org.rasd.core.text.NormalizedText;
import org.rasd.core.text.Segmentation;
import org.rasd.core.text.Token;
import org.rasd.core.text.Tokenizer;

/**
 * Phrases of the lexicon keyed by their normalised tokens, with a leading article ال taken off the first
 * token and kept as a flag, so that والولايات، للولايات، بالمغرب find الولايات المتحدة and المغرب through
 * the clitic segmentation that the lexicon confirms. Lookup is hashing only: a set of phrase prefixes
 * stops the extension as soon as no phrase can continue. Immutable once built; thread-safe.
 */
public final class PhraseIndex {
    /** A stored phrase: its entry and whether its first word carries the article. */
    public record Stored(LexEntry entry, boolean article) {}

    /** A match: tokens [first, end) of the sentence, the segmentation of the first token, the entries. */
    public record Match(int first, int end, Segmentation segmentation, List<LexEntry> entries) {
        public LexEntry best() { return entries.get(0); }
    }

    private final Map<String, List<Stored>> phrases = new HashMap<>();
    private final Set<String> prefixes = new HashSet<>();

    /** The key of a lexicon phrase and its article flag, or null when it has no word. */
    public record Key(String key, boolean article) {}

    public static Key keyOf(String phrase) {
        NormalizedText nt = ArabicNormalizer.normalize(phrase);
        List<Token> toks = Tokenizer.tokenize(nt, 0, nt.length());
        if (toks.isEmpty()) return null;
        StringBuilder sb = new StringBuilder();
        boolean article = false;
        for (int i = 0; i < toks.size(); i++) {
            String w = toks.get(i).norm();
            if (i == 0 && w.startsWith("ال") && w.length() >= 4 && toks.get(i).isWord()) {
                article = true;
                w = w.substring(2);
            }
            if (i > 0) sb.append(' ');
            sb.append(w);
        }
        return new Key(sb.toString(), article);
    }

    /** Adds a phrase; returns the entries already stored under the same key and article flag. */
    public List<LexEntry> add(String phrase, LexEntry entry) {
        Key k = keyOf(phrase);
        if (k == null) throw new IllegalArgumentException("empty phrase");
        List<Stored> list = phrases.computeIfAbsent(k.key(), x -> new ArrayList<>(1));
        List<LexEntry> same = new ArrayList<>();
        for (Stored s : list) if (s.article() == k.article()) same.add(s.entry());
        list.add(new Stored(entry, k.article()));
        list.sort((a, b) -> Integer.compare(a.entry().priority(), b.entry().priority()));
        String[] parts = k.key().split(" ");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) sb.append(' ');
            sb.append(parts[i]);
            prefixes.add(sb.toString());
        }
        return same;
    }

    /** Entries stored for an exact normalised phrase (article flag as written). */
    public List<LexEntry> lookup(String phrase) {
        Key k = keyOf(phrase);
        if (k == null) return List.of();
        return entries(k.key(), k.article());
    }

    private List<LexEntry> entries(String key, boolean article) {
        List<Stored> list = phrases.get(key);
        if (list == null) return List.of();
        List<LexEntry> out = new ArrayList<>(list.size());
        for (Stored s : list) if (s.article() == article) out.add(s.entry());
        return out;
    }

    /**
     * The longest phrase starting at token {@code i}: the first token is read through each of its
     * proclitic segmentations (no enclitic), the following tokens as written. Null when none.
     */
    public Match longestAt(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.isWord()) return null;
        String word = t.norm();
        Match best = longestFrom(tokens, i, "", word, null);
        // The token's memoised segmentations with proclitics and no enclitic are exactly
        // CliticSegmenter.proclitics(word) with their rests (their stems' hashes are cached across stages).
        // Each proclitic string is a different prefix of the word, so the order of the tries does not change the result.
        for (Segmentation s : t.segmentations()) {
            if (s.enclitic().isEmpty() && !s.proclitics().isEmpty()) best = longestFrom(tokens, i, s.proclitics(), s.stem(), best);
        }
        return best;
    }

    private Match longestFrom(List<Token> tokens, int i, String pro, String stem, Match best) {
        // (no separate prefixes.contains(stem) test: the loop's first test is that one)
        boolean article = pro.endsWith("ال") || pro.endsWith("لل");
        String phrase = stem;
        int j = i + 1;
        while (prefixes.contains(phrase)) {
            List<LexEntry> found = entries(phrase, article);
            if (!found.isEmpty() && (best == null || j > best.end()
                    || (j == best.end() && pro.length() < best.segmentation().proclitics().length()))) {
                best = new Match(i, j, new Segmentation(pro, stem, ""), found);
            }
            if (j >= tokens.size()) break;
            phrase = phrase + " " + tokens.get(j).norm();
            j++;
        }
        return best;
    }
}
