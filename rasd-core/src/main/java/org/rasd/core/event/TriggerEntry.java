package org.rasd.core.event;

import java.util.List;
import java.util.Map;

/**
 * A trigger lexicon entry: a verb (by lemma, its forms generated) or a verbal noun / noun phrase, with its
 * CAMEO code, argument frame and options.
 *
 * @param id        where it is defined ({@code file:line})
 * @param kind      VERB or NOUN
 * @param lemma     the lemma as written in the lexicon (display)
 * @param cameo     default CAMEO code
 * @param frame     argument frame
 * @param symmetric coordinated actors form a reciprocal pair
 * @param refine    class → more specific CAMEO code, tried in order
 * @param needs     a class that must occur after the trigger in its clause, or null
 * @param reliability the frame's reliability (starting confidence)
 * @param control   takes a verbal-noun complement (the complement is the event)
 * @param anchor    an occurrence (an attack, a demonstration): coded only in a sentence with a concrete anchor
 *                  (a time, a number, a casualty word), and then even without arguments
 * @param literal   a class whose words (a weapon, a casualty, armed men) must occur in the sentence for the trigger
 *                  to be read literally (انفجر، هاجم، فتح النار), or null
 * @param figurative the CAMEO code of the figurative reading when no {@code literal} word occurs (هاجم الحزب →
 *                  111 criticize), or null: then the figurative use is no event at all (انفجر بالضحك)
 */
public record TriggerEntry(String id, Kind kind, String lemma, String cameo, Frame frame, boolean symmetric,
                           Map<String, String> refine, String needs, double reliability, boolean control, boolean anchor,
                           String literal, String figurative) {
    public enum Kind { VERB, NOUN }

    public TriggerEntry {
        refine = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(refine));
    }

    /** An entry read literally everywhere. */
    public TriggerEntry(String id, Kind kind, String lemma, String cameo, Frame frame, boolean symmetric,
                        Map<String, String> refine, String needs, double reliability, boolean control, boolean anchor) {
        this(id, kind, lemma, cameo, frame, symmetric, refine, needs, reliability, control, anchor, null, null);
    }

    public List<String> refineClasses() { return List.copyOf(refine.keySet()); }
}
