package org.rasd.core.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    private final Map<String, List<Phrase>> byFirstWord;

    private PhraseSets(Map<String, List<Phrase>> byKey) {
        this.byKey = byKey;
        Map<String, List<Phrase>> idx = new HashMap<>();
        for (List<Phrase> ps : byKey.values()) {
            for (Phrase p : ps) idx.computeIfAbsent(p.words()[0], k -> new ArrayList<>()).add(p);
        }
        idx.values().forEach(l -> l.sort((a, b) -> Integer.compare(b.words().length, a.words().length)));
        this.byFirstWord = idx;
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
            List<Phrase> ps = byFirstWord.get(stem);
            if (ps == null) continue;
            for (Phrase p : ps) {
                if (p.key().equals(key) && s.matchesFrom(i, p.words())) return p;
            }
        }
        return null;
    }

    /** Whether a phrase of {@code key} starts at token {@code i}. */
    public boolean at(SentenceView s, int i, String key) {
        int[] pos = positions(s).get(key);
        return pos != null && java.util.Arrays.binarySearch(pos, i) >= 0;
    }

    /** The first token index in [from, to) where a phrase of {@code key} starts, or -1. */
    public int find(SentenceView s, int from, int to, String key) {
        int[] pos = positions(s).get(key);
        if (pos == null) return -1;
        for (int p : pos) if (p >= from && p < to) return p;
        return -1;
    }

    /** The last token index in [from, to) where a phrase of {@code key} starts, or -1. */
    public int findLast(SentenceView s, int from, int to, String key) {
        int[] pos = positions(s).get(key);
        if (pos == null) return -1;
        for (int k = pos.length - 1; k >= 0; k--) if (pos[k] >= from && pos[k] < to) return pos[k];
        return -1;
    }

    /** Where each key's phrases start in a sentence: one pass of hash lookups, memoised on the sentence. */
    private Map<String, int[]> positions(SentenceView s) {
        return s.memo(this, () -> {
            Map<String, List<Integer>> acc = new HashMap<>();
            for (int i = 0; i < s.size(); i++) {
                for (String stem : s.stems(i)) {
                    List<Phrase> ps = byFirstWord.get(stem);
                    if (ps == null) continue;
                    for (Phrase p : ps) {
                        // the first word is this stem (the index's key): match the rest only; no list for a key until it matches
                        if (!s.matchesFrom(i, p.words(), 1)) continue;
                        List<Integer> l = acc.computeIfAbsent(p.key(), k -> new ArrayList<>());
                        if (l.isEmpty() || l.get(l.size() - 1) != i) l.add(i);
                    }
                }
            }
            Map<String, int[]> out = new HashMap<>();
            acc.forEach((k, l) -> { if (!l.isEmpty()) out.put(k, l.stream().mapToInt(Integer::intValue).toArray()); });
            return out;
        });
    }
}
