package org.rasd.core.text;

import java.util.List;
import org.rasd.core.model.Sentence;

/** A sentence with its tokens; offsets are UTF-16 offsets into the document text (internal form). */
public record AnalyzedSentence(Sentence sentence, List<Token> tokens) {
    public AnalyzedSentence {
        tokens = List.copyOf(tokens);
    }

    public int index() { return sentence.index(); }

    public boolean extractable() { return sentence.extractable(); }
}
