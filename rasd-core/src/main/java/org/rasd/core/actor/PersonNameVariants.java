package org.rasd.core.actor;

import java.util.Arrays;
import java.util.List;

/**
 * The variant keys of the lexicon persons' names of one word count ({@link ActorLexicon#personNameKeys}), indexed
 * by the {@link VariantNeighbourhood} of their last word: a name every word of which is a variant of a query's
 * must share a neighbourhood hash of its surname with the query's, so only the few names that do are compared
 * word by word, instead of every name of the lexicon. Answers exactly as a scan of the list in its order would.
 * Immutable; thread-safe.
 */
final class PersonNameVariants {
    private final List<List<String>> names;
    /** (neighbourhood hash of the last word's key << 32) | position in {@code names}, sorted. */
    private final long[] byHash;

    PersonNameVariants(List<List<String>> names) {
        this.names = names;
        int count = 0;
        for (List<String> n : names) count += VariantNeighbourhood.count(last(n).length());
        long[] h = new long[count];
        int k = 0;
        for (int pos = 0; pos < names.size(); pos++) {
            String last = last(names.get(pos));
            for (int i = 0; i < VariantNeighbourhood.count(last.length()); i++)
                h[k++] = (long) VariantNeighbourhood.hash(last, i) << 32 | pos;
        }
        Arrays.sort(h);
        this.byHash = h;
    }

    /**
     * The first name of the list (in its order) whose first word's key differs in length by one at most from
     * the query's and that {@link ArticlePersons#sameName} takes for the same name, or null.
     */
    List<String> firstVariant(List<String> keys) {
        char[] q = last(keys).toCharArray();
        int[] candidates = new int[8];
        int n = 0;
        for (int i = 0; i < VariantNeighbourhood.count(q.length); i++) {
            long h = (long) VariantNeighbourhood.hash(q, q.length, i) << 32;
            for (int at = lowerBound(h); at < byHash.length && (byHash[at] & 0xFFFFFFFF00000000L) == h; at++) {
                if (n == candidates.length) candidates = Arrays.copyOf(candidates, n * 2);
                candidates[n++] = (int) byHash[at];
            }
        }
        Arrays.sort(candidates, 0, n);
        int firstLength = keys.get(0).length();
        for (int c = 0; c < n; c++) {
            List<String> other = names.get(candidates[c]);
            if (Math.abs(other.get(0).length() - firstLength) > 1) continue;
            if (ArticlePersons.sameName(other, keys)) return other;
        }
        return null;
    }

    private int lowerBound(long h) {
        int lo = 0, hi = byHash.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (byHash[mid] < h) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private static String last(List<String> words) { return words.get(words.size() - 1); }
}
