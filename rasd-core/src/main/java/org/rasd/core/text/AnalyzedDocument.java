package org.rasd.core.text;

import java.time.LocalDate;
import java.util.List;
import org.rasd.core.model.QualityFlag;
import org.rasd.core.model.RawRecord;

/**
 * The text stage's result, the input of the actor and event stages. Offsets are UTF-16 offsets into
 * {@code text} (the original text); the pipeline converts them to code points for output.
 *
 * @param date the article date (for resolving relative dates and dated roles), or null when unknown
 */
public record AnalyzedDocument(RawRecord record, String id, String title, String section, String text,
                               NormalizedText normalized, List<QualityFlag> flags,
                               List<AnalyzedSentence> sentences, LocalDate date, String language) {
    public AnalyzedDocument {
        flags = List.copyOf(flags);
        sentences = List.copyOf(sentences);
    }
}
