package org.rasd.core.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasd.core.lexicon.HashFilter;
import org.rasd.core.lexicon.LexiconException;
import org.rasd.core.lexicon.LexiconSource;
import org.rasd.core.text.ArabicNormalizer;

/**
 * Named sets of words and phrases, read from a file of {@code KEY | phrase, phrase, ...} lines
 * (word classes, modality cues). Phrases are normalised and matched token by token on clitic stems,
 * indexed by their first word.
 */
public final class PhraseSets {
    /** A phrase of a set: its words, normalised. */
    public record Phrase(String key, String[] words, String where) {
        public String text() { return String.join(" ", words); }
    }

    private final Map<String, List<Phrase>> byKey;
    /** The phrases opened by one word, longest first, and the number of each one's key. */
    private record Starts(List<Phrase> phrases, int[] keys) {}

    private final Map<String, Starts> byFirstWord = new HashMap<>();
    /** Pre-test of {@code byFirstWord}'s keys (every stem of every token is looked up; few are cues). */
    private final HashFilter firstWords;
    /** Each key's number, for the per-sentence position table. */
    private final Map<String, Integer> keyIds = new HashMap<>();
    /** By key number, a filter of the first words of that key's phrases alone (for {@link #occurs}). */
    private final HashFilter[] firstWordsOfKey;

    private PhraseSets(Map<String, List<Phrase>> byKey) {
        this.byKey = byKey;
        // interned: callers pass literals, which then compare by identity in the lookup
        for (String k : byKey.keySet()) keyIds.put(k.intern(), keyIds.size());
        Map<String, List<Phrase>> idx = new HashMap<>();
        for (List<Phrase> ps : byKey.values()) {
            for (Phrase p : ps) idx.computeIfAbsent(p.words()[0], k -> new ArrayList<>()).add(p);
        }
        idx.values().forEach(l -> l.sort((a, b) -> Integer.compare(b.words().length, a.words().length)));
        idx.forEach((w, ps) -> byFirstWord.put(w, new Starts(List.copyOf(ps), ps.stream().mapToInt(p -> keyIds.get(p.key())).toArray())));
        this.firstWords = HashFilter.of(idx.keySet());
        this.firstWordsOfKey = new HashFilter[keyIds.size()];
        byKey.forEach((k, ps) -> firstWordsOfKey[keyIds.get(k)] = HashFilter.of(ps.stream().map(p -> p.words()[0]).toList()));
    }

    /** Loads a file; keys outside {@code allowed} (when not null) are errors. */
    public static PhraseSets load(LexiconSource src, String file, Set<String> allowed) {
        Map<String, List<Phrase>> map = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (LexiconSource.Line line : src.lines(file)) {
            int bar = line.text().indexOf('|');
            if (bar < 0) { problems.add(line.where() + ": expected 'KEY | phrase, phrase, ...'"); continue; }
            String key = line.text().substring(0, bar).strip();
            if (key.isEmpty()) { problems.add(line.where() + ": empty key"); continue; }
            if (allowed != null && !allowed.contains(key)) { problems.add(line.where() + ": unknown kind '" + key + "', expected one of " + new java.util.TreeSet<>(allowed)); continue; }
            for (String raw : line.text().substring(bar + 1).split("[,،]")) {
                String norm = ArabicNormalizer.normalizeString(raw).strip().replaceAll("\\s+", " ");
                if (norm.isEmpty()) { problems.add(line.where() + ": empty phrase in '" + key + "'"); continue; }
                map.computeIfAbsent(key, k -> new ArrayList<>()).add(new Phrase(key, norm.split(" "), line.where()));
            }
        }
        if (!problems.isEmpty()) throw new LexiconException(problems);
        return new PhraseSets(map);
    }

    public boolean has(String key) { return byKey.containsKey(key); }

    public List<Phrase> phrases(String key) { return byKey.getOrDefault(key, List.of()); }

    public Set<String> keys() { return byKey.keySet(); }

    /** The longest phrase of {@code key} starting at token {@code i}, or null. */
    public Phrase matchAt(SentenceView s, int i, String key) {
        for (String stem : s.stems(i)) {
            Starts st = firstWords.mightContain(stem) ? byFirstWord.get(stem) : null;
            if (st == null) continue;
            for (Phrase p : st.phrases()) {
                if (p.key().equals(key) && s.matchesFrom(i, p.words())) return p;
            }
        }
        return null;
    }

