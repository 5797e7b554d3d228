package org.rasd.core.event;

import java.util.ArrayList;
import java.util.List;

/**
 * In a complement clause opened by a complementiser with a pronoun (أنه، أنها، أنهم، بأنه), the pronoun is the subject
 * of the clause's first verb and refers to the speaker: أكد وزير الخارجية الأمريكي أنه سيلتقي نظراءه من دول مجلس
 * التعاون → the speaker meets the Gulf states; a party written after the verb is its object, not its subject. An event
 * whose imperfect verb opens such a clause (at most two words after the complementiser: أنه سيلتقي، أنها تدعم، أنه
 * سوف يزور) and whose actor was read after the verb takes the speaker (the claimant) as actor, and that party as
 * recipient when it has none; not when the speaker found is a reporter (في مقابلة مع قناة «العربية»: the channel is
 * no pronoun's referent). A perfect is left alone: أشارت السلطات التركية إلى أنه فجر نفسه tells of a third
 * party (the masculine pronoun is not the feminine speaker), which gender alone would not always tell.
 */
final class PronounSubjects {
    private final Reporters reporters;

    PronounSubjects(PhraseSets classes) { this.reporters = new Reporters(classes); }

    List<CodedEvent> assign(SentenceView s, List<CodedEvent> coded, List<String> trace) {
        List<CodedEvent> out = null;
        for (int i = 0; i < coded.size(); i++) {
            CodedEvent e = coded.get(i);
            TriggerMatch t = e.trigger();
            List<SentenceView.Placed> speaker = e.modality().claimant();
            if (e.rule().startsWith("derived") || t.form() != VerbForm.IMPERFECT || speaker.isEmpty() || e.actor().isEmpty()) continue;
            if (!pronounComplement(s, e.clause()) || t.first() > e.clause().first() + 2) continue;
            if (e.actor().get(0).first() <= t.last() || speaker.containsAll(e.actor()) || reporters.isReporter(s, speaker.get(0))) continue;
            List<SentenceView.Placed> recipient = e.recipient().isEmpty() ? e.actor() : e.recipient();
            if (out == null) out = new ArrayList<>(coded);
            out.set(i, new CodedEvent(t, e.code(), speaker, recipient.stream().filter(p -> !speaker.contains(p)).toList(), e.modality(), e.confidence(),
                    e.rule() + " (the complementiser's pronoun is the subject: actor=the speaker)", e.clause()));
            if (trace != null) trace.add("  '" + s.surface(t.first(), t.last() + 1) + "' follows '" + s.norm(e.clause().first())
                    + "': its subject is the pronoun, the speaker " + speaker.get(0).mention().text());
        }
        return out == null ? coded : out;
    }

    private static boolean pronounComplement(SentenceView s, Clause c) {
        if (c.kind() != Clause.Kind.COMPLEMENT || c.first() >= s.size()) return false;
        String comp = s.norm(c.first());
        return comp.length() > 2 && !comp.equals("ان") && (comp.endsWith("ه") || comp.endsWith("ها") || comp.endsWith("هم"));
    }
}
