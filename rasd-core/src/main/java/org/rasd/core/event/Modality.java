package org.rasd.core.event;

import java.util.List;

/**
 * How the text presents an event: {@code kind} is asserted, claimed, planned, historical, negated or
 * hypothetical; when the event is reported speech the claimant is given (a mention group, or else the
 * words that name the speaker: tokens [claimantFrom, claimantTo)), even when another kind wins.
 */
public record Modality(String kind, List<SentenceView.Placed> claimant, int claimantFrom, int claimantTo, String reason) {
    public static final List<String> KINDS = List.of("asserted", "claimed", "planned", "historical", "negated", "hypothetical");

    public Modality {
        claimant = List.copyOf(claimant);
    }

    public boolean reported() { return !claimant.isEmpty() || claimantTo > claimantFrom; }
}
