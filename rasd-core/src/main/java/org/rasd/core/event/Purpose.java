package org.rasd.core.event;

/**
 * Rejects an occurrence noun with the preposition لـ and no article (لمهاجمة، لتفجير: to attack, for bombing): a
 * purpose, not an occurrence — unless it is a violent noun (class {@code violence}) after a verb of undergoing
 * (class {@code undergo}) up to four words before it in its clause (تعرض لهجوم).
 */
record Purpose(PhraseSets classes) implements Rejection {
    @Override
    public String reason(RuleContext c) {
        TriggerMatch t = c.match();
        if (!t.entry().anchor() || t.isVerb() || !t.proclitics().endsWith("ل") || t.hasArticle()) return null;
        SentenceView s = c.view();
        if (classes.at(s, t.first(), "violence") && classes.findLast(s, Math.max(c.clause().first(), t.first() - 4), t.first(), "undergo") >= 0) return null;
        return "a purpose (لـ + verbal noun: to attack, for bombing), not an occurrence";
    }
}
