package org.rasd.core.event;

/**
 * Rejects an event noun that is the topic of another action: right after a word of class {@code topic-head}, or
 * after one and a preposition (الالتفاف على العقوبات، تمويل الحرب، مكافحة الإرهاب) — no occurrence.
 */
record TopicOfAction(PhraseSets classes) implements Rejection {
    @Override
    public String reason(RuleContext c) {
        TriggerMatch t = c.match();
        if (t.isVerb() || t.first() == 0) return null;
        SentenceView s = c.view();
        int i = t.first();
        if (!classes.at(s, i - 1, "topic-head") && !(i > 1 && classes.at(s, i - 2, "topic-head") && Frame.preposition(s.norm(i - 1)) != null)) return null;
        return "the topic of another action ('" + s.norm(i - 1) + "' + the event noun: الالتفاف على العقوبات، تمويل الحرب), not an occurrence";
    }
}