    /** Whether a phrase of {@code key} starts at token {@code i}. */
    public boolean at(SentenceView s, int i, String key) {
        int[] pos = positions(s, key);
        return pos != null && java.util.Arrays.binarySearch(pos, i) >= 0;
    }

    /** The first token index in [from, to) where a phrase of {@code key} starts, or -1. */
    public int find(SentenceView s, int from, int to, String key) {
        int[] pos = positions(s, key);
        if (pos == null) return -1;
        for (int p : pos) if (p >= from && p < to) return p;
        return -1;
    }

    /** The last token index in [from, to) where a phrase of {@code key} starts, or -1. */
    public int findLast(SentenceView s, int from, int to, String key) {
        int[] pos = positions(s, key);
        if (pos == null) return -1;
        for (int k = pos.length - 1; k >= 0; k--) if (pos[k] >= from && pos[k] < to) return pos[k];
        return -1;
    }

    /**
     * Whether a phrase of {@code key} starts in [from, to) (clipped to the sentence), asked before the sentence's
     * positions are needed: when they are computed already it reads them, else it probes only the window's tokens
     * against the first words of this key's phrases, and computes no positions (a screening question, see
     * {@link CandidateScreen}). The same answer as {@code find(s, from, to, key) >= 0}.
     */
    boolean occurs(SentenceView s, int from, int to, String key) {
        Integer id = keyIds.get(key);
        if (id == null) return false;
        from = Math.max(0, from);
        to = Math.min(to, s.size());
        int[][] known = s.memoised(this);
        if (known != null) {
            int[] pos = known[id];
            if (pos != null) for (int p : pos) if (p >= from && p < to) return true;
            return false;
        }
        HashFilter filter = firstWordsOfKey[id];
        for (int i = from; i < to; i++) {
            for (String stem : s.stems(i)) {
                if (!filter.mightContain(stem)) continue;
                Starts st = byFirstWord.get(stem);
                if (st == null) continue;
                int[] ids = st.keys();
                for (int k = 0; k < ids.length; k++) {
                    if (ids[k] == id && s.matchesFrom(i, st.phrases().get(k).words(), 1)) return true;
                }
            }
        }
        return false;
    }

    private static final int[] NOWHERE = {};

    /**
     * Where the phrases of {@code key} start in a sentence, ascending (for a caller that tests many tokens:
     * one lookup instead of one a token). The array is shared: callers must not modify it.
     */
    int[] starts(SentenceView s, String key) {
        int[] pos = positions(s, key);
        return pos == null ? NOWHERE : pos;
    }

    /** Where the phrases of {@code key} start in a sentence, ascending; null when nowhere (or no such key). */
    private int[] positions(SentenceView s, String key) {
        Integer id = keyIds.get(key);
        return id == null ? null : positions(s)[id];
    }

    /**
     * Where each key's phrases start in a sentence (indexed by key number, null for a key found nowhere):
     * one pass of hash lookups, memoised on the sentence.
     */
    private int[][] positions(SentenceView s) {
        return s.memo(this, computePositions);
    }

    /** One function object for the memo (a lambda capturing the sentence would be allocated on every query). */
    private final java.util.function.Function<SentenceView, int[][]> computePositions = this::computePositions;

    private int[][] computePositions(SentenceView s) {
        int[][] acc = new int[keyIds.size()][];
        int[] count = new int[keyIds.size()];
        for (int i = 0; i < s.size(); i++) {
            for (String stem : s.stems(i)) {
                if (!firstWords.mightContain(stem)) continue;
                Starts st = byFirstWord.get(stem);
                if (st == null) continue;
                List<Phrase> ps = st.phrases();
                int[] ids = st.keys();
                for (int k = 0; k < ps.size(); k++) {
                    // the first word is this stem (the index's key): match the rest only
                    if (!s.matchesFrom(i, ps.get(k).words(), 1)) continue;
                    int id = ids[k];
                    int[] l = acc[id];
                    int c = count[id];
                    if (c > 0 && l[c - 1] == i) continue;
                    if (l == null) l = acc[id] = new int[4];
                    else if (c == l.length) l = acc[id] = java.util.Arrays.copyOf(l, c * 2);
                    l[c] = i;
                    count[id] = c + 1;
                }
            }
        }
        for (int id = 0; id < acc.length; id++) if (acc[id] != null) acc[id] = java.util.Arrays.copyOf(acc[id], count[id]);
        return acc;
    }
}
