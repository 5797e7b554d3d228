package org.rasd.core.lexicon;

import java.util.HashSet;
import java.util.Set;

/**
 * A set of words tested on every token (given names, stop words, speech verbs ...): a {@link HashFilter}
 * answers "no" for most words before the set is probed. Immutable; thread-safe.
 */
public final class FilteredWords {
    private final Set<String> words;
    private final HashFilter filter;

    public FilteredWords(Set<String> words) {
        // a HashSet, not Set.copyOf: its probe compares cached hash codes before calling equals
        this.words = new HashSet<>(words);
        this.filter = HashFilter.of(this.words);
    }

    public boolean contains(String word) { return filter.mightContain(word) && words.contains(word); }
}
