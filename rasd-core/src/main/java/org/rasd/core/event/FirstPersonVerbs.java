package org.rasd.core.event;

import java.util.ArrayList;
import java.util.List;
import org.rasd.core.text.ArabicNormalizer;

/**
 * A verb in the first person plural (نتعاون، نطالب، تفاوضنا) names the speaker as its actor, never a party written
 * after it: «لا نتعاون مع الإيرانيين» قال كيري → the United States (the speaker), not Iran. When the sentence names
 * its speaker (the modality's claimant), the speaker becomes the actor and leaves the recipients; when it names none,
 * the speaker is the writer or an unnamed person, and the event keeps no actor. Person is read from the verb form the
 * lexicon matched: an imperfect with ن where the lemma has ي (نطالب، نتعاون), or a perfect ending in نا that the
 * lemma does not (تفاوضنا). The singular أفعل is not read: unvocalised, it is written like a passive perfect (أصيب).
 */
final class FirstPersonVerbs {
    private FirstPersonVerbs() {}

    static List<CodedEvent> assign(SentenceView s, List<CodedEvent> coded, List<String> trace) {
        List<CodedEvent> out = null;
        for (int i = 0; i < coded.size(); i++) {
            CodedEvent e = coded.get(i);
            if (e.rule().startsWith("derived") || !firstPerson(e.trigger())) continue;
            List<SentenceView.Placed> speaker = e.modality().claimant();
            if (speaker.equals(e.actor())) continue;
            List<SentenceView.Placed> recipient = e.recipient().stream().filter(p -> !speaker.contains(p)).toList();
            if (recipient.isEmpty() && !e.actor().isEmpty() && e.actor().get(0).first() > e.trigger().last() && !speaker.containsAll(e.actor())) {
                recipient = e.actor(); // لا ندعو الإيرانيين: the party after a first-person verb is its object
            }
            if (out == null) out = new ArrayList<>(coded);
            out.set(i, new CodedEvent(e.trigger(), e.code(), speaker, recipient, e.modality(), e.confidence(),
                    e.rule() + " (first-person verb: actor=" + (speaker.isEmpty() ? "the unnamed speaker" : "the speaker") + ")", e.clause()));
            if (trace != null) trace.add("  '" + s.surface(e.trigger().first(), e.trigger().last() + 1) + "' is in the first person: its actor is "
                    + (speaker.isEmpty() ? "the unnamed speaker (none)" : "the speaker " + speaker.get(0).mention().text()));
        }
        return out == null ? coded : out;
    }

    /** Whether the matched verb form is in the first person (singular or plural). */
    static boolean firstPerson(TriggerMatch t) {
        String form0 = t.matched();
        if (!(t.form() == VerbForm.IMPERFECT && form0.startsWith("ن") || t.form() == VerbForm.PERFECT && form0.endsWith("نا"))) return false;
        String[] lemma = t.entry().lemma().split("\\|")[0].strip().split("/");
        String form = t.matched();
        if (t.form() == VerbForm.IMPERFECT && lemma.length > 1) {
            String imperfect = ArabicNormalizer.normalizeString(lemma[1].strip().split("\\s+")[0]);
            // نـ only: a first-person singular أُفعل is written like a passive perfect (أصيب: was hit, not I hit)
            return imperfect.startsWith("ي") && form.startsWith("ن") && form.length() == imperfect.length()
                    && form.substring(1).equals(imperfect.substring(1));
        }
        if (t.form() == VerbForm.PERFECT) {
            String perfect = ArabicNormalizer.normalizeString(lemma[0].strip().split("\\s+")[0]);
            return form.endsWith("نا") && !perfect.endsWith("نا") && !perfect.endsWith("ن") && form.startsWith(perfect.substring(0, perfect.length() - 1));
        }
        return false;
    }
}
