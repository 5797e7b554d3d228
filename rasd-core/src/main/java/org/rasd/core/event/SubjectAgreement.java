package org.rasd.core.event;

import org.rasd.core.text.ArabicNormalizer;

/**
 * Whether a verb form carries a dual or plural subject suffix (أشادتا، ناقشوا، يؤيدون، يدعوان). Arabic puts a verb
 * that comes before its written subject in the singular (أشاد الوزيران، ناقش المسؤولون); a verb that agrees in number
 * has its subject before it or in its own suffix, so a party written after it is its object or a genitive inside its
 * complement (وأشادتا بدور المملكة: the Kingdom is praised, not praising). Pure function of the match.
 */
final class SubjectAgreement {
    private static final String[] PERFECT_NUMBER = {"وا", "تا", "ا"};
    private static final String[] IMPERFECT_NUMBER = {"ون", "وا", "ان", "ا"};

    private SubjectAgreement() {}

    static boolean pluralSubject(TriggerMatch t) {
        if (t.form() != VerbForm.PERFECT && t.form() != VerbForm.IMPERFECT) return false;
        String m = t.matched();
        if (m == null || m.length() < 4) return false;
        char last = m.charAt(m.length() - 1);
        if (last != 'ا' && last != 'ن') return false; // every number suffix ends in ا or ن: most forms stop here
        String[] lemma = t.entry().lemma().split("[|/]");
        if (t.form() == VerbForm.PERFECT) {
            String perfect = firstWord(lemma[0]);
            String base = perfect.length() >= 3 && (perfect.endsWith("ا") || perfect.endsWith("ي")) ? perfect.substring(0, perfect.length() - 1) : perfect;
            for (String suffix : PERFECT_NUMBER) {
                if (m.equals(base + suffix) || m.equals(perfect + suffix)) return !m.equals(perfect);
            }
            return false;
        }
        if (lemma.length < 2) return false;
        String imperfect = firstWord(lemma[1]);
        if (imperfect.length() < 3 || imperfect.charAt(0) != 'ي') return false;
        String stem = imperfect.substring(1);
        String base = stem.endsWith("و") || stem.endsWith("ي") ? stem.substring(0, stem.length() - 1) : stem;
        for (String prefix : new String[] {"ي", "ت"}) {
            for (String suffix : IMPERFECT_NUMBER) {
                if (m.equals(prefix + base + suffix) || m.equals(prefix + stem + suffix)) return true;
            }
        }
        return false;
    }

    private static String firstWord(String s) {
        String w = s.strip();
        int sp = w.indexOf(' ');
        return ArabicNormalizer.normalizeString(sp < 0 ? w : w.substring(0, sp));
    }
}
