package org.rasd.core.event;

import java.util.List;
import org.rasd.core.model.Mention;

/**
 * Role repairs of PROTEST events, in this order: with no recipient, the party the protesters address (right after a
 * chant, class {@code chant}: الموت لأمريكا، يسقط النظام; or a demand, class {@code demand}: مطالبين الحكومة التركية بـ);
 * with no actor, the protesters named elsewhere in the sentence ({@link ProtestRules#participants}: خرجت مظاهرات ...
 * واغلق المتظاهرون الشوارع); still with no recipient, the government of the country where the protest took place.
 */
final class ProtestRoles {
    private final PhraseSets classes;
    private final ProtestRules protest;

    ProtestRoles(PhraseSets classes, ProtestRules protest) {
        this.classes = classes;
        this.protest = protest;
    }

    void repair(SentenceView s, EventDraft d) {
        if (!d.is("PROTEST")) return;
        Clause c = d.clause;
        if (d.recipient.isEmpty()) {
            SentenceView.Placed target = target(s, d.actor);
            if (target != null) {
                d.recipient = s.group(target.group());
                d.rule.append(" recipient=the target of the protesters' chant or demand");
            }
        }
        if (d.actor.isEmpty()) {
            SentenceView.Placed who = protest.participants(s, c, d.recipient);
            if (who != null) {
                d.actor = s.group(who.group());
                d.rule.append(" actor=the protesters named in the sentence");
            }
        }
        if (d.recipient.isEmpty()) {
            SentenceView.Placed where = EventAssembly.locationMention(s, c);
            if (where != null && where.mention().country() != null) {
                Mention m0 = where.mention();
                Mention gov = new Mention(m0.start(), m0.end(), m0.text(), m0.sentence(), m0.country(), "COUNTRY", m0.country() + " government",
                        m0.country() + "GOV", m0.country(), "GOV", "implied", "protest-target:government-of-location");
                d.recipient = List.of(new SentenceView.Placed(gov, where.first(), where.last(), where.preposition(), -1));
                d.rule.append(" recipient=the government where the protest took place");
            }
        }
    }

    /** Whom protesters address, anywhere in the sentence, not one of the protesters; null when none. */
    private SentenceView.Placed target(SentenceView s, List<SentenceView.Placed> actor) {
        for (SentenceView.Placed p : s.mentions()) {
            if (p.first() == 0 || actor.contains(p) || p.adjective() || "في".equals(p.preposition())) continue;
            int k = p.first() - 1;
            if (s.isPunct(k) && k > 0) k--;
            if (classes.at(s, k, "chant") || classes.at(s, k, "demand") && p.preposition().isEmpty()) return p;
        }
        return null;
    }
}
