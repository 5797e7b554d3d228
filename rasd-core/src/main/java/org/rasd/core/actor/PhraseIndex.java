package org.rasd.core.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasd.core.lexicon.HashFilter;
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

    /**
     * Everything stored under one key: its entries (by priority), split by article flag once, so that a
     * lookup is one hash probe and allocates nothing. A prefix of a longer phrase has a node without entries.
     */
    private static final class Node {
        final List<Stored> stored = new ArrayList<>(1);
        List<LexEntry> bare = List.of();
        List<LexEntry> withArticle = List.of();

        void add(Stored s) {
            stored.add(s);
            stored.sort((a, b) -> Integer.compare(a.entry().priority(), b.entry().priority()));
            List<LexEntry> b = new ArrayList<>(), w = new ArrayList<>();
            for (Stored x : stored) (x.article() ? w : b).add(x.entry());
            bare = List.copyOf(b);
            withArticle = List.copyOf(w);
        }

        List<LexEntry> entries(boolean article) { return article ? withArticle : bare; }
    }

    /** Phrase keys and every prefix of them (space-joined words): a key absent here continues no phrase. */
    private final Map<String, Node> nodes = new HashMap<>();
    /** Pre-test of the phrases' first words: the stems of every word are tried, and most open no phrase. */
    private final HashFilter firstWords = new HashFilter(8192);
    /** Pre-test of the keys of two words or more, tested before a longer phrase string is built. */
    private final HashFilter longerKeys = new HashFilter(8192);

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
        Node node = nodes.computeIfAbsent(k.key(), x -> new Node());
        List<LexEntry> same = new ArrayList<>(node.entries(k.article()));
        node.add(new Stored(entry, k.article()));
        String key = k.key();
        for (int sp = key.indexOf(' '); sp >= 0; sp = key.indexOf(' ', sp + 1)) {
            String prefix = key.substring(0, sp);
            nodes.computeIfAbsent(prefix, x -> new Node());
            if (prefix.indexOf(' ') >= 0) longerKeys.add(prefix);
        }
        if (key.indexOf(' ') >= 0) longerKeys.add(key);
        int sp = key.indexOf(' ');
        firstWords.add(sp < 0 ? key : key.substring(0, sp));
        return same;
    }

    /** Entries stored for an exact normalised phrase (article flag as written). */
    public List<LexEntry> lookup(String phrase) {
        Key k = keyOf(phrase);
        if (k == null) return List.of();
        return entries(k.key(), k.article());
    }

    private List<LexEntry> entries(String key, boolean article) {
        Node n = nodes.get(key);
        return n == null ? List.of() : n.entries(article);
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
        List<Segmentation> segs = t.segmentations();
        for (int k = 1, n = segs.size(); k < n; k++) { // (the whole word, first, is done; indexed: this runs for every word)
            Segmentation s = segs.get(k);
            if (s.enclitic().isEmpty() && !s.proclitics().isEmpty()) best = longestFrom(tokens, i, s.proclitics(), s.stem(), best);
        }
        return best;
    }

    private Match longestFrom(List<Token> tokens, int i, String pro, String stem, Match best) {
        if (!firstWords.mightContain(stem)) return best;
        boolean article = pro.endsWith("ال") || pro.endsWith("لل");
        String phrase = stem;
        int j = i + 1;
        Node node;
        while ((node = nodes.get(phrase)) != null) {
            List<LexEntry> found = node.entries(article);
            if (!found.isEmpty() && (best == null || j > best.end()
                    || (j == best.end() && pro.length() < best.segmentation().proclitics().length()))) {
                best = new Match(i, j, new Segmentation(pro, stem, ""), found);
            }
            if (j >= tokens.size()) break;
            String next = tokens.get(j).norm();
            if (!longerKeys.mightContainHash(HashFilter.concatHash(phrase, ' ', next))) break; // no key continues so
            phrase = phrase + " " + next;
            j++;
        }
        return best;
    }
}
