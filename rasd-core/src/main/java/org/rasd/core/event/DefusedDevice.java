package org.rasd.core.event;

/**
 * Rejects an occurrence noun that is a device (class {@code device}: عبوة، قنبلة، لغم) found or defused: a word of
 * class {@code defuse} (فكك، أبطل، عثر على) up to six words before it in its clause — فككت الشرطة عبوة is no attack.
 */
record DefusedDevice(PhraseSets classes) implements Rejection {
    @Override
    public String reason(RuleContext c) {
        TriggerMatch t = c.match();
        SentenceView s = c.view();
        if (!t.entry().anchor() || t.isVerb() || !classes.at(s, t.first(), "device")) return null;
        int found = classes.findLast(s, Math.max(c.clause().first(), t.first() - 6), t.first(), "defuse");
        return found < 0 ? null : "a device found or defused ('" + s.norm(found) + "': فككت الشرطة عبوة), not an attack";
    }
}
