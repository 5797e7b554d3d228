package org.rasd.core.actor;

import java.util.List;
import org.rasd.core.lexicon.LexiconSource;
import org.rasd.core.model.Mention;
import org.rasd.core.model.RawRecord;
import org.rasd.core.text.AnalyzedDocument;
import org.rasd.core.text.TextAnalyzer;

/** Test helpers: one recognizer and text analyser for all tests (loading is the slow part). */
final class Docs {
    static final LexiconSource SRC = LexiconSource.builtIn();
    static final TextAnalyzer TEXT = TextAnalyzer.load(SRC);
    static final ActorRecognizer ACTORS = ActorRecognizer.load(SRC);

    private Docs() {}

    static AnalyzedDocument doc(String text, String date) {
        return TEXT.analyze(new RawRecord("test", null, "عنوان", text, null, null, date, null));
    }

    static List<Mention> mentions(String text) { return mentions(text, null); }

    static List<Mention> mentions(String text, String date) { return ACTORS.recognize(doc(text, date)); }

    static Mention only(List<Mention> ms, String text) {
        return ms.stream().filter(m -> m.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + ms.stream().map(Mention::text).toList()));
    }
}
