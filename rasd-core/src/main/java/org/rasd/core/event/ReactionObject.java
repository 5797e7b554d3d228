package org.rasd.core.event;

/**
 * Rejects an occurrence that is the object of a reaction: a verb of class {@code reference-verb} (أدان، استنكر، ندد)
 * within two words before it in its clause, or up to eight words before it past the verb's subject and a time
 * (أدان الحزب المعارض أمس عملية الخطف) unless the clause is a relative one. The clause ends at a complementizer or a
 * relative pronoun, so a report after أن or الذي is not reached.
 */
record ReactionObject(PhraseSets classes) implements Rejection {
    /** How far (in words) after a verb of reaction its object may stand, past its subject and a time. */
    private static final int REACH = 8;

    @Override
    public String reason(RuleContext c) {
        if (!c.entry().anchor()) return null;
        int verb = reactionVerb(c.view(), c.clause(), c.match());
        return verb < 0 ? null : "the object of a reaction ('" + c.view().norm(verb) + "': أدان الهجوم), a reference to an event, not a report of one";
    }

    /** The reaction verb before the trigger in its clause, or -1. */
    private int reactionVerb(SentenceView s, Clause c, TriggerMatch t) {
        int near = classes.findLast(s, Math.max(c.first(), t.first() - 2), t.first(), "reference-verb");
        if (near >= 0) return near;
        int far = classes.findLast(s, Math.max(c.first(), t.first() - REACH), t.first(), "reference-verb");
        return far >= 0 && c.kind() != Clause.Kind.RELATIVE ? far : -1;
    }
}
