package org.rasd.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Proposes clitic segmentations of a normalised Arabic word, without choosing among them: the lexicon
 * that looks the stem up decides (a blind stemmer turns والولايات into ولا).
 * Proclitics: conjunctions و ف, then prepositions ب ك ل or the future marker س, then the article ال
 * (ل + ال is written لل). Enclitics: ه ها هم هما هن كم كما نا ني ي ك.
 * Stems keep at least two letters.
 */
public final class CliticSegmenter {
    private static final String[] ENCLITICS = {"هما", "كما", "ها", "هم", "هن", "كم", "نا", "ني", "ه", "ي", "ك"};
    private static final int MIN_STEM = 2;

    private CliticSegmenter() {}

    /** All candidate segmentations, the whole word first, then by decreasing stem length. */
    public static List<Segmentation> candidates(String word) {
        List<Segmentation> out = new ArrayList<>(8);
        out.add(new Segmentation("", word, ""));
        if (word.length() <= MIN_STEM) return out;
        for (String pro : proclitics(word)) {
            addWithEnclitics(out, pro, word.substring(pro.length()));
        }
        addEnclitics(out, "", word);
        out.sort((a, b) -> Integer.compare(b.stem().length(), a.stem().length()));
        // keep the whole word first
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).isWhole()) { out.add(0, out.remove(i)); break; }
        }
        return out;
    }

    /** Proclitic strings that the word starts with (non-empty), longest combinations included. */
    public static List<String> proclitics(String word) {
        List<String> out = new ArrayList<>(6);
        int i = 0;
        String conj = "";
        if (word.length() > MIN_STEM && (word.charAt(0) == 'و' || word.charAt(0) == 'ف')) {
            conj = word.substring(0, 1);
            out.add(conj);
            i = 1;
        }
        // ل + ال written لل
        if (word.startsWith("لل", i) && word.length() - i - 2 >= MIN_STEM) out.add(word.substring(0, i + 2));
        char p = i < word.length() ? word.charAt(i) : 0;
        int j = i;
        if ((p == 'ب' || p == 'ك' || p == 'ل' || p == 'س') && word.length() - i - 1 >= MIN_STEM) {
            j = i + 1;
            out.add(word.substring(0, j));
        }
        if (word.startsWith("ال", j) && word.length() - j - 2 >= MIN_STEM) out.add(word.substring(0, j + 2));
        if (j != i && word.startsWith("ال", i) && word.length() - i - 2 >= MIN_STEM) out.add(word.substring(0, i + 2));
        // drop repeats (keeping first occurrences, in order) without a stream: this runs for every word
        for (int a = out.size() - 1; a > 0; a--) {
            if (out.subList(0, a).contains(out.get(a))) out.remove(a);
        }
        return java.util.Collections.unmodifiableList(out);
    }

    private static void addWithEnclitics(List<Segmentation> out, String pro, String rest) {
        if (rest.length() < MIN_STEM) return;
        out.add(new Segmentation(pro, rest, ""));
        if (!pro.endsWith("ال") && !pro.endsWith("لل")) addEnclitics(out, pro, rest); // the article excludes a pronoun suffix
    }

    private static void addEnclitics(List<Segmentation> out, String pro, String rest) {
        for (String enc : ENCLITICS) {
            if (rest.length() - enc.length() >= MIN_STEM && rest.endsWith(enc)) {
                out.add(new Segmentation(pro, rest.substring(0, rest.length() - enc.length()), enc));
            }
        }
    }
}
