package org.rasd.core.model;

import java.util.List;

/**
 * A coded event.
 *
 * @param id         stable id: document id + sentence + trigger offset
 * @param event      PLOVER category (AGREE ... ASSAULT)
 * @param mode       PLOVER mode, or null
 * @param context    PLOVER context, or null
 * @param cameo      the most specific CAMEO code supported by the text
 * @param goldstein  Goldstein score of the CAMEO code
 * @param quadClass  1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param actor      source actors (more than one for compound actors)
 * @param recipient  target actors
 * @param location   where, or null
 * @param date       ISO date (the article date unless the text says otherwise)
 * @param modality   asserted, claimed, planned, historical, negated, hypothetical
 * @param claimant   who says so when claimed, else null
 * @param sentence   index of the sentence
 * @param triggerStart offset of the trigger
 * @param triggerEnd   end of the trigger
 * @param trigger    the trigger text as written
 * @param evidence   the sentence text (or the clause) that supports the event
 * @param rule       the lexicon entry and frame that fired
 * @param confidence 0..1
 * @param gloss      one-line English rendering
 * @param mentions   how many times this event was reported in the article (after in-article merge)
 */
public record Event(String id, String event, String mode, String context, String cameo,
                    double goldstein, int quadClass,
                    List<EventActor> actor, List<EventActor> recipient, Location location,
                    String date, String modality, EventActor claimant,
                    int sentence, int triggerStart, int triggerEnd, String trigger,
                    String evidence, String rule, double confidence, String gloss, int mentions) {
    public Event {
        actor = List.copyOf(actor);
        recipient = List.copyOf(recipient);
    }
}
