package org.rasd.core.event;

/**
 * Rejects an occurrence trigger that is part of a time expression: a word of class {@code recent-time} followed by
 * another (فجر أمس is dawn yesterday, not an explosion).
 */
record TimeExpression(PhraseSets classes) implements Rejection {
    @Override
    public String reason(RuleContext c) {
        TriggerMatch t = c.match();
        SentenceView s = c.view();
        if (!t.entry().anchor() || !classes.at(s, t.first(), "recent-time") || t.last() + 1 >= s.size() || !classes.at(s, t.last() + 1, "recent-time")) return null;
        return "a time expression ('" + s.surface(t.first(), t.last() + 2) + "': فجر أمس is dawn yesterday), not an event";
    }
}
