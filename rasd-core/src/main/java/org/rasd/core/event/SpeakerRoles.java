package org.rasd.core.event;

import java.util.List;
import org.rasd.core.text.Segmentation;

/**
 * Role repairs that read who speaks in the sentence (the modality's claimant) and the sentence before:
 * <ul>
 *   <li>a subject that is the speaker is not the actor of what he reports;</li>
 *   <li>in a complement clause whose subject is a pronoun (أنه، أنها) or a noun with a possessive pronoun (قواته،
 *       طائراته), the actor is the speaker: قال الجيش التركي إن طائراته قصفت ...، أعلن أنه سيشارك;</li>
 *   <li>a sentence opening with a verb whose subject is dropped continues the previous sentence's actor ({@link Topic});</li>
 *   <li>{@link #ownSubjectBeforeVerb}: قال الجيش إن طائراته قصفت مجموعة من المتمردين — the noun before the verb is its
 *       subject (the speaker's); the party after the verb is its object.</li>
 * </ul>
 */
final class SpeakerRoles {
    private SpeakerRoles() {}

    /** The roles after the speaker and topic repairs (the first three above), each recorded in the draft's rule. */
    static Roles repair(SentenceView s, EventDraft d, List<SentenceView.Placed> topic) {
        TriggerMatch t = d.trigger;
        Clause c = d.clause;
        Modality m = d.modality;
        Roles roles = d.roles;
        if (roles.actorSlot().startsWith("subj(") && !m.claimant().isEmpty() && roles.actor().get(0).group() == m.claimant().get(0).group()) {
            roles = new Roles(List.of(), "", roles.recipient(), roles.recipientSlot(), roles.penalty(), roles.notes());
            d.rule.append(" (the speaker is not the actor of what he reports)");
        }
        if (roles.actor().isEmpty() && !m.claimant().isEmpty() && t.form() != VerbForm.PASSIVE && speakerIsSubject(s, c)) {
            roles = new Roles(m.claimant(), "speaker (pronoun)", roles.recipient(), roles.recipientSlot(), roles.penalty(), roles.notes());
            d.rule.append(" actor=the speaker, named by a pronoun");
        }
        if (roles.actor().isEmpty() && !topic.isEmpty() && t.isVerb() && t.form() != VerbForm.PASSIVE && t.first() <= 1 && c.first() == 0) {
            roles = new Roles(topic, "subj(previous sentence)", roles.recipient(), roles.recipientSlot(), roles.penalty() + 0.05, roles.notes());
            d.rule.append(" actor=the previous sentence's actor (dropped subject)");
        }
        return roles;
    }

    /** The speaker's own subject before a verb opening a complement clause: the party after the verb becomes its object. */
    static void ownSubjectBeforeVerb(SentenceView s, EventDraft d) {
        TriggerMatch t = d.trigger;
        Clause c = d.clause;
        Modality m = d.modality;
        if (d.roles.actorSlot().equals("subj") && !d.actor.isEmpty() && d.actor.get(0).first() > t.last() && !m.claimant().isEmpty()
                && t.isVerb() && t.first() == c.first() + 2 && speakerIsSubject(s, c) && d.recipientPlaceOnly()) {
            d.recipient = d.actor;
            d.actor = m.claimant();
            d.rule.append(" (the speaker's own subject before the verb: the party after it is the object)");
        }
    }

    /**
     * In a complement clause, a subject that is a pronoun (أنه، أنها) or a noun with a possessive pronoun
     * (قواته، طائراته) refers to the speaker.
     */
    static boolean speakerIsSubject(SentenceView s, Clause c) {
        if (c.kind() != Clause.Kind.COMPLEMENT || c.first() >= s.size()) return false;
        String comp = s.norm(c.first());
        if (comp.endsWith("ه") || comp.endsWith("ها") || comp.endsWith("هم")) return !comp.equals("ان") && comp.length() > 2;
        int k = c.first() + 1;
        if (k >= c.end() || s.mentionAt(k) != null) return false;
        for (Segmentation g : s.segmentations(k)) {
            if (g.enclitic().equals("ه") && !TriggerMatcher.endsWithTaMarbuta(s.token(k).surface()) || g.enclitic().equals("ها") || g.enclitic().equals("هم")) return true;
        }
        return false;
    }
}
