package org.rasd.core.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasd.core.lexicon.HashFilter;
import org.rasd.core.text.ArabicNormalizer;
import org.rasd.core.text.CliticSegmenter;
import org.rasd.core.text.NormalizedText;
import org.rasd.core.text.Segmentation;
import org.rasd.core.text.Token;
import org.rasd.core.text.Tokenizer;

/**
 * Phrases of the lexicon keyed by their normalised tokens, with a leading article ال taken off the first
 * token and kept as a flag, so that والولايات، للولايات، بالمغرب find الولايات المتحدة and المغرب through
 * the clitic segmentation that the lexicon confirms. Phrases are a trie of words: a match walks it token by
 * token and stops as soon as no phrase can continue. Immutable once built; thread-safe.
 */
public final class PhraseIndex {
    /** A stored phrase: its entry and whether its first word carries the article. */
    public record Stored(LexEntry entry, boolean article) {}

    /** A match: tokens [first, end) of the sentence, the segmentation of the first token, the entries. */
    public record Match(int first, int end, Segmentation segmentation, List<LexEntry> entries) {
        public LexEntry best() { return entries.get(0); }
    }

    /**
     * A node of the word trie: the entries stored under the phrase spelled by the path to it (by priority), split
     * by article flag once, so that a lookup allocates nothing; and the nodes one word longer, by that word. A
     * prefix of a longer phrase has a node without entries.
     */
    private static final class Node {
        final List<Stored> stored = new ArrayList<>(1);
        List<LexEntry> bare = List.of();
        List<LexEntry> withArticle = List.of();
        /** The next words of longer phrases (null when none: most phrases are one word). */
        Map<String, Node> next;

        void add(Stored s) {
            stored.add(s);
            stored.sort((a, b) -> Integer.compare(a.entry().priority(), b.entry().priority()));
            List<LexEntry> b = new ArrayList<>(), w = new ArrayList<>();
            for (Stored x : stored) (x.article() ? w : b).add(x.entry());
            bare = List.copyOf(b);
            withArticle = List.copyOf(w);
        }

        List<LexEntry> entries(boolean article) { return article ? withArticle : bare; }

        Node child(String word) { return next == null ? null : next.get(word); }

        Node childOrNew(String word) {
            if (next == null) next = new HashMap<>(4);
            return next.computeIfAbsent(word, x -> new Node());
        }
    }

    /**
     * The phrases as a trie of words, by first word: matching walks it with the tokens' own strings (whose hash
     * codes are computed once and cached), so no phrase string is built or hashed while a sentence is read.
     */
    private final Map<String, Node> roots = new HashMap<>();
    /** Pre-test of the phrases' first words: the stems of every word are tried, and most open no phrase. */
    private final HashFilter firstWords = new HashFilter(8192);

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
        String key = k.key();
        int sp = key.indexOf(' ');
        String first = sp < 0 ? key : key.substring(0, sp);
        Node node = roots.computeIfAbsent(first, x -> new Node());
        while (sp >= 0) {
            int to = key.indexOf(' ', sp + 1);
            node = node.childOrNew(key.substring(sp + 1, to < 0 ? key.length() : to));
            sp = to;
        }
        List<LexEntry> same = new ArrayList<>(node.entries(k.article()));
        node.add(new Stored(entry, k.article()));
        firstWords.add(first);
        return same;
    }

    /** Entries stored for an exact normalised phrase (article flag as written). */
    public List<LexEntry> lookup(String phrase) {
        Key k = keyOf(phrase);
        if (k == null) return List.of();
        return entries(k.key(), k.article());
    }

    private List<LexEntry> entries(String key, boolean article) {
        Node n = node(key);
        return n == null ? List.of() : n.entries(article);
    }

    /** The trie node of a key (space-joined words), or null. */
    private Node node(String key) {
        int sp = key.indexOf(' ');
        Node n = roots.get(sp < 0 ? key : key.substring(0, sp));
        while (n != null && sp >= 0) {
            int to = key.indexOf(' ', sp + 1);
            n = n.child(key.substring(sp + 1, to < 0 ? key.length() : to));
            sp = to;
        }
        return n;
    }

    /**
     * The longest phrase starting at token {@code i}: the first token is read through each of its
     * proclitic segmentations (no enclitic), the following tokens as written. Null when none.
     */
    public Match longestAt(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.isWord()) return null;
        String word = t.norm();
        Match best = firstWords.mightContain(word) ? longestFrom(tokens, i, "", word, null) : null;
        // The readings with proclitics and no enclitic (CliticSegmenter.proclitics) leave stems that are suffixes of
        // the word: their String hash codes come from one backward pass over it, and a stem string is made only when
        // the first-word filter lets its hash pass (most do not). Each proclitic string is a different prefix of the
        // word, so the order of the tries does not change the result.
        List<String> pros = CliticSegmenter.proclitics(word);
        int n = pros.size();
        if (n == 0) return best;
        int shortest = word.length();
        for (int k = 0; k < n; k++) shortest = Math.min(shortest, pros.get(k).length());
        int h = 0, pw = 1;
        for (int at = word.length() - 1; at >= shortest; at--) {
            h += word.charAt(at) * pw;
            pw *= 31;
            for (int k = 0; k < n; k++) {
                String pro = pros.get(k);
                if (pro.length() == at && firstWords.mightContainHash(h)) best = longestFrom(tokens, i, pro, word.substring(at), best);
            }
        }
        return best;
    }

    /** The longest phrase at token {@code i} read as {@code pro} + {@code stem} (its first word passed the filter). */
    private Match longestFrom(List<Token> tokens, int i, String pro, String stem, Match best) {
        boolean article = pro.endsWith("ال") || pro.endsWith("لل");
        int j = i + 1;
        Node node = roots.get(stem);
        while (node != null) {
            List<LexEntry> found = node.entries(article);
            if (!found.isEmpty() && (best == null || j > best.end()
                    || (j == best.end() && pro.length() < best.segmentation().proclitics().length()))) {
                best = new Match(i, j, new Segmentation(pro, stem, ""), found);
            }
            if (j >= tokens.size()) break;
            node = node.child(tokens.get(j).norm());
            j++;
        }
        return best;
    }
}
