package org.rasd.core.event;

/**
 * Rejects a trigger used figuratively when its entry has no figurative reading: an entry with {@code literal:CLASS}
 * and no {@code figurative:} code needs a word of that class (a bomb, a casualty, armed men) somewhere in the
 * sentence — انفجر بالضحك، تفجر الخلاف are no explosion. An entry with a figurative code is not rejected but recoded
 * ({@link #readFiguratively}: هاجم الحزب → 111 criticize).
 */
record Figurative(PhraseSets classes) implements Rejection {
    @Override
    public String reason(RuleContext c) {
        TriggerEntry e = c.entry();
        if (e.literal() == null || e.figurative() != null) return null;
        SentenceView s = c.view();
        if (classes.find(s, 0, s.size(), e.literal()) >= 0) return null;
        return "used figuratively: no '" + e.literal() + "' word (a bomb, a casualty, armed men) in the sentence (انفجر بالضحك، تفجر الخلاف)";
    }

    /** Whether a trigger with a figurative reading (هاجم → criticize) is used figuratively: no literal-class word in its sentence. */
    static boolean readFiguratively(PhraseSets classes, SentenceView s, TriggerMatch t) {
        return t.entry().figurative() != null && classes.find(s, 0, s.size(), t.entry().literal()) < 0;
    }
}
