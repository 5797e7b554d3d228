package org.rasd.core.event;

import java.util.List;

/**
 * The sentence topic carried to the next sentence: the actor (or else the speaker) that a following sentence
 * opening with a verb whose subject is dropped continues (قال الوزير ... وأضاف ...).
 */
final class Topic {
    private Topic() {}

    /** The topic after a sentence's coded events: its first non-derived actor, else its first claimant; the previous topic when nothing was coded. */
    static List<SentenceView.Placed> of(List<CodedEvent> coded, List<SentenceView.Placed> previous) {
        for (CodedEvent e : coded) {
            if (!e.rule().startsWith("derived") && !e.actor().isEmpty()) return detach(e.actor());
        }
        for (CodedEvent e : coded) if (!e.modality().claimant().isEmpty()) return detach(e.modality().claimant());
        return coded.isEmpty() ? previous : List.of();
    }

    /** The mentions without their place in the old sentence. */
    private static List<SentenceView.Placed> detach(List<SentenceView.Placed> ps) {
        return ps.stream().map(p -> new SentenceView.Placed(p.mention(), -1, -1, "", -1)).toList();
    }
}
