package org.rasd.store;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
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
            String norm = ArabicNormalizer.normalizeString(term.toString());
            if (norm.isEmpty()) {
                skipped += posInc.getPositionIncrement();
                continue;
            }
            posInc.setPositionIncrement(posInc.getPositionIncrement() + skipped);
            term.setEmpty().append(norm);
            Set<String> stems = new LinkedHashSet<>();
            for (Segmentation s : CliticSegmenter.candidates(norm)) {
                if (!s.isWhole()) stems.add(s.stem());
            }
            stems.remove(norm);
            pending.addAll(stems);
            if (!pending.isEmpty()) state = captureState();
            return true;
        }
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        state = null;
    }
}
