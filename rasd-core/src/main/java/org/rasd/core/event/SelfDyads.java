package org.rasd.core.event;

import java.util.ArrayList;
import java.util.List;

/**
 * An event whose actor and recipient are one party (the same code, and the same entity or the same words) has a slot
 * filled wrongly: a party does not accuse, meet or attack itself in news prose. An actor carried over from the
 * previous sentence (واتهمت النيابة العامة تشافيز after a sentence about Chavez) is dropped; otherwise the actor, read in
 * the sentence, is kept and the recipient, most often a later mention caught by a loose slot (قامت مجموعة من داعش
 * بإطلاق النار على الرجلين ... لضحايا داعش), is dropped.
 */
final class SelfDyads {
    private SelfDyads() {}

    static List<CodedEvent> split(SentenceView s, List<CodedEvent> coded, List<String> trace) {
        List<CodedEvent> out = null;
        for (int i = 0; i < coded.size(); i++) {
            CodedEvent e = coded.get(i);
            if (e.actor().isEmpty() || e.recipient().isEmpty() || !same(e.actor(), e.recipient())) continue;
            if (out == null) out = new ArrayList<>(coded);
            boolean carried = e.actor().stream().anyMatch(p -> p.first() < 0);
            out.set(i, carried
                    ? new CodedEvent(e.trigger(), e.code(), List.of(), e.recipient(), e.modality(), e.confidence(),
                            e.rule() + " (actor dropped: the previous sentence's party is the recipient)", e.clause())
                    : new CodedEvent(e.trigger(), e.code(), e.actor(), List.of(), e.modality(), e.confidence(),
                            e.rule() + " (recipient dropped: the same party as the actor)", e.clause()));
            if (trace != null) trace.add("  '" + s.surface(e.trigger().first(), e.trigger().last() + 1) + "': actor and recipient are the same party ("
                    + e.actor().get(0).mention().text() + "): the " + (carried ? "actor, carried from the previous sentence," : "recipient") + " is dropped");
        }
        return out == null ? coded : out;
    }

    private static boolean same(List<SentenceView.Placed> a, List<SentenceView.Placed> b) {
        for (SentenceView.Placed x : a) for (SentenceView.Placed y : b) {
            org.rasd.core.model.Mention mx = x.mention(), my = y.mention();
            boolean sameCode = java.util.Objects.equals(mx.country(), my.country()) && java.util.Objects.equals(mx.sector(), my.sector());
            if (!sameCode) continue; // the people of a country and its government (SDN, SDNGOV) are two parties
            if (mx.entity() != null && mx.entity().equals(my.entity()) || mx.text().equals(my.text())) return true;
        }
        return false;
    }
}
