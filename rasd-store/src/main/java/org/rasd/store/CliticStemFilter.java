package org.rasd.store;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.rasd.core.text.ArabicNormalizer;
import org.rasd.core.text.CliticSegmenter;
import org.rasd.core.text.Segmentation;

/**
 * Normalises each token with the core's {@link ArabicNormalizer}, then adds the stems proposed by the core's
 * {@link CliticSegmenter} as synonyms at the same position, so that بالمغرب is indexed as بالمغرب, المغرب, مغرب.
 * Tokens that normalise to nothing (a lone diacritic or tatweel) are dropped.
 */
public final class CliticStemFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private final Deque<String> pending = new ArrayDeque<>();
    private State state;
    /** Forms by surface word (the normalised word first, then its stems): words repeat, so this saves most of the work. */
    private final Map<String, String[]> cache = new HashMap<>();
    static final int CACHE_LIMIT = 200_000;

    public CliticStemFilter(TokenStream in) { super(in); }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(state);
            term.setEmpty().append(pending.poll());
            posInc.setPositionIncrement(0);
            return true;
        }
        int skipped = 0;
        while (input.incrementToken()) {
            String surface = term.toString();
            String[] forms = cache.get(surface);
            if (forms == null) {
                forms = forms(surface);
                if (cache.size() >= CACHE_LIMIT) cache.clear();
                cache.put(surface, forms);
            }
            if (forms.length == 0) {
                skipped += posInc.getPositionIncrement();
                continue;
            }
            posInc.setPositionIncrement(posInc.getPositionIncrement() + skipped);
            term.setEmpty().append(forms[0]);
            for (int i = 1; i < forms.length; i++) pending.add(forms[i]);
            if (!pending.isEmpty()) state = captureState();
            return true;
        }
        return false;
    }

    /** The normalised word, then its distinct clitic stems; empty when the word normalises to nothing. */
    static String[] forms(String surface) {
        String norm = ArabicNormalizer.normalizeString(surface);
        if (norm.isEmpty()) return new String[0];
        Set<String> out = new LinkedHashSet<>();
        out.add(norm);
        for (Segmentation s : CliticSegmenter.candidates(norm)) out.add(s.stem());
        return out.toArray(new String[0]);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        state = null;
    }
}
