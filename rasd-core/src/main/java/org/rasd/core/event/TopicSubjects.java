package org.rasd.core.event;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence that opens with a verb takes the previous sentence's actor only when the verb's subject is really
 * dropped. When a noun follows the verb (a word that is no preposition, particle or punctuation, and no party the
 * actor stage knows), the subject is written there: ودعت إيميلي هابر وزيرة الدولة ...، وحث وزير الطاقة على ...،
 * واتهمت الكثير من الجماهير ...، وقد تجتمع مجموعة الدعم ... — the event keeps no actor rather than the previous
 * sentence's. With a preposition, a particle or nothing after the verb (وأكد أن ...، وزار إلى جانبه ...، فرفض.)
 * the previous actor is kept. Events whose actor came from the previous sentence are those whose actor mentions have
 * no position in this sentence.
 */
final class TopicSubjects {
    private final PhraseSets classes;

    TopicSubjects(PhraseSets classes) { this.classes = classes; }

    List<CodedEvent> check(SentenceView s, List<CodedEvent> coded, List<String> trace) {
        List<CodedEvent> out = null;
        for (int i = 0; i < coded.size(); i++) {
            CodedEvent e = coded.get(i);
            if (e.rule().startsWith("derived") || e.actor().isEmpty() || !e.trigger().isVerb()) continue;
            if (e.actor().stream().anyMatch(p -> p.first() >= 0)) continue;
            int next = e.trigger().last() + 1;
            if (!writtenSubject(s, next)) continue;
            if (out == null) out = new ArrayList<>(coded);
            out.set(i, new CodedEvent(e.trigger(), e.code(), List.of(), e.recipient(), e.modality(), Math.round(Math.max(0.05, e.confidence() - 0.1) * 100) / 100.0,
                    e.rule() + " (previous actor dropped: the subject '" + s.norm(next) + "' is written after the verb)", e.clause()));
            if (trace != null) trace.add("  '" + s.surface(e.trigger().first(), e.trigger().last() + 1) + "': a subject is written after the verb ('"
                    + s.norm(next) + "'), not the previous sentence's actor");
        }
        return out == null ? coded : out;
    }

    /** Whether token {@code k} opens a noun phrase that is the verb's own subject. */
    private boolean writtenSubject(SentenceView s, int k) {
        if (k >= s.size() || !s.token(k).isWord() || s.isPunct(k)) return false;
        String w = s.norm(k);
        if (Frame.preposition(w) != null || classes.at(s, k, "not-subject")) return false;
        // بالهجوم، للمدينة، كالعادة: a prepositional complement, not a subject
        if (w.startsWith("بال") || w.startsWith("لل") || w.startsWith("كال") || w.startsWith("وبال") || w.startsWith("ولل")) return false;
        return s.mentionAt(k) == null;
    }
}
