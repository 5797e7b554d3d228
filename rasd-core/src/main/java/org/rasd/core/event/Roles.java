package org.rasd.core.event;

import java.util.List;

/**
 * The roles a frame found: actor and recipient mentions (several for a coordinated group), the slot that
 * gave each ("" when none), a confidence penalty and notes on how they were found.
 */
public record Roles(List<SentenceView.Placed> actor, String actorSlot, List<SentenceView.Placed> recipient, String recipientSlot,
                    double penalty, List<String> notes) {
    public Roles {
        actor = List.copyOf(actor);
        recipient = List.copyOf(recipient);
        notes = List.copyOf(notes);
    }

    public boolean hasArgument() { return !actor.isEmpty() || !recipient.isEmpty(); }
}
