package org.rasd.core.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasd.core.lexicon.LexiconSource;
import org.rasd.core.lexicon.WordList;
import org.rasd.core.model.Event;
import org.rasd.core.model.Mention;
import org.rasd.core.text.AnalyzedDocument;
import org.rasd.core.text.AnalyzedSentence;

/**
 * The event stage: codes who did what to whom in each extractable sentence of a document, from the trigger
 * lexicon, argument frames, clause structure and modality cues, then adds derived events and merges
 * in-article duplicates. Per sentence: {@link SentenceCoder} (triggers, {@link Rejections}, roles, modality),
 * {@link CausedActors}, {@link Corroboration}, {@link PartyFilter}, {@link DerivedEvents}, {@link Topic}; then
 * {@link EventAssembly} makes the output events and {@link EventMerger} merges them. Loaded once; thread-safe
 * (no mutable state).
 */
public final class EventCoder {
    public static final String STATES = "events/states.txt";
    public static final String CLASSES = "events/classes.txt";
    public static final String CUES = "events/cues.txt";
    public static final String MONTHS = "events/months.txt";
    static final Set<String> MONTH_KEYS = Set.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");
    static final Set<String> CUE_KINDS = Set.of("speech", "source", "negation", "denial", "future", "planned-after", "hypothetical",
            "historical", "not-historical", "not-negation", "complementizer", "relative", "opener", "culpability", "control", "receive", "by", "occasion", "failure");

    private final CameoTable cameo;
    private final TriggerLexicon lexicon;
    private final PhraseSets classes;
    private final TriggerMatcher matcher;
    private final CandidateScreen screen;
    private final ReactingParties reacting;
    private final TopicSubjects topicSubjects;
    private final PronounSubjects pronounSubjects;
    private final ClauseSplitter splitter;
    private final DerivedEvents derived;
    private final SentenceCoder sentences;
    private final CausedActors causedActors;
    private final Corroboration corroboration;
    private final EventAssembly assembly;

    private EventCoder(CameoTable cameo, TriggerLexicon lexicon, PhraseSets classes, PhraseSets cues, PhraseSets months, WordList states,
                       EmbeddingTable embedding, DateResolver dates, Homographs homographs) {
        this.cameo = cameo;
        this.lexicon = lexicon;
        this.classes = classes;
        this.matcher = new TriggerMatcher(lexicon, classes);
        this.screen = new CandidateScreen(lexicon, classes, homographs);
        this.splitter = new ClauseSplitter(cues);
        ModalityDetector modality = new ModalityDetector(cues, classes, months, dates.hijriMonths());
        this.derived = new DerivedEvents(cues, classes, cameo, modality);
        Victims victims = new Victims(classes);
        this.reacting = new ReactingParties(classes, victims);
        this.topicSubjects = new TopicSubjects(classes);
        this.pronounSubjects = new PronounSubjects(classes);
        ProtestRules protest = new ProtestRules(classes);
        OccurrenceEvidence evidence = new OccurrenceEvidence(classes, protest);
        Rejections rejections = new Rejections(cameo, classes, cues, states, homographs, protest, evidence);
        this.sentences = new SentenceCoder(cameo, classes, cues, embedding, matcher, new FrameFiller(cues, classes), modality, rejections, evidence,
                new VictimRoles(classes, victims, cameo), new ProtestRoles(classes, protest));
        this.causedActors = new CausedActors(classes, victims);
        this.corroboration = new Corroboration(classes, evidence, protest, cameo);
        this.assembly = new EventAssembly(dates, classes);
    }

    public static EventCoder load(LexiconSource src) {
        CameoTable cameo = CameoTable.load(src);
        PhraseSets classes = PhraseSets.load(src, CLASSES, null);
        PhraseSets cues = PhraseSets.load(src, CUES, CUE_KINDS);
        PhraseSets months = PhraseSets.load(src, MONTHS, MONTH_KEYS);
        return new EventCoder(cameo, TriggerLexicon.load(src, cameo, classes), classes, cues, months, WordList.load(src, STATES),
                EmbeddingTable.load(src, cameo), DateResolver.load(src), Homographs.load(src));
    }

    public TriggerLexicon lexicon() { return lexicon; }

    public CameoTable cameo() { return cameo; }

    /** Codes the events of a document; offsets are UTF-16 offsets into {@code doc.text()}. */
    public List<Event> code(AnalyzedDocument doc, List<Mention> mentions) {
        return code(doc, mentions, -1, null);
    }

    /**
     * Codes one sentence ({@code only} ≥ 0) or all; {@code trace}, when not null, receives the explanation of
     * every decision (for {@code rasd explain}).
     */
    public List<Event> code(AnalyzedDocument doc, List<Mention> mentions, int only, List<String> trace) {
        Map<Integer, List<Mention>> bySentence = new HashMap<>();
        for (Mention m : mentions) bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
        List<Event> out = new ArrayList<>();
        List<SentenceView.Placed> topic = List.of(); // the last sentence's actor, for a verb whose subject is dropped
        for (AnalyzedSentence as : doc.sentences()) {
            if (only >= 0 && as.index() > only) break;
            if (!as.extractable()) {
                if (trace != null && (only < 0 || as.index() == only)) trace.add("sentence " + as.index() + " is not extractable (flags " + as.sentence().flags() + "): no events");
                continue;
            }
            boolean shown = only < 0 || as.index() == only;
            List<String> tr = shown ? trace : null;
            // the first word that may open a trigger: the matcher starts there (none: the sentence's end)
            int first = tr != null ? 0 : matcher.firstCandidate(as.tokens());
            if (first < 0) first = as.tokens().size();
            SentenceView view = new SentenceView(as, bySentence.getOrDefault(as.index(), List.of()), classes);
            if (tr == null && !screen.anyMayStand(view, first) && !derived.mayDeriveAlone(view)) {
                // no candidate that may stand (CandidateScreen: fixed words, homographs, needed words) and no culpability
                // cue: nothing can be coded, and the topic stays, as with no event; an explained sentence takes the
                // whole path, for its trace
                continue;
            }
            List<Clause> clauses = splitter.split(view);
            List<CodedEvent> coded = sentences.code(view, clauses, doc, topic, first, tr);
            coded = causedActors.apply(view, coded, tr);
            coded = corroboration.apply(view, coded, tr);
            coded = PartyFilter.withParties(view, coded, tr);
            coded = PartyFilter.political(view, coded, tr);
            coded = reacting.unblame(view, clauses, coded, tr);
            coded = FirstPersonVerbs.assign(view, coded, tr);
            coded = pronounSubjects.assign(view, coded, tr);
            coded = topicSubjects.check(view, coded, tr);
            coded = SelfDyads.split(view, coded, tr);
            coded = PartyFilter.codedDyads(view, coded, tr);
            coded.addAll(derived.derive(view, clauses, coded, tr));
            topic = Topic.of(coded, topic);
            if (!shown) continue;
            int n = 0;
            for (CodedEvent c : coded) out.add(assembly.toEvent(doc, view, c, n++));
        }
        return only >= 0 ? out : EventMerger.merge(out);
    }

    /** Where the clause's event took place (see {@link EventAssembly#locationMention}). */
    static SentenceView.Placed locationMention(SentenceView s, Clause c) {
        return EventAssembly.locationMention(s, c);
    }
}
