package org.rasd.core.event;

import java.util.ArrayList;
import java.util.List;

/**
 * The party that condoles with the victims of an attack, or condemns it, is never the attack's actor (word class
 * {@code reaction}: عزاء، تعازي، مواساة، استنكر، أدان، شجب، ندد، تضامن). Gulf news reports attacks mostly through
 * such reactions:
 * <ul>
 *   <li>بعث الملك برقية عزاء ومواساة لرئيس جمهورية تركيا في ضحايا التفجير الذي وقع في مدينة سروج — the attack
 *       (ضحايا) has no named actor; Turkey, the party condoled, is the victims' country, not the attacker;</li>
 *   <li>أعربت المملكة عن تعازيها لحكومة الكويت في ضحايا الهجوم — neither the Kingdom nor Kuwait attacked.</li>
 * </ul>
 * An ASSAULT event whose actor stands before its trigger, in the clause of a reaction word that comes before the
 * trigger (or in a relative clause hanging on that clause: الهجوم الذي استهدف), loses that actor; its recipient, when
 * it has none, is the people of the place named in the clause ({@link Victims#peopleOfPlace}). An actor named after
 * the trigger or introduced by من قبل / على يد (أدان الهجوم الذي شنه مسلحون) is kept. The reaction itself is coded by
 * its own trigger (أدان → 111, عزاء → 051).
 */
final class ReactingParties {
    private final PhraseSets classes;
    private final Victims victims;

    ReactingParties(PhraseSets classes, Victims victims) {
        this.classes = classes;
        this.victims = victims;
    }

    List<CodedEvent> unblame(SentenceView s, List<Clause> clauses, List<CodedEvent> coded, List<String> trace) {
        List<CodedEvent> out = null;
        for (int i = 0; i < coded.size(); i++) {
            CodedEvent e = coded.get(i);
            int reaction = reactionScoping(s, clauses, e);
            if (reaction < 0) continue;
            if (out == null) out = new ArrayList<>(coded);
            List<SentenceView.Placed> recipient = e.recipient().stream().filter(p -> !e.actor().contains(p)).toList();
            if (recipient.isEmpty()) {
                SentenceView.Placed local = victims.peopleOfPlace(s, e.clause(), e.trigger());
                if (local != null) recipient = List.of(local);
            }
            double conf = Math.round(Math.max(0.05, e.confidence() - 0.15) * 100) / 100.0;
            out.set(i, new CodedEvent(e.trigger(), e.code(), List.of(), recipient, e.modality(), conf,
                    e.rule() + " (actor dropped: the party reacting to the attack, '" + s.norm(reaction) + "')", e.clause()));
            if (trace != null) trace.add("  '" + s.surface(e.trigger().first(), e.trigger().last() + 1) + "': its actor "
                    + e.actor().get(0).mention().text() + " stands in the scope of '" + s.norm(reaction)
                    + "' (condolence or condemnation): the reacting party, not the attacker");
        }
        return out == null ? coded : out;
    }

    /** The reaction word whose party is the event's actor, or -1. */
    private int reactionScoping(SentenceView s, List<Clause> clauses, CodedEvent e) {
        if (!"ASSAULT".equals(e.code().category()) || e.actor().isEmpty()) return -1;
        TriggerMatch t = e.trigger();
        for (SentenceView.Placed a : e.actor()) {
            if (a.first() < 0 || a.first() >= t.first() || !a.preposition().isEmpty() && isBy(s, a)) return -1;
        }
        int r = classes.findLast(s, 0, t.first(), "reaction");
        if (r < 0) return -1;
        Clause rc = ClauseSplitter.clauseOf(clauses, r);
        Clause tc = e.clause();
        if (rc.index() == tc.index()) return r;
        if (tc.kind() != Clause.Kind.RELATIVE) return -1;
        for (SentenceView.Placed a : e.actor()) if (!rc.contains(a.first())) return -1;
        return r;
    }

    /** Whether a mention is introduced by من قبل / على يد (the agent of a passive: the attacker). */
    private static boolean isBy(SentenceView s, SentenceView.Placed a) {
        int k = a.first() - 1;
        return k > 0 && SentenceView.isAgentMarker(s.norm(k));
    }
}
