package org.rasd.core.event;

import java.util.ArrayList;
import java.util.List;
import org.rasd.core.model.Event;
import org.rasd.core.model.Mention;
import org.rasd.core.text.AnalyzedDocument;
import org.rasd.core.text.AnalyzedSentence;
import org.rasd.core.text.Segmentation;
import org.rasd.core.text.Token;

/**
 * Why a sentence was coded as it was ({@code rasd explain PATH --sentence N}): its tokens with their clitic
 * segmentations, the actor mentions, the clauses, every trigger tried and the frame that filled it, the
 * events coded and the reasons others were not.
 */
public final class Explanation {
    private Explanation() {}

    public static String of(AnalyzedDocument doc, List<Mention> mentions, EventCoder coder, int sentence) {
        if (sentence < 0 || sentence >= doc.sentences().size()) {
            throw new IllegalArgumentException("no sentence " + sentence + ": the document has " + doc.sentences().size() + " (0.." + (doc.sentences().size() - 1) + ")");
        }
        AnalyzedSentence as = doc.sentences().get(sentence);
        StringBuilder b = new StringBuilder();
        b.append("sentence ").append(sentence).append(as.sentence().flags().isEmpty() ? "" : " flags " + as.sentence().flags()).append('\n');
        b.append("  ").append(as.sentence().text().strip()).append("\n\ntokens (clitic segmentations, whole word first):\n");
        for (Token t : as.tokens()) {
            b.append("  ").append(t.index()).append(' ').append(t.surface()).append("  ");
            List<String> segs = new ArrayList<>();
            for (Segmentation s : t.segmentations()) {
                segs.add((s.proclitics().isEmpty() ? "" : s.proclitics() + "+") + s.stem() + (s.enclitic().isEmpty() ? "" : "+" + s.enclitic()));
            }
            b.append(String.join(" | ", segs)).append('\n');
        }
        b.append("\nmentions:\n");
        boolean any = false;
        for (Mention m : mentions) {
            if (m.sentence() != sentence) continue;
            any = true;
            b.append("  ").append(m.text()).append(" → ").append(m.code()).append(" (").append(m.type()).append(", ").append(m.name())
                    .append(", ").append(m.resolution()).append(")\n");
        }
        if (!any) b.append("  none\n");
        List<String> trace = new ArrayList<>();
        List<Event> events = coder.code(doc, mentions, sentence, trace);
        b.append("\ntriggers and frames:\n");
        if (trace.isEmpty()) b.append("  no trigger in this sentence\n");
        for (String line : trace) b.append("  ").append(line).append('\n');
        b.append("\nevents:\n");
        if (events.isEmpty()) b.append("  none\n");
        for (Event e : events) {
            b.append("  ").append(e.event()).append(' ').append(e.cameo()).append(' ').append(e.modality())
                    .append(" conf ").append(e.confidence()).append(": ").append(e.gloss()).append("\n    rule: ").append(e.rule()).append('\n');
        }
        return b.toString();
    }
}
