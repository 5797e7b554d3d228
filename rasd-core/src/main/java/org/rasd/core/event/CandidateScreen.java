package org.rasd.core.event;

import java.util.List;
import org.rasd.core.text.Segmentation;

/**
 * Whether any trigger candidate of a sentence may still be coded, asked before the sentence's clauses and word-class
 * positions are computed. On news, most sentences with a candidate word code nothing: the pattern's fixed words are
 * not there (اتفاق without its complement), the word is a homograph (هنا is "here"), or an entry that
 * {@code needs} a word of some class (العمل needs an act of violence or protest nearby) finds none. This screen asks
 * exactly those three questions, cheaply and more leniently than the matcher and the rules do, so that a sentence it
 * turns down is one where {@link TriggerMatcher#match} would keep nothing:
 * <ul>
 *   <li>the clitics fit the pattern's form ({@link TriggerMatcher#cliticsFit}) and its fixed words follow the first,
 *       right after it or after a subject of up to five words (the matcher's verb–subject–object reading, without its
 *       conditions on the subject);</li>
 *   <li>no homograph entry covers the word ({@link Homograph}, on the token alone);</li>
 *   <li>an entry with {@code needs:CLASS} has a word of that class from six words before it to eight after its last
 *       word, or anywhere before it for a verb with an object pronoun (a superset of {@link NeedsWord}'s windows,
 *       which are further cut at the clause's bounds) — found by {@link PhraseSets#occurs}, which probes only that
 *       class's first words.</li>
 * </ul>
 * A sentence turned down by the screen and with no culpability cue is skipped like one with no candidate at all; a
 * test checks on real news that the screen never turns down a sentence in which a match is kept.
 */
final class CandidateScreen {
    /** The matcher reads a verb's fixed words after a subject of up to three words and a time and a number. */
    private static final int SUBJECT_REACH = 6;

    private final TriggerLexicon lexicon;
    private final PhraseSets classes;
    private final Homographs homographs;

    CandidateScreen(TriggerLexicon lexicon, PhraseSets classes, Homographs homographs) {
        this.lexicon = lexicon;
        this.classes = classes;
        this.homographs = homographs;
    }

    /** Whether a candidate at or after token {@code first} passes the three tests above. */
    boolean anyMayStand(SentenceView s, int first) {
        for (int i = first, n = s.size(); i < n; i++) {
            if (!s.token(i).isWord()) continue;
            int homograph = 0; // 0: not asked, 1: a homograph, 2: not one
            List<Segmentation> segs = s.segmentations(i);
            for (int k = 0, m = segs.size(); k < m; k++) {
                Segmentation seg = segs.get(k);
                List<TriggerLexicon.Pattern> ps = lexicon.patterns(seg.stem());
                if (ps.isEmpty() || !TriggerMatcher.encliticFits(s, i, seg)) continue;
                for (TriggerLexicon.Pattern p : ps) {
                    if (!TriggerMatcher.cliticsFit(seg, p) || !fixedWordsMayFollow(s, i, p)) continue;
                    if (homograph == 0) homograph = homographs.at(s, i) != null ? 1 : 2;
                    if (homograph == 1) break;
                    String needs = p.entry().needs();
                    if (needs == null) return true;
                    int from = p.form() != VerbForm.NOUN && !seg.enclitic().isEmpty() ? 0 : i - 6;
                    if (classes.occurs(s, from, i + p.rest().length + 9, needs)) return true;
                }
                if (homograph == 1) break;
            }
        }
        return false;
    }

    /** The pattern's fixed words right after its first word, or, for a verb, a few words later (after a subject). */
    private static boolean fixedWordsMayFollow(SentenceView s, int i, TriggerLexicon.Pattern p) {
        String[] rest = p.rest();
        if (s.matchesFrom(i + 1, rest)) return true;
        if (p.form() == VerbForm.NOUN || rest.length == 0) return false;
        for (int k = i + 2; k <= i + 1 + SUBJECT_REACH; k++) if (s.matchesFrom(k, rest)) return true;
        return false;
    }
}
