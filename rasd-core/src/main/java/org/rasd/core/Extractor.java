package org.rasd.core;

import java.util.ArrayList;
import java.util.List;
import org.rasd.core.actor.ActorRecognizer;
import org.rasd.core.event.EventCoder;
import org.rasd.core.event.Explanation;
import org.rasd.core.lexicon.LexiconSource;
import org.rasd.core.model.Document;
import org.rasd.core.model.Event;
import org.rasd.core.model.EventActor;
import org.rasd.core.model.Location;
import org.rasd.core.model.Mention;
import org.rasd.core.model.Quality;
import org.rasd.core.model.QualityFlag;
import org.rasd.core.model.RawRecord;
import org.rasd.core.model.Sentence;
import org.rasd.core.text.AnalyzedDocument;
import org.rasd.core.text.AnalyzedSentence;
import org.rasd.core.text.CodePointOffsets;
import org.rasd.core.text.TextAnalyzer;

/**
 * The pipeline's facade: RawRecord → Document. read → clean → normalise/segment → tokens → actor mentions →
 * events. Loaded once (lexicons), then thread-safe: call {@link #extract} from any number of threads.
 */
public final class Extractor {
    private final ExtractorOptions options;
    private final TextAnalyzer text;
    private final ActorRecognizer actors;
    private final EventCoder events;
    private final long loadMillis;

    private Extractor(ExtractorOptions options, TextAnalyzer text, ActorRecognizer actors, EventCoder events, long loadMillis) {
        this.options = options;
        this.text = text;
        this.actors = actors;
        this.events = events;
        this.loadMillis = loadMillis;
    }

    /** Loads the built-in lexicons and the user's; throws {@link org.rasd.core.lexicon.LexiconException} on invalid files. */
    public static Extractor load(ExtractorOptions options) {
        long t0 = System.nanoTime();
        LexiconSource src = LexiconSource.withUserDirs(options.lexiconDirs());
        TextAnalyzer text = TextAnalyzer.load(src);
        ActorRecognizer actors = ActorRecognizer.load(src);
        EventCoder events = EventCoder.load(src);
        return new Extractor(options, text, actors, events, (System.nanoTime() - t0) / 1_000_000);
    }

    public static Extractor load() { return load(ExtractorOptions.defaults()); }

    /** Milliseconds spent loading lexicons. */
    public long loadMillis() { return loadMillis; }

    public ExtractorOptions options() { return options; }

    /** The text stage alone (no actors, no events), after the same checks as {@link #extract}. */
    public AnalyzedDocument analyze(RawRecord r) throws RejectedRecordException {
        r = TextAnalyzer.withHeadline(r);
        check(r);
        return text.analyze(r);
    }

    /** Why sentence {@code n} of a record was coded as it was (tokens, mentions, triggers, frames, events). */
    public String explain(RawRecord r, int n) throws RejectedRecordException {
        AnalyzedDocument doc = analyze(r);
        return Explanation.of(doc, actors.recognize(doc), events, n);
    }

    /** Runs the whole pipeline on one record. */
    public Document extract(RawRecord r) throws RejectedRecordException {
        AnalyzedDocument doc = analyze(r);
        List<Mention> mentions = List.of();
        List<Event> evs = List.of();
        if ("ar".equals(doc.language())) {
            mentions = actors.recognize(doc);
            evs = events.code(doc, mentions);
        }
        return toDocument(doc, mentions, evs);
    }

    private void check(RawRecord r) throws RejectedRecordException {
        String t = r.text();
        if (t.isBlank()) throw new RejectedRecordException(r.origin(), "empty document");
        if (t.length() > options.maxChars()) {
            throw new RejectedRecordException(r.origin(), "document too long: " + t.length() + " characters, limit " + options.maxChars());
        }
        int controls = 0;
        int n = Math.min(t.length(), 8192);
        char[] head = new char[n];
        t.getChars(0, n, head, 0); // one bulk copy: String.charAt checks bounds and decodes UTF-16 bytes on every call
        for (int i = 0; i < n; i++) {
            char c = head[i];
            if (c == 0) throw new RejectedRecordException(r.origin(), "binary content: NUL character at offset " + i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == '\uFFFD') controls++;
        }
        if (controls > n / 10) throw new RejectedRecordException(r.origin(), "binary content: " + controls + " control characters in the first " + n);
    }

    /** Builds the output document, converting every offset from UTF-16 to code points. */
    static Document toDocument(AnalyzedDocument d, List<Mention> mentions, List<Event> events) {
        CodePointOffsets cp = new CodePointOffsets(d.text());
        List<Sentence> sentences = new ArrayList<>(d.sentences().size());
        for (AnalyzedSentence s : d.sentences()) {
            Sentence x = s.sentence();
            sentences.add(new Sentence(x.index(), cp.convert(x.start()), cp.convert(x.end()), x.text(), x.flags()));
        }
        List<QualityFlag> flags = d.flags();
        List<Mention> ms = mentions;
        List<Event> es = events;
        if (!cp.identity()) {
            flags = flags.stream().map(f -> new QualityFlag(f.kind(), cp.convert(f.start()), cp.convert(f.end()), f.text())).toList();
            ms = mentions.stream().map(m -> new Mention(cp.convert(m.start()), cp.convert(m.end()), m.text(), m.sentence(), m.entity(),
                    m.type(), m.name(), m.code(), m.country(), m.sector(), m.resolution(), m.rule())).toList();
            es = events.stream().map(e -> convert(e, cp)).toList();
        }
        String date = d.date() == null ? null : d.date().toString();
        return new Document(Document.SCHEMA_VERSION, d.id(), d.record().id(), d.record().origin(), d.title(), d.section(),
                d.record().source(), d.record().url(), d.record().author(), date, d.language(), d.text(),
                new Quality(flags), sentences, ms, es);
    }

    private static Event convert(Event e, CodePointOffsets cp) {
        return new Event(e.id(), e.event(), e.mode(), e.context(), e.cameo(), e.goldstein(), e.quadClass(),
                e.actor().stream().map(a -> convert(a, cp)).toList(), e.recipient().stream().map(a -> convert(a, cp)).toList(),
                e.location() == null ? null : new Location(e.location().text(), cp.convert(e.location().start()), cp.convert(e.location().end()), e.location().country()),
                e.date(), e.modality(), e.claimant() == null ? null : convert(e.claimant(), cp),
                e.sentence(), cp.convert(e.triggerStart()), cp.convert(e.triggerEnd()), e.trigger(),
                e.evidence(), e.rule(), e.confidence(), e.gloss(), e.mentions());
    }

    private static EventActor convert(EventActor a, CodePointOffsets cp) {
        return new EventActor(a.code(), a.country(), a.sector(), a.entity(), a.name(), cp.convert(a.start()), cp.convert(a.end()), a.text());
    }
}
