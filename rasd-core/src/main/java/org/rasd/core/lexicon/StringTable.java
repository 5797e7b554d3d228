package org.rasd.core.lexicon;

import java.util.Collection;

/**
 * An immutable set of strings by open addressing: the probe reads a compact array of hash codes and
 * touches a key only when its hash code is the one asked for, where a {@code HashMap} follows a node, then
 * the key, for every probe (each a likely cache miss in a large lexicon). Thread-safe once built.
 */
final class StringTable {
    /** The stored hash of each slot ({@link #stored}); 0 marks an empty slot. */
    private final int[] hashes;
    private final String[] keys;
    private final int mask;
    private final int size;

    StringTable(Collection<String> words) {
        int cap = 4;
        while (cap < words.size() * 2L) cap <<= 1; // load factor at most one half: probes stay short
        hashes = new int[cap];
        keys = new String[cap];
        mask = cap - 1;
        int n = 0;
        for (String w : words) {
            int h = stored(w.hashCode());
            int i = spread(h) & mask;
            boolean present = false;
            for (; hashes[i] != 0; i = (i + 1) & mask) {
                if (hashes[i] == h && keys[i].equals(w)) { present = true; break; }
            }
            if (present) continue;
            hashes[i] = h;
            keys[i] = w;
            n++;
        }
        size = n;
    }

    boolean contains(String s) {
        int h = stored(s.hashCode());
        for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
            int x = hashes[i];
            if (x == 0) return false;
            if (x == h && keys[i].equals(s)) return true;
        }
    }

    int size() { return size; }

    /** The hash code as stored: 0 is kept for empty slots (a key whose hash is 0 is stored as 1; equals decides). */
    private static int stored(int h) { return h == 0 ? 1 : h; }

    private static int spread(int h) { return h ^ (h >>> 16); }
}
