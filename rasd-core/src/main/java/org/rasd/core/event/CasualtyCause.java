package org.rasd.core.event;

import java.util.ArrayList;
import java.util.List;

/**
 * Who did it when a casualty is reported with its cause (a passive report): the victims stand before the casualty
 * word and the attacker is a party of the attack phrase after it.
 * <ul>
 *   <li>A casualty verb (class {@code casualty-verb}) with no object, followed by a cause phrase (class
 *       {@code cause-head} + class {@code attack-cause}: في ضربة، لدى إلقاء، جراء قصف، بتفجير): its subject before it
 *       is the victim (13 شخصا قتلوا في ضربة جوية أميركية: were killed), not the actor;</li>
 *   <li>an attack noun after a cause head whose subject found before it follows a casualty word (classes
 *       {@code casualty-verb}, {@code casualty-noun}): مقتل 12 سوريا في قصف — the subject is the victim;</li>
 *   <li>in both, and for any casualty event with no actor, the attacker is the attack phrase's party: a relational
 *       adjective (ضربة جوية أميركية → the United States), a genitive (إلقاء مروحيات النظام السوري), or a party after
 *       an agent marker (بنيران الجيش); it leaves the recipient if it was there. A party after على is the target.</li>
 * </ul>
 */
final class CasualtyCause {
    /** How far after the casualty word a cause phrase is looked for, and after the attack word its party. */
    static final int HEAD_WINDOW = 5, PARTY_WINDOW = 5;
    /** How near before a casualty verb its subject stands to be read as the victim (12 سوريا قتلوا). */
    static final int NEAR = 4;

    private final PhraseSets classes;

    CasualtyCause(PhraseSets classes) { this.classes = classes; }

    void repair(SentenceView s, EventDraft d) {
        if (!d.is("ASSAULT")) return;
        TriggerMatch t = d.trigger;
        Clause c = d.clause;
        int attack;
        boolean passive;
        if (t.isVerb()) {
            if (!classes.at(s, t.first(), "casualty-verb")) return;
            attack = attackAfter(s, c, t.last() + 1);
            if (attack < 0) return;
            passive = !d.actor.isEmpty() && allBefore(d.actor, t.first()) && noObjectBetween(s, t.last() + 1, attack);
        } else {
            // an attack noun reports a casualty's cause only after a casualty word of its clause (استهدف طيران
            // التحالف بغارات مواقع الحوثي: no casualty, the genitive after is the target)
            if (!causeHeadBefore(s, t.first()) || !classes.at(s, t.first(), "attack-cause")
                    || classes.find(s, c.first(), t.first(), "casualty-verb") < 0 && classes.find(s, c.first(), t.first(), "casualty-noun") < 0) return;
            attack = t.first();
            passive = !d.actor.isEmpty() && allBefore(d.actor, t.first()) && casualtyBefore(s, c, d.actor.get(0).first());
        }
        List<SentenceView.Placed> attacker = attackerAfter(s, c, attack + 1);
        if (passive) {
            if (d.actor.stream().anyMatch(attacker::contains)) return;
            // the subject of a passive casualty is its victim; one far before the verb is no sure victim: dropped
            boolean near = !t.isVerb() || d.actor.get(d.actor.size() - 1).last() >= t.first() - NEAR;
            List<SentenceView.Placed> recipient = new ArrayList<>();
            if (near) {
                recipient.addAll(d.actor);
                for (SentenceView.Placed p : d.recipient) if ("على".equals(p.preposition()) && !recipient.contains(p)) recipient.add(p);
            } else {
                for (SentenceView.Placed p : d.recipient) if (!attacker.contains(p)) recipient.add(p);
            }
            d.recipient = List.copyOf(recipient);
            d.actor = attacker;
            d.rule.append(near ? " (casualty before its cause: the subject is the victim" : " (casualty before its cause: no subject is its actor")
                    .append("; actor=").append(attacker.isEmpty() ? "-" : "the attack's party").append(')');
        } else if (d.actor.isEmpty() && !attacker.isEmpty()) {
            d.actor = attacker;
            d.recipient = d.recipient.stream().filter(p -> !attacker.contains(p)).toList();
            d.rule.append(" actor=the attack's party (cause of the casualty)");
        }
    }

