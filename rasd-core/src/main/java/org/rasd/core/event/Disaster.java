package org.rasd.core.event;

/**
 * Rejects an occurrence in a clause about a disaster or an accident (class {@code disaster}: حريق، زلزال، حادث سير،
 * اسطوانة غاز) with no attack word (class {@code attackctx}) before or after the trigger in the clause; an explosion
 * followed by a disaster word (انفجار اسطوانة غاز) is the accident's head, not an attack word.
 */
record Disaster(PhraseSets classes) implements Rejection {
    @Override
    public String reason(RuleContext c) {
        if (!c.entry().anchor()) return null;
        SentenceView s = c.view();
        TriggerMatch t = c.match();
        Clause cl = c.clause();
        int k = classes.find(s, cl.first(), cl.end(), "disaster");
        if (k < 0 || attackWord(s, cl.first(), t.first()) >= 0 || attackWord(s, t.last() + 1, cl.end()) >= 0) return null;
        return "deaths in a disaster or an accident ('" + s.norm(k) + "') with no attack word, not an assault";
    }

    /** The first attack word in [from, to) that is not the head of an accident (an explosion followed by a disaster word), or -1. */
    private int attackWord(SentenceView s, int from, int to) {
        for (int k = classes.find(s, from, to, "attackctx"); k >= 0; k = classes.find(s, k + 1, to, "attackctx")) {
            if (!(k + 1 < s.size() && classes.at(s, k + 1, "disaster"))) return k;
        }
        return -1;
    }
}
