package org.rasd.core.event;

import java.util.ArrayList;
import java.util.List;

/**
 * A casualty reported as the result of an attack (قصفت الدبابة المنزل مما أدى إلى مقتل ثلاثة، أسفر عن إصابة) has the
 * attack's actor: an ASSAULT event with no actor whose trigger follows a result phrase (class {@code result}) within
 * four words takes the actor of the last earlier ASSAULT event of the sentence that has one, and, when it has no
 * other recipient, the people of the place ({@link Victims#peopleOfPlace}).
 */
final class CausedActors {
    private final PhraseSets classes;
    private final Victims victims;

    CausedActors(PhraseSets classes, Victims victims) {
        this.classes = classes;
        this.victims = victims;
    }

    List<CodedEvent> apply(SentenceView s, List<CodedEvent> coded, List<String> trace) {
        List<CodedEvent> out = new ArrayList<>(coded.size());
        List<SentenceView.Placed> cause = List.of();
        for (CodedEvent e : coded) {
            boolean assault = "ASSAULT".equals(e.code().category());
            TriggerMatch t = e.trigger();
            if (assault && e.actor().isEmpty() && !cause.isEmpty() && classes.findLast(s, Math.max(0, t.first() - 4), t.first(), "result") >= 0) {
                List<SentenceView.Placed> actor = cause;
                List<SentenceView.Placed> recipient = e.recipient().stream().filter(p -> !actor.contains(p)).toList();
                if (recipient.isEmpty()) {
                    SentenceView.Placed local = victims.peopleOfPlace(s, e.clause(), t);
                    if (local != null) recipient = List.of(local);
                }
                e = new CodedEvent(t, e.code(), actor, recipient, e.modality(), e.confidence(), e.rule() + " actor=the causing attack's actor", e.clause());
                if (trace != null) trace.add("  '" + s.surface(t.first(), t.last() + 1) + "' is the result of an earlier attack: its actor is " + Parties.names(actor));
            }
            if (assault && !e.actor().isEmpty()) cause = e.actor();
            out.add(e);
        }
        return out;
    }
}
