package org.rasd.core.actor;

/**
 * The "deletion neighbourhood" of name keys, as hash codes: a key's own hash and the hash of every key one letter
 * shorter made from it by deleting one letter. Two keys within edit distance one ({@link NameVariantKey#similar})
 * always share one of these hashes (equal keys their own; a substitution at i, the deletion at i from both; an
 * insertion, the longer key's deletion and the shorter key), so a key that shares none with a set of keys is
 * certainly no variant of any of them: a handful of multiplications instead of an edit distance per candidate,
 * and no string built. Sharing one is only a hint (hashes collide); callers confirm with {@code similar}.
 */
final class VariantNeighbourhood {
    private VariantNeighbourhood() {}

    /** The number of hashes of a key of {@code n} letters: its own and one per deleted letter. */
    static int count(int n) { return n + 1; }

    /**
     * Hash {@code h} of the neighbourhood of {@code key[0, n)}: {@code h == 0} the key itself, {@code h == i + 1} the
     * key without its letter {@code i}.
     */
    static int hash(char[] key, int n, int h) {
        int skip = h - 1, r = n - (h == 0 ? 0 : 1);
        for (int i = 0; i < n; i++) if (i != skip) r = 31 * r + key[i];
        return r;
    }

    /** The same for a key held in a string. */
    static int hash(String key, int h) { return hash(key.toCharArray(), key.length(), h); }

    /** A growable set of neighbourhood hashes (open addressing; 0 is stored as 1, which only adds a collision). */
    static final class HashSet {
        private int[] table = new int[64];
        private int size;

        void addKey(String key) {
            char[] k = key.toCharArray();
            for (int h = 0; h < count(k.length); h++) add(hash(k, k.length, h));
        }

        /** Whether {@code key[0, n)} shares a neighbourhood hash with a key of the set. */
        boolean mightHaveVariant(char[] key, int n) {
            if (size == 0) return false;
            for (int h = 0; h < count(n); h++) if (contains(hash(key, n, h))) return true;
            return false;
        }

        private void add(int x) {
            if (x == 0) x = 1;
            if ((size + 1) * 2 > table.length) grow();
            int m = table.length - 1;
            for (int i = mix(x) & m; ; i = (i + 1) & m) {
                if (table[i] == x) return;
                if (table[i] == 0) { table[i] = x; size++; return; }
            }
        }

        private boolean contains(int x) {
            if (x == 0) x = 1;
            int m = table.length - 1;
            for (int i = mix(x) & m; ; i = (i + 1) & m) {
                if (table[i] == x) return true;
                if (table[i] == 0) return false;
            }
        }

        private void grow() {
            int[] old = table;
            table = new int[old.length * 2];
            size = 0;
            for (int x : old) if (x != 0) add(x);
        }

        private static int mix(int h) { return (h ^ (h >>> 16)) * 0x45d9f3b; }
    }
}
