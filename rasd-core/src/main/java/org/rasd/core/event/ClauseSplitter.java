package org.rasd.core.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a sentence into clauses at complementisers (أن، إن، بأن، لأن), relative pronouns (الذي، التي ...),
 * clause openers (حيث، بعد أن، بينما ...), and at a colon, semicolon or opening quotation mark. A clause
 * depends on the one before it (a complement belongs to the verb before it). Commas do not split: in this
 * prose they mostly separate appositions.
 */
public final class ClauseSplitter {
    private final PhraseSets cues;

    public ClauseSplitter(PhraseSets cues) { this.cues = cues; }

    public List<Clause> split(SentenceView s) {
        List<Clause> out = new ArrayList<>();
        int start = 0;
        Clause.Kind kind = Clause.Kind.MAIN;
        int[] complementizers = cues.starts(s, "complementizer"), relatives = cues.starts(s, "relative"), openers = cues.starts(s, "opener");
        for (int i = 0; i < s.size(); i++) {
            Clause.Kind k = null;
            int open = i;
            if (s.isPunct(i)) {
                String p = s.norm(i);
                if (p.equals(":") || p.equals("؛") || p.equals(";") || p.equals("\"") || p.equals("«") || p.equals("“")) k = Clause.Kind.QUOTE;
            } else if (i > 0) {
                if (Arrays.binarySearch(complementizers, i) >= 0) k = Clause.Kind.COMPLEMENT;
                else if (Arrays.binarySearch(relatives, i) >= 0) k = Clause.Kind.RELATIVE;
                else if (Arrays.binarySearch(openers, i) >= 0) k = Clause.Kind.OPENER;
            }
            if (k != null && open > start) {
                out.add(new Clause(out.size(), start, open, kind, out.size() - 1));
                start = open;
                kind = k;
            } else if (k != null) {
                kind = k;
            }
        }
        if (start < s.size() || out.isEmpty()) out.add(new Clause(out.size(), start, s.size(), kind, out.size() - 1));
        return out;
    }

    /** The clause holding token {@code i}. */
    public static Clause clauseOf(List<Clause> clauses, int i) {
        for (Clause c : clauses) if (c.contains(i)) return c;
        return clauses.get(clauses.size() - 1);
    }
}
