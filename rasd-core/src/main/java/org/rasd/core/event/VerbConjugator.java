package org.rasd.core.event;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Generates the written (unvocalised, normalised) forms of a verb from its perfect and imperfect 3rd person
 * masculine singular: perfect persons (ناقش، ناقشت، ناقشوا، ناقشا، ناقشنا ...), imperfect persons with
 * indicative, subjunctive and jussive endings (يناقش، تناقش، يناقشون، يناقشوا ...), and the passive perfect
 * where writing shows it (form III ناقش → نوقش، نوقشت; form VI تفاعل → تفوعل). Defective verbs (final ا/ي)
 * drop the final letter before ت and وا (دعا → دعت، دعوا). Other irregular forms are listed in the lexicon.
 */
public final class VerbConjugator {
    private static final String[] PERFECT_SUFFIXES = {"", "ت", "تا", "وا", "ا", "نا", "تم", "ن", "تن"};
    private static final String[] IMPERFECT_PREFIXES = {"ي", "ت", "ن", "ا"};
    private static final String[] IMPERFECT_SUFFIXES = {"", "ون", "وا", "ان", "ا", "ن", "ين"};

    private VerbConjugator() {}

    /** Normalised forms → what they are; a form that is both active and passive is recorded as active. */
    public static Map<String, VerbForm> forms(String perfect, String imperfect) {
        Map<String, VerbForm> out = new LinkedHashMap<>();
        perfectForms(perfect, VerbForm.PERFECT, out);
        if (imperfect != null && imperfect.length() >= 3 && imperfect.charAt(0) == 'ي') {
            String stem = imperfect.substring(1);
            boolean defective = stem.endsWith("و") || stem.endsWith("ي");
            for (String p : IMPERFECT_PREFIXES) {
                for (String s : IMPERFECT_SUFFIXES) {
                    String base = defective && !s.isEmpty() && !s.equals("ن") ? stem.substring(0, stem.length() - 1) : stem;
                    out.putIfAbsent(p + base + s, VerbForm.IMPERFECT);
                }
            }
        }
        String passive = passivePerfect(perfect);
        if (passive != null) perfectForms(passive, VerbForm.PASSIVE, out);
        return out;
    }

    private static void perfectForms(String perfect, VerbForm form, Map<String, VerbForm> out) {
        boolean defective = perfect.length() >= 3 && (perfect.endsWith("ا") || perfect.endsWith("ي"));
        for (String s : PERFECT_SUFFIXES) {
            String base = perfect;
            if (defective && (s.equals("ت") || s.equals("وا") || s.equals("تا"))) base = perfect.substring(0, perfect.length() - 1);
            out.putIfAbsent(base + s, form);
        }
    }

    /** The passive perfect where the script marks it (forms III and VI), else null. */
    static String passivePerfect(String p) {
        if (p.length() == 4 && p.charAt(1) == 'ا') return p.charAt(0) + "و" + p.substring(2);
        if (p.length() == 5 && p.charAt(0) == 'ت' && p.charAt(2) == 'ا') return "ت" + p.charAt(1) + "و" + p.substring(3);
        return null;
    }
}
