package org.rasd.core.event;

import java.util.Map;
import org.rasd.core.lexicon.HashFilter;

/**
 * An immutable map from a phrase's first word to what it opens, probed with every clitic stem of every token.
 * A {@link HashFilter} bit test rejects most stems; the few that pass probe an open-addressing table whose slots'
 * hash codes sit in one {@code int[]}, so a key is compared only on an equal hash (a {@code HashMap} follows a
 * node and then its key for every probe). Thread-safe once built.
 */
final class FirstWordTable<V> {
    private final HashFilter filter;
    /** The stored hash of each slot ({@link #stored}); 0 marks an empty slot. */
    private final int[] hashes;
    private final String[] keys;
    private final Object[] values;
    private final int mask;
    private final int size;

    FirstWordTable(Map<String, V> map) {
        int cap = 4;
        while (cap < map.size() * 2L) cap <<= 1; // load factor at most one half: probes stay short
        hashes = new int[cap];
        keys = new String[cap];
        values = new Object[cap];
        mask = cap - 1;
        for (Map.Entry<String, V> e : map.entrySet()) {
            String k = e.getKey();
            int h = stored(k.hashCode());
            int i = spread(h) & mask;
            while (hashes[i] != 0) i = (i + 1) & mask; // a Map's keys are distinct
            hashes[i] = h;
            keys[i] = k;
            values[i] = e.getValue();
        }
        size = map.size();
        filter = HashFilter.of(map.keySet());
    }

    /** The value of {@code word}, or null. */
    @SuppressWarnings("unchecked")
    V get(String word) {
        int h0 = word.hashCode();
        if (!filter.mightContainHash(h0)) return null;
        int h = stored(h0);
        for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
            int x = hashes[i];
            if (x == 0) return null;
            if (x == h && keys[i].equals(word)) return (V) values[i];
        }
    }

    int size() { return size; }

    /** The hash code as stored: 0 is kept for empty slots (a key whose hash is 0 is stored as 1; equals decides). */
    private static int stored(int h) { return h == 0 ? 1 : h; }

    private static int spread(int h) { return h ^ (h >>> 16); }
}
