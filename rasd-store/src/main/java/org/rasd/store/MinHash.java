package org.rasd.store;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.rasd.core.text.ArabicNormalizer;

/**
 * MinHash signatures of articles for near-duplicate detection: the text is normalised (the core's Arabic
 * normalisation), cut into words (letters and digits), and the set of word 3-shingles is summarised by
 * {@value #SIZE} minimum hashes (64-bit FNV-1a of the shingle, remixed with one seed per slot, lower 32 bits kept).
 * The share of equal slots estimates the Jaccard similarity of the two shingle sets.
 */
public final class MinHash {
    public static final int SIZE = 64;
    static final int SHINGLE = 3;
    private static final long[] SEEDS = new long[SIZE];

    static {
        long s = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < SIZE; i++) SEEDS[i] = mix(s += 0x9E3779B97F4A7C15L);
    }

    private MinHash() {}

    /** The signature of a text, or null when it has no words. */
    public static int[] of(String text) {
        List<String> words = words(ArabicNormalizer.normalizeString(text));
        if (words.isEmpty()) return null;
        int[] sig = new int[SIZE];
        java.util.Arrays.fill(sig, Integer.MAX_VALUE);
        int n = Math.max(1, words.size() - SHINGLE + 1);
        for (int i = 0; i < n; i++) {
            long h = 0xcbf29ce484222325L;
            for (int k = i; k < Math.min(words.size(), i + SHINGLE); k++) {
                String w = words.get(k);
                for (int j = 0; j < w.length(); j++) {
                    h ^= w.charAt(j);
                    h *= 0x100000001b3L;
                }
                h ^= ' ';
                h *= 0x100000001b3L;
            }
            for (int s = 0; s < SIZE; s++) {
                int v = (int) (mix(h ^ SEEDS[s]) >>> 33); // non-negative 31-bit value
                if (v < sig[s]) sig[s] = v;
            }
        }
        return sig;
    }

    /** The estimated Jaccard similarity of two signatures. */
    public static double similarity(int[] a, int[] b) {
        int eq = 0;
        for (int i = 0; i < SIZE; i++) if (a[i] == b[i]) eq++;
        return eq / (double) SIZE;
    }

    static String encode(int[] sig) {
        if (sig == null) return null;
        ByteBuffer b = ByteBuffer.allocate(SIZE * 4);
        for (int v : sig) b.putInt(v);
        return Base64.getEncoder().encodeToString(b.array());
    }

    static int[] decode(String s) {
        if (s == null) return null;
        ByteBuffer b = ByteBuffer.wrap(Base64.getDecoder().decode(s));
        int[] sig = new int[SIZE];
        for (int i = 0; i < SIZE; i++) sig[i] = b.getInt();
        return sig;
    }

    private static long mix(long z) { // splitmix64 finaliser
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    static List<String> words(String norm) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < norm.length()) {
            while (i < norm.length() && !Character.isLetterOrDigit(norm.charAt(i))) i++;
            int s = i;
            while (i < norm.length() && Character.isLetterOrDigit(norm.charAt(i))) i++;
            if (i > s) out.add(norm.substring(s, i));
        }
        return out;
    }
}
