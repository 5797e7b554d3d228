package org.rasd.core.event;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasd.core.text.ArabicNormalizer;

/**
 * Where a trigger's roles stand: actor slots and recipient slots, tried in order. A slot is a position
 * ({@code subj}, {@code obj}, {@code gen} the genitive after a verbal noun, {@code gen2} the next bare
 * mention, {@code by} after من قبل / على يد, {@code any} any later mention of the clause) or a preposition
 * (normalised: مع، الى، على، ضد، ل، من، بين، عن، ب، في، امام، لدى).
 */
public record Frame(List<String> actorSlots, List<String> recipientSlots) {
    public static final Set<String> POSITIONS = Set.of("subj", "obj", "gen", "gen2", "by", "any");
    public static final Set<String> PREPOSITIONS = Set.of("مع", "الى", "على", "ضد", "ل", "من", "بين", "عن", "ب", "في", "امام", "لدى");

    /** A token's normalised form (ى → ي: علي، الي، لدي) → the preposition as slots name it. */
    private static final Map<String, String> BY_NORMALISED_FORM = new HashMap<>();

    static {
        for (String p : PREPOSITIONS) BY_NORMALISED_FORM.put(ArabicNormalizer.normalizeString(p), p);
    }

    /** The preposition that a normalised word is (على for علي), or null when it is none. */
    public static String preposition(String normalisedWord) {
        return BY_NORMALISED_FORM.get(normalisedWord);
    }

    public Frame {
        actorSlots = List.copyOf(actorSlots);
        recipientSlots = List.copyOf(recipientSlots);
    }

    public static boolean validSlot(String s) { return POSITIONS.contains(s) || PREPOSITIONS.contains(s); }

    @Override
    public String toString() { return String.join(" ", actorSlots) + " > " + String.join(" ", recipientSlots); }
}
