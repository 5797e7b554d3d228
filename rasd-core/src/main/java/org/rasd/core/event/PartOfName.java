package org.rasd.core.event;

import java.util.Set;

/**
 * Rejects a trigger inside the name of an organisation, a group or a person (a mention of type ORG, IGO, GROUP or
 * PERSON over its first token: منظمة العفو الدولية); a verb only when a person's name starts with it (طالباني is no
 * form of طالب). Reads the actor stage's mentions.
 */
record PartOfName() implements Rejection {
    /** Mention types that are names: an event noun inside one is part of the name. */
    private static final Set<String> NAMED = Set.of("ORG", "IGO", "GROUP", "PERSON");

    @Override
    public String reason(RuleContext c) {
        TriggerMatch t = c.match();
        SentenceView.Placed p = c.view().mentionAt(t.first());
        if (p == null || !NAMED.contains(p.mention().type())) return null;
        if (t.isVerb() && !(p.first() == t.first() && "PERSON".equals(p.mention().type()))) return null;
        return "part of the name '" + p.mention().text() + "' (منظمة العفو الدولية), not an event";
    }
}
