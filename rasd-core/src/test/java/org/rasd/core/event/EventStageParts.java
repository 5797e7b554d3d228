package org.rasd.core.event;

import org.rasd.core.actor.ActorRecognizer;
import org.rasd.core.lexicon.LexiconSource;
import org.rasd.core.lexicon.WordList;
import org.rasd.core.text.TextAnalyzer;

/**
 * The event stage's parts built once from the built-in lexicons, for tests that drive a part on its own (the matcher,
 * the rejection rules, the candidate screen) rather than the whole {@link EventCoder}. Immutable and thread-safe, like
 * the parts themselves.
 */
final class EventStageParts {
    private EventStageParts() {}

    static final LexiconSource SRC = LexiconSource.builtIn();
    static final TextAnalyzer TEXT = TextAnalyzer.load(SRC);
    static final ActorRecognizer ACTORS = ActorRecognizer.load(SRC);
    static final CameoTable CAMEO = CameoTable.load(SRC);
    static final PhraseSets CLASSES = PhraseSets.load(SRC, EventCoder.CLASSES, null);
    static final PhraseSets CUES = PhraseSets.load(SRC, EventCoder.CUES, EventCoder.CUE_KINDS);
    static final TriggerLexicon LEXICON = TriggerLexicon.load(SRC, CAMEO, CLASSES);
    static final Homographs HOMOGRAPHS = Homographs.load(SRC);
    static final TriggerMatcher MATCHER = new TriggerMatcher(LEXICON, CLASSES);
    static final ClauseSplitter SPLITTER = new ClauseSplitter(CUES);
    static final FrameFiller FILLER = new FrameFiller(CUES, CLASSES);
    static final ProtestRules PROTEST = new ProtestRules(CLASSES);
    static final Rejections REJECTIONS = new Rejections(CAMEO, CLASSES, CUES, WordList.load(SRC, EventCoder.STATES), HOMOGRAPHS, PROTEST,
            new OccurrenceEvidence(CLASSES, PROTEST));
}
