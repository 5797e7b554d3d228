package org.rasd.core.event;

/**
 * Rejects an occurrence noun (هجوم، انفجار، مظاهرة) with no anchor next to it — four words before it (six for a
 * protest) to five after it in its clause: no number, time or casualty word, no verb of happening (class
 * {@code anchor}, {@code happen}: وقع، أسفر، استهدف), no protesters (a protest), no light verb performing it (قام بـ،
 * تم), no verb of undergoing governing it (تعرض لهجوم), and no device right after it (class {@code device}: انفجار
 * عبوة). Such a noun names an act, it does not report one. See {@link OccurrenceEvidence}.
 */
record UnanchoredNoun(PhraseSets classes, OccurrenceEvidence evidence) implements Rejection {
    @Override
    public String reason(RuleContext c) {
        TriggerMatch t = c.match();
        if (!t.entry().anchor() || t.isVerb()) return null;
        SentenceView s = c.view();
        Clause cl = c.clause();
        if (evidence.performed(s, cl, t)) return null;
        boolean protest = c.protest();
        if (evidence.anchored(s, Math.max(cl.first(), t.first() - (protest ? 6 : 4)), Math.min(cl.end(), t.last() + 6), protest)) return null;
        if (evidence.governedByOccurrence(s, cl, t) || t.last() + 1 < cl.end() && classes.at(s, t.last() + 1, "device")) return null;
        return "a violent or protest noun is an occurrence only with an anchor next to it (a time, a number, a casualty word, a verb of happening such as وقع، أسفر، استهدف, or the device that exploded: انفجار عبوة); otherwise it is a reference";
    }
}
