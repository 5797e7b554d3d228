package org.rasd.core.event;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rasd.core.model.Mention;

/**
 * Role repairs of ASSAULT events: who suffered the attack when the frame found only its place, or found the victim
 * as a subject.
 * <ul>
 *   <li>{@link #casualtyVerbSubject}: the subject of a casualty verb (class {@code casualty-verb}: قتل، جرح) before an
 *       attack noun is the victim: قتل 20 شخصا في هجوم، جنديين اسبانيين قتلا في هجوم;</li>
 *   <li>{@link #casualtyNounSubject}: جرح الوزير في تفجير سيارة — the subject of the casualty verb before the attack
 *       noun is its victim;</li>
 *   <li>{@link #victims}: the victims' nationality (a nisba: جنديين اسبانيين، دورية بريطانية), else the speaker's own
 *       people (جنوده), else the people of the place ({@link Victims}); then the recipient's country is the place's.</li>
 * </ul>
 */
final class VictimRoles {
    private final PhraseSets classes;
    private final Victims victims;
    private final CameoTable cameo;

    VictimRoles(PhraseSets classes, Victims victims, CameoTable cameo) {
        this.classes = classes;
        this.victims = victims;
        this.cameo = cameo;
    }

    /** A casualty verb before an attack noun: its subject is the victim. */
    void casualtyVerbSubject(SentenceView s, EventDraft d, List<TriggerMatch> matches) {
        TriggerMatch t = d.trigger;
        if (d.is("ASSAULT") && t.isVerb() && !d.actor.isEmpty() && !d.roles.actorSlot().equals("by") && d.recipientPlaceOnly()
                && classes.at(s, t.first(), "casualty-verb") && !sharedActiveSubject(s, d) && attackNounAfter(s, d.clause, t, matches)) {
            d.recipient = d.actor;
            d.actor = List.of();
            d.rule.append(" (casualty verb before an attack noun: the subject is the victim)");
        }
    }

    /**
     * Whether a coordinated casualty verb shares an active subject before it: its subject stands before it and the
     * word after it is an object by its form (class {@code active-object}: اعتقل الجيش عشرات المسلحين وقتل آخرين في
     * اشتباكات — the army killed; وجرح آخرون، وقتل 17 مسلحا stay passive readings).
     */
    private boolean sharedActiveSubject(SentenceView s, EventDraft d) {
        TriggerMatch t = d.trigger;
        boolean coordinated = t.proclitics().startsWith("و") || t.proclitics().startsWith("ف");
        if (!coordinated || d.actor.stream().anyMatch(p -> p.last() >= t.first())) return false;
        int next = t.last() + 1;
        return next < d.clause.end() && classes.at(s, next, "active-object");
    }

    /** An attack noun after a casualty verb in its clause: the verb's subject is the victim. */
    void casualtyNounSubject(SentenceView s, EventDraft d) {
        TriggerMatch t = d.trigger;
        if (d.is("ASSAULT") && !t.isVerb() && d.roles.actorSlot().equals("subj") && !d.actor.isEmpty()
                && d.recipientPlaceOnly() && classes.find(s, d.clause.first(), t.first(), "casualty-verb") >= 0) {
            d.recipient = d.actor;
            d.actor = List.of();
            d.rule.append(" (subject of a casualty verb before the attack noun: the victim)");
        }
    }

    /** The victims of an attack whose recipient is only a place, and the recipient's country from the place. */
    void victims(SentenceView s, EventDraft d) {
        if (!d.is("ASSAULT")) return;
        TriggerMatch t = d.trigger;
        Clause c = d.clause;
        if (d.recipientPlaceOnly()) {
            SentenceView.Placed victim = victimNationality(s, c, t, d.actor);
            if (victim != null) {
                d.recipient = s.group(victim.group());
                d.rule.append(" recipient=the victims' nationality");
            } else {
                List<SentenceView.Placed> own = victims.ownPeople(s, c, t, d.modality.claimant(), d.actor);
                SentenceView.Placed local = own.isEmpty() ? victims.peopleOfPlace(s, c, t) : null;
                if (!own.isEmpty()) {
                    d.recipient = own;
                    d.rule.append(" recipient=the speaker's own people (جنوده)");
                } else if (local != null) {
                    d.recipient = List.of(local);
                    d.rule.append(" recipient=the people of the place (").append(local.mention().sector() == null ? "victims" : local.mention().sector()).append(')');
                }
            }
        }
        List<SentenceView.Placed> local = victims.localised(s, c, d.recipient);
        if (local != d.recipient) { d.recipient = local; d.rule.append(" recipient's country=the place's"); }
    }

    /** Whether an ASSAULT noun trigger (هجوم، انفجار، تفجير) follows the verb in its clause. */
    private boolean attackNounAfter(SentenceView s, Clause c, TriggerMatch t, List<TriggerMatch> matches) {
        for (TriggerMatch m : matches) {
            if (!m.isVerb() && m.first() > t.last() && c.contains(m.first()) && "ASSAULT".equals(cameo.get(m.entry().cameo()).category())) return true;
        }
        // في هجوم انتحاري، بانفجار عبوة: a violent noun after في or بـ, even one not coded itself
        for (int k = t.last() + 1; k < Math.min(c.end(), t.last() + 8); k++) {
            if (!classes.at(s, k, "violence") || classes.at(s, k, SentenceView.AGENT_MARKER)) continue; // برصاص X names the agent
            if (s.norm(k - 1).equals("في") || s.norm(k - 1).equals("اثر") || s.norm(k).startsWith("ب") && s.hasStem(k, s.norm(k).substring(1))) return true;
        }
        return false;
    }

    /**
     * The nationality of an attack's victims (جنديين اسبانيين، دورية بريطانية، خمسة فلسطينيين): a nisba of known
     * country in the trigger's clause, not the actor's, not the adjective of the trigger noun itself (ضربة جوية
     * أميركية names the attacker); first after the trigger, else before a passive or actorless trigger.
     */
    private static SentenceView.Placed victimNationality(SentenceView s, Clause c, TriggerMatch t, List<SentenceView.Placed> actor) {
        Set<Integer> actorGroups = new HashSet<>();
        Set<String> actorCountries = new HashSet<>();
        for (SentenceView.Placed a : actor) { actorGroups.add(a.group()); if (a.mention().country() != null) actorCountries.add(a.mention().country()); }
        SentenceView.Placed before = null;
        for (SentenceView.Placed p : s.mentions()) {
            Mention m = p.mention();
            if (!"nisba".equals(m.resolution()) || m.country() == null || !c.contains(p.first())) continue;
            if (actorGroups.contains(p.group()) || actorCountries.contains(m.country())) continue;
            if (!t.isVerb() && p.first() <= t.last() + 2 && p.first() > t.last()) continue;
            if (p.first() > t.last()) return p;
            if (p.last() < t.first()) before = p;
        }
        return before != null && (t.form() == VerbForm.PASSIVE || actor.isEmpty()) ? before : null;
    }
}
