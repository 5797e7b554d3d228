package org.rasd.core.event;

import java.util.List;

/**
 * The more specific CAMEO code of a trigger: the first class of its entry's {@code refine} list (tried in order)
 * with a word within eight words after the trigger in its clause (احتج لدى → 114 diplomatic protest).
 */
final class CodeRefinement {
    private CodeRefinement() {}

    /**
     * The refined code of a trigger read as a word in its own right (a request's content, a protest under test): the
     * class's word may also be the trigger's own first token. The entry's default code when no class matches.
     */
    static String ofWord(PhraseSets classes, SentenceView s, List<Clause> clauses, TriggerMatch t) {
        Clause c = ClauseSplitter.clauseOf(clauses, t.first());
        for (String cls : t.entry().refineClasses()) {
            if (classes.find(s, t.first(), Math.min(c.end(), t.last() + 9), cls) >= 0) return t.entry().refine().get(cls);
        }
        return t.entry().cameo();
    }

    /**
     * The refining class of a coded trigger, the word looked for after a verb (from the trigger's first token for a
     * noun), or null when none matches.
     */
    static String classOf(PhraseSets classes, SentenceView s, Clause c, TriggerMatch t) {
        for (String cls : t.entry().refineClasses()) {
            int from = t.isVerb() ? t.last() + 1 : t.first();
            if (classes.find(s, from, Math.min(c.end(), t.last() + 9), cls) >= 0) return cls;
        }
        return null;
    }
}
