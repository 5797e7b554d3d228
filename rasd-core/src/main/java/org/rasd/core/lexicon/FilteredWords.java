package org.rasd.core.lexicon;

import java.util.Set;

/**
 * A set of words tested on every token (given names, stop words, speech verbs ...): a {@link HashFilter}
 * answers "no" for most words before the set is probed. Immutable; thread-safe.
 */
public final class FilteredWords {
    private final StringTable words;
    private final HashFilter filter;

    public FilteredWords(Set<String> words) {
        this.words = new StringTable(words);
        this.filter = HashFilter.of(words);
    }

    public boolean contains(String word) { return filter.mightContain(word) && words.contains(word); }
}
