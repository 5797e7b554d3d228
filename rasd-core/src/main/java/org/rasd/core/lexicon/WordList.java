package org.rasd.core.lexicon;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rasd.core.text.ArabicNormalizer;

/**
 * A set of cue words or phrases (one a line, normalised on load), such as section labels or the
 * function words that cannot end a sentence. Phrases are matched token by token.
 */
public final class WordList {
    private final StringTable entries;
    private final int maxTokens;
    /** The entries' first words (up to the first space), for {@link #mayStartWithWordHash}. */
    private final HashFilter firstWords;

    private WordList(Set<String> entries, int maxTokens) {
        this.entries = new StringTable(entries);
        this.maxTokens = maxTokens;
        this.firstWords = new HashFilter(entries.size());
        for (String e : entries) {
            int space = e.indexOf(' ');
            firstWords.add(space < 0 ? e : e.substring(0, space));
        }
    }

    public static WordList load(LexiconSource source, String name) {
        Set<String> set = new HashSet<>();
        int max = 1;
        List<String> problems = new ArrayList<>();
        for (LexiconSource.Line line : source.lines(name)) {
            String norm = ArabicNormalizer.normalizeString(line.text()).replaceAll("\\s+", " ").strip();
            if (norm.isEmpty()) { problems.add(line.where() + ": empty entry"); continue; }
            if (!set.add(norm)) problems.add(line.where() + ": duplicate entry '" + line.text() + "'");
            max = Math.max(max, norm.split(" ").length);
        }
        if (!problems.isEmpty()) throw new LexiconException(problems);
        return new WordList(set, max);
    }


    /** Whether a normalised word or space-joined phrase is in the list. */
    public boolean contains(String normalized) { return entries.contains(normalized); }

    public int maxTokens() { return maxTokens; }

    /**
     * False when no entry's first word (the entry up to its first space, or all of it) has this
     * {@link String#hashCode()}: lets a caller reject a phrase from its first word's characters before
     * building any String.
     */
    public boolean mayStartWithWordHash(int hash) { return firstWords.mightContainHash(hash); }

    public int size() { return entries.size(); }
}