    /** The attack word of a cause phrase starting within the window after {@code from}, or -1. */
    private int attackAfter(SentenceView s, Clause c, int from) {
        int to = Math.min(c.end(), from + HEAD_WINDOW);
        for (int k = from; k < to; k++) {
            if (s.isPunct(k)) return -1;
            if (classes.at(s, k, "attack-cause") && causeHeadBefore(s, k)) return k;
            if (classes.at(s, k, "cause-head")) {
                // في هجوم، في حادث إطلاق نار: the attack word right after the head or one word later
                for (int a = k + 1; a <= k + 2 && a < c.end(); a++) if (classes.at(s, a, "attack-cause")) return a;
            }
        }
        return -1;
    }

    /** Whether the word at k is governed by a cause head: one right before it, or a بـ on it (بتفجير، بقصف). */
    private boolean causeHeadBefore(SentenceView s, int k) {
        if (k > 0 && classes.at(s, k - 1, "cause-head")) return true;
        String w = s.norm(k);
        return w.length() > 3 && w.startsWith("ب") && s.hasStem(k, w.substring(1));
    }

    /**
     * The party of the attack phrase starting at {@code from} (right after the attack word): a party
     * of known country that is an adjective of the attack word (after adjectives only: ضربة جوية أميركية), its
     * possessor after لـ (غارة جوية لطيران التحالف), its genitive (إلقاء مروحيات النظام السوري), or after an agent
     * marker (بنيران الجيش); empty when the first party met is none of these (قصف للمناطق الباكستانية: the target).
     */
    private static List<SentenceView.Placed> attackerAfter(SentenceView s, Clause c, int from) {
        int to = Math.min(c.end(), from + PARTY_WINDOW);
        boolean adjectivesOnly = true;
        for (int k = from; k < to; k++) {
            if (s.isPunct(k)) return List.of();
            SentenceView.Placed p = s.mentionAt(k);
            if (p == null) {
                adjectivesOnly &= adjectiveLike(s.norm(k));
                continue;
            }
            String prep = p.preposition();
            boolean agent = (p.adjective() || prep.equals("ل")) && adjectivesOnly || prep.isEmpty() || SentenceView.isAgentMarker(prep);
            if (!agent || Parties.placeOnly(p) || p.mention().country() == null) return List.of();
            return s.group(p.group());
        }
        return List.of();
    }

    /** A word shaped like a relational adjective (جوية، مدفعي، عشوائي), with no preposition on it. */
    private static boolean adjectiveLike(String w) {
        return (w.endsWith("يه") || w.endsWith("ي")) && !w.startsWith("ل") && !w.startsWith("ب") && Frame.preposition(w) == null;
    }

    private boolean casualtyBefore(SentenceView s, Clause c, int victim) {
        int from = Math.max(c.first(), victim - 4);
        return classes.find(s, from, victim, "casualty-verb") >= 0 || classes.find(s, from, victim, "casualty-noun") >= 0;
    }

    private static boolean allBefore(List<SentenceView.Placed> ps, int k) {
        for (SentenceView.Placed p : ps) if (p.last() >= k) return false;
        return true;
    }

    /**
     * Whether the words between a casualty verb and its cause phrase are no object: only the cause head, another
     * casualty verb or word, or words of class {@code casualty-filler} (قتلوا وجرح آخرون لدى، قتلوا على الأقل في).
     */
    private boolean noObjectBetween(SentenceView s, int from, int attack) {
        for (int k = from; k < attack; k++) {
            if (s.mentionAt(k) != null) return false;
            if (classes.at(s, k, "cause-head")) return true; // the cause phrase begins: في حادث إطلاق نار
            if (!(classes.at(s, k, "casualty-verb") || classes.at(s, k, "casualty")
                    || classes.at(s, k, "casualty-filler") || classes.at(s, k, "attack-cause"))) return false;
        }
        return true;
    }
}
