package org.rasd.core.event;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which trigger of a sentence takes which other as its complement: a trigger whose entry is a {@code control} one
 * (طالب بـ، دعا إلى) controls the next trigger when that is a noun in the same clause within four words after it
 * (طالب بالإفراج، دعا إلى وقف إطلاق النار). Indices are positions in the sentence's match list.
 */
record ControlLinks(Map<Integer, Integer> controllerOf, Map<Integer, Integer> complementOf) {
    static ControlLinks of(List<TriggerMatch> matches, List<Clause> clauses) {
        Map<Integer, Integer> controlledBy = new HashMap<>();
        Map<Integer, Integer> embeds = new HashMap<>();
        for (int i = 0; i < matches.size(); i++) {
            TriggerMatch t = matches.get(i);
            if (!t.entry().control()) continue;
            Clause c = ClauseSplitter.clauseOf(clauses, t.first());
            if (i + 1 < matches.size()) {
                TriggerMatch next = matches.get(i + 1);
                if (c.contains(next.first()) && next.first() <= t.last() + 4 && !next.isVerb()) {
                    controlledBy.put(i + 1, i);
                    embeds.put(i, i + 1);
                }
            }
        }
        return new ControlLinks(controlledBy, embeds);
    }

    /** The index of the trigger that controls trigger {@code i}, or null. */
    Integer controller(int i) { return controllerOf.get(i); }

    /** The index of the trigger that is the complement of trigger {@code i}, or null. */
    Integer complement(int i) { return complementOf.get(i); }
}
