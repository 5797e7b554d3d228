package org.rasd.core.event;

import java.util.List;

/**
 * An event found in a sentence before it becomes an output {@link org.rasd.core.model.Event}: the trigger,
 * its final CAMEO code, roles, modality, confidence and the rule that fired.
 */
public record CodedEvent(TriggerMatch trigger, CameoCode code, List<SentenceView.Placed> actor, List<SentenceView.Placed> recipient,
                         Modality modality, double confidence, String rule, Clause clause) {
    public CodedEvent {
        actor = List.copyOf(actor);
        recipient = List.copyOf(recipient);
    }
}
