package org.rasd.core.lexicon;

import java.util.List;

/** Lexicon files failed validation; every problem is listed as {@code file:line: message}. */
public final class LexiconException extends RuntimeException {
    private final List<String> problems;

    public LexiconException(List<String> problems) {
        super(problems.size() == 1 ? problems.get(0) : problems.size() + " lexicon problems:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() { return problems; }
}
