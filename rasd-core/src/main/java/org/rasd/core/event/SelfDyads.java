package org.rasd.core.event;

import java.util.ArrayList;
import java.util.List;

/**
 * An event whose actor and recipient are one party (the same code, and the same entity or the same words) has a slot
 * filled wrongly: a
 * party does not accuse, meet or attack itself in news prose. The recipient comes from a slot after the trigger and is
 * kept; the actor, most often carried over from an earlier clause or sentence (واتهمت النيابة العامة تشافيز after a
 * sentence about Chavez), is dropped.
 */
final class SelfDyads {
    private SelfDyads() {}

    static List<CodedEvent> split(SentenceView s, List<CodedEvent> coded, List<String> trace) {
        List<CodedEvent> out = null;
        for (int i = 0; i < coded.size(); i++) {
            CodedEvent e = coded.get(i);
            if (e.actor().isEmpty() || e.recipient().isEmpty() || !same(e.actor(), e.recipient())) continue;
            if (out == null) out = new ArrayList<>(coded);
            out.set(i, new CodedEvent(e.trigger(), e.code(), List.of(), e.recipient(), e.modality(), e.confidence(),
                    e.rule() + " (actor dropped: the same party as the recipient)", e.clause()));
            if (trace != null) trace.add("  '" + s.surface(e.trigger().first(), e.trigger().last() + 1) + "': actor and recipient are the same party ("
                    + e.actor().get(0).mention().text() + "): the actor is dropped");
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
