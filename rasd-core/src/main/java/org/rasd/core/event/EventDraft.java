package org.rasd.core.event;

import java.util.List;

/**
 * An event being coded from one kept trigger, while the sentence coder's steps settle its code and roles: the
 * trigger, its clause and modality, the roles the frame filled, the CAMEO code, actor and recipient, and the rule
 * text that records every step that changed them (the event's {@code rule}, shown by {@code rasd explain}).
 * Mutable; one per trigger, used by one thread.
 */
final class EventDraft {
    final TriggerMatch trigger;
    final Clause clause;
    final StringBuilder rule;
    Roles roles;
    Modality modality;
    String code;
    CameoCode cameo;
    List<SentenceView.Placed> actor;
    List<SentenceView.Placed> recipient;

    EventDraft(TriggerMatch trigger, Clause clause, Roles roles, StringBuilder rule) {
        this.trigger = trigger;
        this.clause = clause;
        this.roles = roles;
        this.rule = rule;
    }

    boolean is(String category) { return category.equals(cameo.category()); }

    /** Whether every recipient is only a place (or there is none). */
    boolean recipientPlaceOnly() { return recipient.stream().allMatch(Parties::placeOnly); }
}
