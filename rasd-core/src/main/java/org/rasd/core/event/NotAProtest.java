package org.rasd.core.event;

/**
 * Rejects a PROTEST trigger (after its refinement: احتجت ... لدى is the diplomatic protest 114, not checked here)
 * that {@link ProtestRules#reject} finds is no demonstration: a protest against a decision by an official, the
 * detail of a protest reported before, the repression of protesters ... (see ProtestRules for the classes it reads).
 */
record NotAProtest(PhraseSets classes, ProtestRules protest) implements Rejection {
    @Override
    public String reason(RuleContext c) {
        TriggerEntry e = c.entry();
        if (!c.protest() && !refinesToProtest(c, e)) return null; // cheap gate: no code the entry may take is a protest
        if (!"PROTEST".equals(c.categoryOf(CodeRefinement.ofWord(classes, c.view(), c.clauses(), c.match())))) return null;
        return protest.reject(c.view(), c.clause(), c.match());
    }

    private static boolean refinesToProtest(RuleContext c, TriggerEntry e) {
        for (String code : e.refine().values()) if ("PROTEST".equals(c.categoryOf(code))) return true;
        return false;
    }
}
