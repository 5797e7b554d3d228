package org.rasd.server.data;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.rasd.core.text.ArabicNormalizer;
import org.rasd.core.text.NormalizedText;
import org.rasd.core.text.Segmentation;
import org.rasd.core.text.Token;
import org.rasd.core.text.Tokenizer;

/**
 * Search terms of a text, clitic-aware: every word contributes its normalised form and the stems of its clitic
 * segmentations, so that بالمغرب and المغرب share the term مغرب.
 */
public final class ArticleTerms {
    private ArticleTerms() {}

    /** All terms of a text. */
    public static Set<String> of(String text) {
        Set<String> out = new HashSet<>();
        for (Set<String> w : words(text)) out.addAll(w);
        return out;
    }

    /** For each word of a query, the set of its alternative terms (a document matches a word when it holds any). */
    public static List<Set<String>> words(String text) {
        NormalizedText nt = ArabicNormalizer.normalize(text == null ? "" : text);
        List<Set<String>> out = new java.util.ArrayList<>();
        for (Token t : Tokenizer.tokenize(nt, 0, nt.length())) {
            if (!t.isWord()) continue;
            Set<String> alts = new LinkedHashSet<>();
            alts.add(t.norm().toLowerCase(Locale.ROOT));
            for (Segmentation s : t.segmentations()) {
                if (s.stem().length() >= 2) alts.add(s.stem().toLowerCase(Locale.ROOT));
            }
            out.add(alts);
        }
        return out;
    }
}
