package org.rasd.core.event;

/**
 * Rejects a trigger whose entry says {@code needs:CLASS} when no word of that class stands within eight words after
 * it or six before it in its clause (a protest verb with an object pronoun, وقاطعتها المعارضة, finds its object
 * anywhere before it in the sentence). Reads the class the entry names.
 */
record NeedsWord(PhraseSets classes) implements Rejection {
    @Override
    public String reason(RuleContext c) {
        String needs = c.entry().needs();
        if (needs == null) return null;
        SentenceView s = c.view();
        TriggerMatch t = c.match();
        Clause cl = c.clause();
        if (classes.find(s, t.last() + 1, Math.min(cl.end(), t.last() + 9), needs) >= 0) return null;
        int lookBack = t.isVerb() && !t.enclitic().isEmpty() && c.protest() ? 0 : Math.max(cl.first(), t.first() - 6);
        if (classes.find(s, lookBack, t.first(), needs) >= 0) return null;
        return "needs a '" + needs + "' word near it in its clause";
    }
}
