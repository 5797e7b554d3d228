package org.rasd.core.event;

/**
 * Rejects an ASSAULT occurrence on "any" one: a word of class {@code generic-object} (أي) right after the trigger
 * in its clause — خطف أي أجنبي is a threat or a policy, not an act done.
 */
record GenericObject(PhraseSets classes) implements Rejection {
    @Override
    public String reason(RuleContext c) {
        TriggerMatch t = c.match();
        if (!t.entry().anchor() || t.last() + 1 >= c.clause().end() || !classes.at(c.view(), t.last() + 1, "generic-object") || !c.assault()) return null;
        return "an act on 'any' one ('" + c.view().surface(t.first(), t.last() + 2) + "': خطف أي أجنبي), a threat or a policy, not an act done";
    }
}
