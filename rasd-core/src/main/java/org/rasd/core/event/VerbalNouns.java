package org.rasd.core.event;

/**
 * An unvocalised perfect-verb form that cannot be a finite verb where it stands is the verbal noun written the same
 * (دعم، طلب، نشر): right after a word of class {@code masdar-head} or {@code noun-head} — a preposition or a word that
 * governs a noun (نوه إلى دعم الأمير، بعد دعم الناخبين، ثمنت دعم المملكة) — or written with tanween (قدم دعمًا
 * ماديًا: an accusative noun), or right after a number that is no year (أكثر من 39500 طالب: students). Rejecting the verb reading lets the noun entry of the same word, if any, be tried, with
 * its genitive as actor (دعم المملكة → the Kingdom supports). Anchored entries (attacks, protests) keep their own,
 * narrower rule, {@link VerbalNounAsVerb}. Reads the classes {@code masdar-head} and {@code noun-head}.
 */
final class VerbalNouns implements Rejection {
    private static final char TANWEEN_FATH = '\u064B';
    private final PhraseSets classes;

    VerbalNouns(PhraseSets classes) { this.classes = classes; }

    @Override
    public String reason(RuleContext c) { return reason(c.view(), c.match()); }

    /** Why the trigger is a verbal noun and not a verb, or null. */
    String reason(SentenceView s, TriggerMatch t) {
        if (t.form() != VerbForm.PERFECT || t.entry().anchor()) return null;
        org.rasd.core.text.Token tok = s.token(t.first());
        // diacritics are removed from the normalised form: only a longer surface can carry tanween
        if (tok.end() - tok.start() > tok.norm().length() && tok.surface().indexOf(TANWEEN_FATH) >= 0) {
            return "written with tanween ('" + s.token(t.first()).surface() + "': قدم دعمًا): an accusative noun, not a perfect verb";
        }
        if (!t.proclitics().isEmpty() || t.first() == 0) return null;
        int k = t.first() - 1;
        if (s.token(k).kind() == org.rasd.core.text.TokenKind.NUMBER && ModalityDetector.year(s.norm(k)) < 0 && HijriYears.hijriYear(s.norm(k)) < 0) {
            return "after the number '" + s.norm(k) + "' (39500 طالب، 1000 منحة): a counted noun, not a perfect verb";
        }
        if (classes.at(s, k, "masdar-head") || classes.at(s, k, "noun-head")) {
            return "after '" + s.norm(k) + "' (نوه إلى دعم، بعد دعم، ثمنت دعم): a verbal noun, not a perfect verb";
        }
        return null;
    }
}
