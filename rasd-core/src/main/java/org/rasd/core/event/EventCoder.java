package org.rasd.core.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasd.core.lexicon.LexiconSource;
import org.rasd.core.lexicon.WordList;
import org.rasd.core.model.Event;
import org.rasd.core.model.EventActor;
import org.rasd.core.model.Location;
import org.rasd.core.model.Mention;
import org.rasd.core.text.AnalyzedDocument;
import org.rasd.core.text.AnalyzedSentence;

/**
 * The event stage: codes who did what to whom in each extractable sentence of a document, from the trigger
 * lexicon, argument frames, clause structure and modality cues, then adds derived events and merges
 * in-article duplicates. Loaded once; thread-safe (no mutable state).
 */
public final class EventCoder {
    public static final String STATES = "events/states.txt";
    public static final String CLASSES = "events/classes.txt";
    public static final String CUES = "events/cues.txt";
    public static final String MONTHS = "events/months.txt";
    static final Set<String> MONTH_KEYS = Set.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");
    static final Set<String> CUE_KINDS = Set.of("speech", "source", "negation", "denial", "future", "planned-after", "hypothetical",
            "historical", "not-historical", "not-negation", "complementizer", "relative", "opener", "culpability", "control", "receive", "by", "occasion", "failure");
    private static final Set<String> CITY_TYPES = Set.of("CITY", "PLACE", "LOC", "REGION");

    private final CameoTable cameo;
    private final TriggerLexicon lexicon;
    private final PhraseSets classes;
    private final PhraseSets cues;
    private final WordList states;
    private final EmbeddingTable embedding;
    private final TriggerMatcher matcher;
    private final ClauseSplitter splitter;
    private final FrameFiller filler;
    private final ModalityDetector modality;
    private final DateResolver dates;
    private final DerivedEvents derived;
    private final Victims victims;
    private final ProtestRules protest;
    private final Homographs homographs;
    private final ReactingParties reacting;
    private final VerbalNouns verbalNouns;
    private final Anaphors anaphors;
    private final DeclinedComment declined;
    private final TopicSubjects topicSubjects;
    private final PronounSubjects pronounSubjects;

    private EventCoder(CameoTable cameo, TriggerLexicon lexicon, PhraseSets classes, PhraseSets cues, PhraseSets months, WordList states,
                       EmbeddingTable embedding, DateResolver dates, Homographs homographs) {
        this.cameo = cameo;
        this.lexicon = lexicon;
        this.classes = classes;
        this.cues = cues;
        this.states = states;
        this.embedding = embedding;
        this.dates = dates;
        this.matcher = new TriggerMatcher(lexicon, classes);
        this.splitter = new ClauseSplitter(cues);
        this.filler = new FrameFiller(cues, classes);
        this.modality = new ModalityDetector(cues, classes, months, dates.hijriMonths());
        this.derived = new DerivedEvents(cues, classes, cameo, modality);
        this.victims = new Victims(classes);
        this.protest = new ProtestRules(classes);
        this.homographs = homographs;
        this.reacting = new ReactingParties(classes, victims);
        this.verbalNouns = new VerbalNouns(classes);
        this.anaphors = new Anaphors(classes);
        this.declined = new DeclinedComment(classes);
        this.topicSubjects = new TopicSubjects(classes);
        this.pronounSubjects = new PronounSubjects(classes);
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
            // the first word that may open a trigger: the matcher starts there (none: the sentence's end)
            int first = shown && trace != null ? 0 : matcher.firstCandidate(as.tokens());
            if (first < 0) first = as.tokens().size();
            if (!(shown && trace != null) && first == as.tokens().size() && !derived.mayDeriveAlone(new SentenceView(as, List.of(), null))) {
                // no trigger and no culpability cue (cues do not depend on mentions: a bare view, no mentions placed):
                // nothing can be coded, and the topic stays, as with no event; an explained sentence takes the whole
                // path, for its trace
                continue;
            }
            SentenceView view = new SentenceView(as, bySentence.getOrDefault(as.index(), List.of()), classes);
            List<Clause> clauses = splitter.split(view);
            List<CodedEvent> coded = political(view, withParties(view, corroborate(view, causedActors(view, codeSentence(view, clauses, doc, topic, first, shown ? trace : null), shown ? trace : null), shown ? trace : null), shown ? trace : null), shown ? trace : null);
            coded = reacting.unblame(view, clauses, coded, shown ? trace : null);
            coded = FirstPersonVerbs.assign(view, coded, shown ? trace : null);
            coded = pronounSubjects.assign(view, coded, shown ? trace : null);
            coded = topicSubjects.check(view, coded, shown ? trace : null);
            coded = SelfDyads.split(view, coded, shown ? trace : null);
            coded = CodedParties.keep(view, coded, shown ? trace : null);
            coded.addAll(derived.derive(view, clauses, coded, shown ? trace : null));
            topic = topicOf(coded, topic);
            if (!shown) continue;
            int n = 0;
            for (CodedEvent c : coded) out.addAll(toEvents(doc, view, clauses, c, n++));
        }
        return only >= 0 ? out : EventMerger.merge(out);
    }

    /**
     * Drops an event that names no party at all (no actor, no recipient) unless it is an occurrence
     * (an {@code anchor} entry, or any ASSAULT or PROTEST: النزلاء تعرضوا للضرب, whose victims or place carry the report): a meeting,
     * a request or a promise by nobody (نلتقي، طلب منك، تعد) is no who-did-what-to-whom record. On real news most
     * such events are the writer's first-person prose, travel and sports pages, or generic statements.
     */
    private static final Set<String> OCCURRENCES = Set.of("ASSAULT", "PROTEST");

    private static List<CodedEvent> withParties(SentenceView s, List<CodedEvent> coded, List<String> trace) {
        List<CodedEvent> out = new ArrayList<>(coded.size());
        for (CodedEvent e : coded) {
            if (e.actor().isEmpty() && e.recipient().isEmpty() && !e.trigger().entry().anchor() && !OCCURRENCES.contains(e.code().category())) {
                if (trace != null) trace.add("  not coded '" + s.surface(e.trigger().first(), e.trigger().last() + 1) + "' (" + e.code().code()
                        + "): no actor and no recipient found; a non-occurrence event needs a party");
                continue;
            }
            out.add(e);
        }
        return out;
    }

    /**
     * Drops a non-occurrence event between businesses only: at least one party of sector BUS and no party that is
     * a state or a non-business actor (a country with no sector, or any sector other than BUS: GOV, MIL, PTY,
     * IGO ...). Company deals, mergers, investments and club transfers (صفقة استحواذ، اتفقت الشركتان) are business
     * news, not political events; a government party keeps the event (اتفقت الشركتان مع وزارة العدل). Parties of
     * unknown sector (a person with no country) neither keep nor drop it. ASSAULT and PROTEST are always kept.
     */
    static final String BUSINESS = "BUS";

    private static List<CodedEvent> political(SentenceView s, List<CodedEvent> coded, List<String> trace) {
        List<CodedEvent> out = new ArrayList<>(coded.size());
        for (CodedEvent e : coded) {
            if (!OCCURRENCES.contains(e.code().category()) && businessOnly(e)) {
                if (trace != null) trace.add("  not coded '" + s.surface(e.trigger().first(), e.trigger().last() + 1) + "' (" + e.code().code()
                        + "): every party is a business (sector BUS) and none is a state or government: business news, not a political event");
                continue;
            }
            out.add(e);
        }
        return out;
    }

    private static boolean businessOnly(CodedEvent e) {
        boolean business = false;
        for (List<SentenceView.Placed> side : List.of(e.actor(), e.recipient())) {
            for (SentenceView.Placed p : side) {
                String sector = p.mention().sector();
                if (BUSINESS.equals(sector)) business = true;
                else if (sector != null || p.mention().country() != null) return false;
            }
        }
        return business;
    }

    /** The actor (or speaker) a following sentence may continue with a dropped subject. */
    private static List<SentenceView.Placed> topicOf(List<CodedEvent> coded, List<SentenceView.Placed> previous) {
        for (CodedEvent e : coded) {
            if (!e.rule().startsWith("derived") && !e.actor().isEmpty()) return detach(e.actor());
        }
        for (CodedEvent e : coded) if (!e.modality().claimant().isEmpty()) return detach(e.modality().claimant());
        return coded.isEmpty() ? previous : List.of();
    }

    private static List<SentenceView.Placed> detach(List<SentenceView.Placed> ps) {
        return ps.stream().map(p -> new SentenceView.Placed(p.mention(), -1, -1, "", -1)).toList();
    }

    /** Codes a sentence's triggers; no word before token {@code firstCandidate} opens a trigger pattern. */
    List<CodedEvent> codeSentence(SentenceView s, List<Clause> clauses, AnalyzedDocument doc, List<SentenceView.Placed> topic, int firstCandidate, List<String> trace) {
        List<TriggerMatcher.Tried> tried = trace == null ? null : new ArrayList<>();
        // the longest trigger whose conditions (needs, anchors, states) hold at each position
        List<TriggerMatch> matches = matcher.match(s, firstCandidate, tried, m -> reject(s, clauses, m) == null);
        if (trace != null) {
            trace.add("clauses: " + clauses.stream().map(c -> c.kind() + "[" + s.surface(c.first(), c.end()) + "]").toList());
            for (TriggerMatcher.Tried t : tried) if (!t.result().equals("no trigger")) trace.add("  token " + t.token() + " '" + t.stem() + "': " + t.result());
        }
        List<CodedEvent> out = new ArrayList<>();
        Map<Integer, Integer> controlledBy = new HashMap<>();
        Map<Integer, Integer> embeds = new HashMap<>();
        for (int i = 0; i < matches.size(); i++) {
            TriggerMatch t = matches.get(i);
            if (!t.entry().control()) continue;
            Clause c = ClauseSplitter.clauseOf(clauses, t.first());
            if (i + 1 < matches.size()) {
                TriggerMatch next = matches.get(i + 1);
                if (c.contains(next.first()) && next.first() <= t.last() + 4 && !next.isVerb()) {
                    controlledBy.put(i + 1, i);
                    embeds.put(i, i + 1);
                }
            }
        }
        // control verbs that are not triggers (قرر، حاول): their complement inherits their subject
        for (int i = 0; i < matches.size(); i++) {
            TriggerMatch t = matches.get(i);
            // (no reject() here: the matcher kept only matches that reject() lets through, and it is a pure function)
            Integer outer = controlledBy.get(i);
            if (outer != null && "REQUEST".equals(cameo.get(matches.get(outer).entry().cameo()).category())) {
                if (trace != null) trace.add("  '" + s.surface(t.first(), t.last() + 1) + "' is the content of a request: coded as the request's context");
                continue;
            }
            Roles roles = filler.fill(s, clauses, t);
            boolean figurative = figurative(s, t);
            if (t.entry().anchor() && t.isVerb() && !figurative && !anchored(s, 0, s.size(), t) && (roles.actor().isEmpty() || roles.actor().get(0).mention().country() == null || t.form() == VerbForm.IMPERFECT)) {
                if (trace != null) trace.add("  not coded '" + s.surface(t.first(), t.last() + 1) + "': a violent or protest act needs a named actor of known country or a concrete anchor in its sentence (a time, a number, a casualty word)");
                continue;
            }
            if (outer != null && roles.actor().isEmpty()) {
                Roles or = filler.fill(s, clauses, matches.get(outer));
                if (!or.actor().isEmpty()) roles = new Roles(or.actor(), "controller's " + or.actorSlot(), roles.recipient(), roles.recipientSlot(), roles.penalty() - 0.15, roles.notes());
            }
            String notPolitical = notPolitical(s, clauses, t, roles);
            if (notPolitical != null) {
                if (trace != null) trace.add("  not coded '" + s.surface(t.first(), t.last() + 1) + "': " + notPolitical);
                continue;
            }
            Integer inner = embeds.get(i);
            if (inner != null && !"REQUEST".equals(cameo.get(t.entry().cameo()).category())) {
                if (trace != null) trace.add("  '" + s.surface(t.first(), t.last() + 1) + "' takes the event '" + s.surface(matches.get(inner).first(), matches.get(inner).last() + 1) + "' as complement: the complement is coded");
                continue;
            }
            boolean controlledByVerb = controlledByCue(s, clauses, t);
            if (!t.isVerb() && !t.entry().anchor() && !roles.hasArgument() && outer == null && !controlledByVerb && t.entry().needs() == null) {
                if (trace != null) trace.add("  not coded '" + s.surface(t.first(), t.last() + 1) + "': a noun without actor or recipient names no event");
                continue;
            }
            Clause c = ClauseSplitter.clauseOf(clauses, t.first());
            StringBuilder rule = new StringBuilder(t.entry().id()).append(' ').append(t.entry().lemma().split("\\|")[0].strip())
                    .append(" [").append(t.form().name().toLowerCase()).append("] frame ").append(t.entry().frame())
                    .append(" actor=").append(roles.actorSlot().isEmpty() ? "-" : roles.actorSlot())
                    .append(" recipient=").append(roles.recipientSlot().isEmpty() ? "-" : roles.recipientSlot());
            String code = t.entry().cameo();
            for (String cls : t.entry().refineClasses()) {
                int from = t.isVerb() ? t.last() + 1 : t.first();
                if (classes.find(s, from, Math.min(c.end(), t.last() + 9), cls) >= 0) {
                    code = t.entry().refine().get(cls);
                    rule.append(" ref:").append(cls);
                    break;
                }
            }
            if (figurative) {
                // هاجم الحزب، شن هجوما على الوزير، فتح النار على المنتقدين: no weapon, casualty or armed men in the sentence
                code = t.entry().figurative();
                rule.append(" figurative (no '").append(t.entry().literal()).append("' word in the sentence)");
            }
            Modality m = modality.detect(s, clauses, t, doc.date());
            if (roles.actorSlot().startsWith("subj(") && !m.claimant().isEmpty() && roles.actor().get(0).group() == m.claimant().get(0).group()) {
                roles = new Roles(List.of(), "", roles.recipient(), roles.recipientSlot(), roles.penalty(), roles.notes());
                rule.append(" (the speaker is not the actor of what he reports)");
            }
            if (roles.actor().isEmpty() && !m.claimant().isEmpty() && t.form() != VerbForm.PASSIVE && speakerIsSubject(s, c)) {
                // قال الجيش التركي إن طائراته قصفت ... / أعلن أنه سيشارك: the pronoun refers to the speaker
                roles = new Roles(m.claimant(), "speaker (pronoun)", roles.recipient(), roles.recipientSlot(), roles.penalty(), roles.notes());
                rule.append(" actor=the speaker, named by a pronoun");
            }
            if (roles.actor().isEmpty() && !topic.isEmpty() && t.isVerb() && t.form() != VerbForm.PASSIVE && t.first() <= 1 && c.first() == 0) {
                // a sentence opening with a verb whose subject is dropped continues the previous sentence's actor
                roles = new Roles(topic, "subj(previous sentence)", roles.recipient(), roles.recipientSlot(), roles.penalty() + 0.05, roles.notes());
                rule.append(" actor=the previous sentence's actor (dropped subject)");
            }
            List<SentenceView.Placed> actor = roles.actor();
            List<SentenceView.Placed> recipient = roles.recipient();
            if (inner != null) { // a request with its content
                TriggerMatch in = matches.get(inner);
                String innerCode = refined(s, clauses, in);
                String combined = embedding.combine("REQUEST", innerCode);
                if (combined != null) { code = combined; rule.append(" +content ").append(in.entry().id()).append(" (").append(innerCode).append(')'); }
                if (recipient.isEmpty()) {
                    List<SentenceView.Placed> giver = filler.genitive(s, clauses, in);
                    if (giver.isEmpty()) giver = filler.fill(s, clauses, in).actor();
                    List<SentenceView.Placed> requester = actor;
                    giver = giver.stream().filter(p -> !requester.contains(p)).toList();
                    if (!giver.isEmpty()) { recipient = giver; rule.append(" recipient=content's actor"); }
                }
            }
            CameoCode cc = cameo.get(code);
            if ("ASSAULT".equals(cc.category()) && t.isVerb() && !actor.isEmpty() && !roles.actorSlot().equals("by") && recipient.stream().allMatch(EventCoder::placeOnly)
                    && classes.at(s, t.first(), "casualty-verb") && attackNounAfter(s, c, t, matches)) {
                // قتل 20 شخصا في هجوم / جنديين اسبانيين قتلا في هجوم: the subject of a casualty verb is the victim
                recipient = actor;
                actor = List.of();
                rule.append(" (casualty verb before an attack noun: the subject is the victim)");
            }
            if (roles.actorSlot().equals("subj") && !actor.isEmpty() && actor.get(0).first() > t.last() && !m.claimant().isEmpty()
                    && t.isVerb() && t.first() == c.first() + 2 && speakerIsSubject(s, c) && recipient.stream().allMatch(EventCoder::placeOnly)) {
                // قال الجيش إن طائراته قصفت مجموعة من المتمردين: the noun before the verb is its subject (the speaker's);
                // the party after the verb is its object
                recipient = actor;
                actor = m.claimant();
                rule.append(" (the speaker's own subject before the verb: the party after it is the object)");
            }
            if ("ASSAULT".equals(cc.category()) && !t.isVerb() && roles.actorSlot().equals("subj") && !actor.isEmpty()
                    && recipient.stream().allMatch(EventCoder::placeOnly) && classes.find(s, c.first(), t.first(), "casualty-verb") >= 0) {
                // جرح الوزير في تفجير سيارة: the subject of the casualty verb before the attack noun is its victim
                recipient = actor;
                actor = List.of();
                rule.append(" (subject of a casualty verb before the attack noun: the victim)");
            }
            if ("ASSAULT".equals(cc.category()) && recipient.stream().allMatch(EventCoder::placeOnly)) {
                SentenceView.Placed victim = victimNationality(s, c, t, actor);
                if (victim != null) {
                    recipient = s.group(victim.group());
                    rule.append(" recipient=the victims' nationality");
                } else {
                    List<SentenceView.Placed> own = victims.ownPeople(s, c, t, m.claimant(), actor);
                    SentenceView.Placed local = own.isEmpty() ? victims.peopleOfPlace(s, c, t) : null;
                    if (!own.isEmpty()) {
                        recipient = own;
                        rule.append(" recipient=the speaker's own people (جنوده)");
                    } else if (local != null) {
                        recipient = List.of(local);
                        rule.append(" recipient=the people of the place (").append(local.mention().sector() == null ? "victims" : local.mention().sector()).append(')');
                    }
                }
            }
            if ("ASSAULT".equals(cc.category())) {
                List<SentenceView.Placed> local = victims.localised(s, c, recipient);
                if (local != recipient) { recipient = local; rule.append(" recipient's country=the place's"); }
            }
            if ("PROTEST".equals(cc.category()) && recipient.isEmpty()) {
                SentenceView.Placed target = protestTarget(s, actor);
                if (target != null) {
                    recipient = s.group(target.group());
                    rule.append(" recipient=the target of the protesters' chant or demand");
                }
            }
            if ("PROTEST".equals(cc.category()) && actor.isEmpty()) {
                // the protesters named elsewhere in the sentence (خرجت مظاهرات ... واغلق المتظاهرون الشوارع)
                SentenceView.Placed who = protest.participants(s, c, recipient);
                if (who != null) {
                    actor = s.group(who.group());
                    rule.append(" actor=the protesters named in the sentence");
                }
            }
            if ("PROTEST".equals(cc.category()) && recipient.isEmpty()) {
                SentenceView.Placed where = locationMention(s, c);
                if (where != null && where.mention().country() != null) {
                    Mention m0 = where.mention();
                    Mention gov = new Mention(m0.start(), m0.end(), m0.text(), m0.sentence(), m0.country(), "COUNTRY", m0.country() + " government",
                            m0.country() + "GOV", m0.country(), "GOV", "implied", "protest-target:government-of-location");
                    recipient = List.of(new SentenceView.Placed(gov, where.first(), where.last(), where.preposition(), -1));
                    rule.append(" recipient=the government where the protest took place");
                }
            }
            if ("planned".equals(m.kind()) && cc.cooperative()) {
                String agree = embedding.combine("FUTURE", code);
                if (agree != null) { rule.append(" future→AGREE ").append(code); cc = cameo.get(agree); }
            }
            double conf = t.entry().reliability() - roles.penalty();
            if (!s.sentence().sentence().flags().isEmpty()) conf -= 0.1;
            if (cc.quadClass() <= 2) {
                SentenceView.Placed against = null;
                for (SentenceView.Placed p : s.mentions()) {
                    if (p.first() > t.last() && c.contains(p.first()) && "ضد".equals(p.preposition())) { against = p; break; }
                }
                if (against != null) {
                    // machine-translation noise (جنح الجزائر ضد المعسكرات): trust the trigger, never invent conflict
                    if (recipient.isEmpty()) recipient = s.group(against.group());
                    conf -= 0.3;
                    rule.append(" (preposition ضد contradicts a cooperative trigger: trusted the trigger)");
                }
            }
            if (m.reported() && m.claimant().isEmpty()) conf -= 0.05;
            conf = Math.max(0.05, Math.min(1.0, conf));
            CodedEvent e = new CodedEvent(t, cc, actor, recipient, m, round(conf), rule.toString(), c);
            if (trace != null) trace.add("  coded " + cc.category() + " " + cc.code() + " '" + s.surface(t.first(), t.last() + 1) + "' actor=" + names(actor)
                    + " recipient=" + names(recipient) + " modality=" + m.kind() + " (" + m.reason() + ") " + String.join("; ", roles.notes()));
            if (t.entry().symmetric() && recipient.isEmpty() && actor.size() >= 2) {
                out.add(new CodedEvent(t, cc, List.of(actor.get(0)), actor.subList(1, actor.size()), m, e.confidence(), e.rule() + " reciprocal", c));
                out.add(new CodedEvent(t, cc, actor.subList(1, actor.size()), List.of(actor.get(0)), m, e.confidence(), e.rule() + " reciprocal", c));
                if (trace != null) trace.add("    coordinated actors with a symmetric trigger: a reciprocal pair");
            } else {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * Occurrences (anchored entries: attacks, demonstrations) are surer when several triggers of the category
     * report them in one sentence (قتل ... في هجوم ... وأصيب): +0.1 from three, −0.15 when a trigger stands alone;
     * a lone noun or imperfect verb is dropped unless a news-day time word (class recent-time) is near it.
     */
    private List<CodedEvent> corroborate(SentenceView s, List<CodedEvent> coded, List<String> trace) {
        Map<String, java.util.Set<Integer>> triggers = new HashMap<>();
        for (CodedEvent e : coded) triggers.computeIfAbsent(e.code().category(), k -> new java.util.HashSet<>()).add(e.trigger().first());
        // a category whose first occurrence trigger is the background of another event (غداة هجوم، بعد أن خطف، بسبب هجوم
        // انتحاري): every occurrence of it in the sentence describes that background
        Map<String, Integer> firstAt = new HashMap<>();
        for (CodedEvent e : coded) if (e.trigger().entry().anchor()) firstAt.merge(e.code().category(), e.trigger().first(), Math::min);
        java.util.Set<String> background = new java.util.HashSet<>();
        firstAt.forEach((cat, i) -> {
            int b = classes.findLast(s, Math.max(0, i - 4), i, "background");
            if (b >= 0 && classes.find(s, b + 1, i, "recent-time") < 0) background.add(cat); // منذ الصباح يهتفون: a time, not a background event
        });
        List<CodedEvent> out = new ArrayList<>(coded.size());
        for (CodedEvent e : coded) {
            int n = triggers.get(e.code().category()).size();
            TriggerMatch t = e.trigger();
            if (t.entry().anchor() && background.contains(e.code().category())) {
                if (trace != null) trace.add("  not coded '" + s.surface(t.first(), t.last() + 1) + "': the sentence's first " + e.code().category()
                        + " trigger follows '" + s.norm(classes.findLast(s, Math.max(0, firstAt.get(e.code().category()) - 4), firstAt.get(e.code().category()), "background"))
                        + "' (غداة هجوم، بعد أن خطف): the background of another event, reported elsewhere");
                continue;
            }
            if (n == 1 && t.entry().anchor() && (t.form() == VerbForm.NOUN && !performed(s, e.clause(), t) || t.form() == VerbForm.IMPERFECT)
                    && classes.find(s, Math.max(0, t.first() - 8), Math.min(s.size(), t.last() + 13), "recent-time") < 0
                    && !(t.form() == VerbForm.NOUN && governedByOccurrence(s, e.clause(), t))
                    && !(isProtest(t) && protest.occurrenceNear(s, t.first() - 6, t.last() + 6))) {
                if (trace != null) trace.add("  not coded '" + s.surface(t.first(), t.last() + 1) + "': the only " + e.code().category()
                        + " trigger of its sentence, a noun or an imperfect verb with no news-day time near it (أمس، اليوم): a reference, not a report");
                continue;
            }
            if (n == 1 && t.entry().anchor() && t.form() == VerbForm.PERFECT && e.clause().kind() == Clause.Kind.RELATIVE && e.clause().first() >= t.first() - 2
                    && classes.find(s, t.last() + 1, Math.min(e.clause().end(), t.last() + 3), "casualty") < 0) { // الذي قتل بالرصاص: the act itself
                if (trace != null) trace.add("  not coded '" + s.surface(t.first(), t.last() + 1) + "': the only " + e.code().category()
                        + " trigger of its sentence, in a relative clause (الرهينة التي خطفت): it describes a participant, it does not report the act");
                continue;
            }
            if (n == 1 && t.entry().anchor() && t.form() == VerbForm.PERFECT && !concrete(s)
                    && !(isProtest(t) && protest.occurrenceNear(s, 0, s.size()))) { // a protest's own crowd is its concrete detail
                if (trace != null) trace.add("  not coded '" + s.surface(t.first(), t.last() + 1) + "': the only " + e.code().category()
                        + " trigger of its sentence, with no concrete detail (a number, a casualty word, a news-day time): a mention, not a report");
                continue;
            }
            double d = !e.trigger().entry().anchor() ? 0 : n == 1 ? -0.15 : n >= 3 ? 0.1 : 0;
            if (d == 0) { out.add(e); continue; }
            double conf = round(Math.max(0.05, Math.min(1.0, e.confidence() + d)));
            out.add(new CodedEvent(e.trigger(), e.code(), e.actor(), e.recipient(), e.modality(), conf,
                    e.rule() + (d < 0 ? " (uncorroborated occurrence)" : " (corroborated by " + n + " triggers)"), e.clause()));
            if (trace != null) trace.add("  confidence " + (d < 0 ? "lowered: the only " : "raised: " + n + " triggers of ") + e.code().category() + " in the sentence");
        }
        return out;
    }

    /**
     * A casualty reported as the result of an attack (قصفت الدبابة المنزل مما أدى إلى مقتل ثلاثة، أسفر عن إصابة) has the
     * attack's actor: an ASSAULT event with no actor whose trigger follows a result phrase (class result) takes the
     * actor of the last earlier ASSAULT event of the sentence that has one.
     */
    private List<CodedEvent> causedActors(SentenceView s, List<CodedEvent> coded, List<String> trace) {
        List<CodedEvent> out = new ArrayList<>(coded.size());
        List<SentenceView.Placed> cause = List.of();
        for (CodedEvent e : coded) {
            boolean assault = "ASSAULT".equals(e.code().category());
            TriggerMatch t = e.trigger();
            if (assault && e.actor().isEmpty() && !cause.isEmpty() && classes.findLast(s, Math.max(0, t.first() - 4), t.first(), "result") >= 0) {
                List<SentenceView.Placed> actor = cause;
                List<SentenceView.Placed> recipient = e.recipient().stream().filter(p -> !actor.contains(p)).toList();
                if (recipient.isEmpty()) {
                    SentenceView.Placed local = victims.peopleOfPlace(s, e.clause(), t);
                    if (local != null) recipient = List.of(local);
                }
                e = new CodedEvent(t, e.code(), actor, recipient, e.modality(), e.confidence(), e.rule() + " actor=the causing attack's actor", e.clause());
                if (trace != null) trace.add("  '" + s.surface(t.first(), t.last() + 1) + "' is the result of an earlier attack: its actor is " + names(actor));
            }
            if (assault && !e.actor().isEmpty()) cause = e.actor();
            out.add(e);
        }
        return out;
    }

    /** Whether a sentence gives concrete detail of an occurrence: a number, a casualty or count word, a news-day time, a shot or shell (class casualty). */
    private boolean concrete(SentenceView s) {
        for (int i = 0; i < s.size(); i++) if (s.token(i).kind() == org.rasd.core.text.TokenKind.NUMBER) return true;
        return classes.find(s, 0, s.size(), "anchor") >= 0 || classes.find(s, 0, s.size(), "recent-time") >= 0
                || classes.find(s, 0, s.size(), "casualty") >= 0;
    }

    /** An attack noun governed by a perfect verb of undergoing or occurring right before it (تعرضت لهجوم، وقع انفجار): a report of the act. */
    private boolean governedByOccurrence(SentenceView s, Clause c, TriggerMatch t) {
        return classes.at(s, t.first(), "violence") && (classes.findLast(s, Math.max(c.first(), t.first() - 4), t.first(), "undergone") >= 0
                || classes.findLast(s, Math.max(c.first(), t.first() - 2), t.first(), "occur") >= 0);
    }

    private String refined(SentenceView s, List<Clause> clauses, TriggerMatch t) {
        Clause c = ClauseSplitter.clauseOf(clauses, t.first());
        for (String cls : t.entry().refineClasses()) {
            if (classes.find(s, t.first(), Math.min(c.end(), t.last() + 9), cls) >= 0) return t.entry().refine().get(cls);
        }
        return t.entry().cameo();
    }

    /** Whether a trigger with a figurative reading (هاجم → criticize) is used figuratively: no literal-class word in its sentence. */
    private boolean figurative(SentenceView s, TriggerMatch t) {
        return t.entry().figurative() != null && classes.find(s, 0, s.size(), t.entry().literal()) < 0;
    }

    /**
     * A reference-head phrase (جريمة، ذكرى، التحقيق في، هذا) ending right before token {@code i}, or right before a
     * definite adjective that precedes it (الذكرى الثانية لاغتيال); its first token, or -1.
     */
    private int referenceHeadBefore(SentenceView s, int i) {
        for (int end : new int[] {i, i - 1}) {
            if (end < i && (end < 1 || !s.norm(end).startsWith("ال"))) continue;
            for (int k = end - 1; k >= Math.max(0, end - 3); k--) {
                PhraseSets.Phrase p = classes.matchAt(s, k, "reference-head");
                if (p != null && k + p.words().length == end) return k;
            }
        }
        return -1;
    }

    /**
     * The first word of the sentence's court proceedings (class {@code court}: محكمة، حكم بالسجن، الادعاء، تبرئة), or -1;
     * a court word that is the target or place of an attack (up to three words after على، أمام، مبنى or an attack word:
     * هجوم على محكمة، انفجار أمام مبنى المحكمة) does not count.
     */
    private int courtWord(SentenceView s) {
        for (int k = classes.find(s, 0, s.size(), "court"); k >= 0; k = classes.find(s, k + 1, s.size(), "court")) {
            boolean target = classes.find(s, Math.max(0, k - 3), k, "court-target") >= 0 || classes.find(s, Math.max(0, k - 3), k, "attackctx") >= 0;
            if (!target) return k;
        }
        return -1;
    }

    /**
     * The first attack word (class attackctx) in [from, to) that is not the head of an accident (انفجار اسطوانة غاز: an
     * explosion followed by a disaster word), or -1.
     */
    private int attackWord(SentenceView s, int from, int to) {
        for (int k = classes.find(s, from, to, "attackctx"); k >= 0; k = classes.find(s, k + 1, to, "attackctx")) {
            if (!(k + 1 < s.size() && classes.at(s, k + 1, "disaster"))) return k;
        }
        return -1;
    }

    /**
     * Why a trigger, given its roles, names no event between political parties, or null: "helps to" with a thing as
     * subject, a visit of a place or by private visitors, a meeting of a sports, business or school body, support of
     * a thing or a subsidy (word classes not-a-visit, non-political-body, not-a-party-object, helps-to).
     */
    private String notPolitical(SentenceView s, List<Clause> clauses, TriggerMatch t, Roles roles) {
        if (helpsTo(s, t, roles)) {
            return "'helps to' (ساعد على/في + verbal noun) with no party as its subject: a contribution, not cooperation";
        }
        int visit = privateVisit(s, clauses, t, roles);
        if (visit >= 0) {
            return "a visit or reception of a place, a thing or private visitors ('" + s.norm(visit)
                    + "': زيارة الموقع، استقبال السفينة، يستقبل الحجاج، المصطافون الذين يزورون), not a meeting of parties";
        }
        int body = nonPoliticalBody(s, clauses, t, roles);
        if (body >= 0) {
            return "a meeting of a sports, business or school body ('" + s.norm(body)
                    + "': اللجنة التنفيذية للفيفا، مجلس إدارة النادي) with no state party, not a political consultation";
        }
        int thing = supportOfAThing(s, clauses, t, roles);
        if (thing >= 0) {
            return "support, praise or defence of a thing, an activity or a subsidy ('" + s.norm(thing)
                    + "': دعم الجهود، دعم الوقود، أشاد بالفعاليات، دافع عن ألوان الفريق), not of a party";
        }
        return null;
    }

    /** Why a trigger is not an event here, or null. */
    private String reject(SentenceView s, List<Clause> clauses, TriggerMatch t) {
        Homographs.Entry homograph = homographs.at(s, t.first());
        if (homograph != null) return "another word written the same ('" + homograph.written() + "', " + homograph.where() + "), not a trigger";
        Clause c = ClauseSplitter.clauseOf(clauses, t.first());
        if (t.entry().literal() != null && t.entry().figurative() == null && classes.find(s, 0, s.size(), t.entry().literal()) < 0) {
            return "used figuratively: no '" + t.entry().literal() + "' word (a bomb, a casualty, armed men) in the sentence (انفجر بالضحك، تفجر الخلاف)";
        }
        String needs = t.entry().needs();
        // a protest verb with an object pronoun (وقاطعتها المعارضة) finds its object anywhere before it in the sentence
        int lookBack = isProtest(t) && t.isVerb() && !t.enclitic().isEmpty() ? 0 : Math.max(c.first(), t.first() - 6);
        if (needs != null && classes.find(s, t.last() + 1, Math.min(c.end(), t.last() + 9), needs) < 0
                && classes.find(s, lookBack, t.first(), needs) < 0) {
            return "needs a '" + needs + "' word near it in its clause";
        }
        int head = t.entry().anchor() && !t.isVerb() ? referenceHeadBefore(s, t.first()) : -1;
        if (head >= 0) {
            return "a reference to an occurrence ('" + s.surface(head, t.first()) + "' + the event noun: جريمة اغتيال، ذكرى الهجوم، هذا الهجوم), not a report of one";
        }
        if (t.entry().anchor() && classes.at(s, t.first(), "recent-time") && t.last() + 1 < s.size() && classes.at(s, t.last() + 1, "recent-time")) {
            return "a time expression ('" + s.surface(t.first(), t.last() + 2) + "': فجر أمس is dawn yesterday), not an event";
        }
        if (t.entry().anchor() && "ASSAULT".equals(cameo.get(t.entry().cameo()).category()) && classes.find(s, c.first(), c.end(), "habitual") >= 0) {
            return "a habit or a pattern ('" + s.norm(classes.find(s, c.first(), c.end(), "habitual")) + "' in its clause: تنفجر السيارات المفخخة يوميا), not one act reported";
        }
        if (t.entry().anchor() && t.last() + 1 < c.end() && classes.at(s, t.last() + 1, "generic-object")
                && "ASSAULT".equals(cameo.get(t.entry().cameo()).category())) {
            return "an act on 'any' one ('" + s.surface(t.first(), t.last() + 2) + "': خطف أي أجنبي), a threat or a policy, not an act done";
        }
        if (t.entry().anchor() && classes.find(s, c.first(), c.end(), "disaster") >= 0
                && attackWord(s, c.first(), t.first()) < 0 && attackWord(s, t.last() + 1, c.end()) < 0) {
            return "deaths in a disaster or an accident ('" + s.norm(classes.find(s, c.first(), c.end(), "disaster")) + "') with no attack word, not an assault";
        }
        if (t.entry().anchor() && !t.isVerb() && classes.at(s, t.first(), "device")) {
            int found = classes.findLast(s, Math.max(c.first(), t.first() - 6), t.first(), "defuse");
            if (found >= 0) return "a device found or defused ('" + s.norm(found) + "': فككت الشرطة عبوة), not an attack";
        }
        if (t.entry().anchor()) {
            int charge = classes.findLast(s, Math.max(c.first(), t.first() - 4), t.first(), "charge");
            if (charge >= 0) return "the charge of a trial or an investigation ('" + s.norm(charge) + "': أدين بتهمة تنفيذ تفجير، المتهمين بخطف), a reference to an earlier act, not a report";
            int feared = classes.findLast(s, Math.max(c.first(), t.first() - 4), t.first(), "feared");
            if (feared >= 0) return "threatened, warned of or feared ('" + s.norm(feared) + "': هدد بقتل الرهائن، خشية هجمات), not done";
            int claim = classes.findLast(s, Math.max(c.first(), t.first() - 4), t.first(), "responsibility");
            if (claim >= 0) return "the object of a claim of responsibility or a blame ('" + s.norm(claim) + "': أعلنت الجماعة مسؤوليتها عن الهجوم), an attack reported before, not a new report";
        }
        if (t.entry().anchor() && "ASSAULT".equals(cameo.get(t.entry().cameo()).category())) { // a protest against a verdict is one
            int court = courtWord(s);
            if (court >= 0) return "told in a sentence about court proceedings ('" + s.norm(court) + "': ثبتت محكمة حكما على من خطفوا سياحا): the act judged, an earlier event, not a report";
        }
        if (t.entry().anchor() && t.form() == VerbForm.PERFECT && t.proclitics().equals("و") && t.first() > 0 && classes.at(s, t.first() - 1, "crime-noun")) {
            return "a verbal noun in a list of crimes ('" + s.norm(t.first() - 1) + "' و...: اغتصاب ونهب وقتل), not a finite verb";
        }
        if (t.entry().anchor() && t.form() == VerbForm.PERFECT && t.proclitics().isEmpty() && t.first() > 0
                && (classes.at(s, t.first() - 1, "masdar-head") || classes.at(s, t.first() - 1, "reference-head"))) {
            return "a verbal noun after '" + s.norm(t.first() - 1) + "' (محاولة قتل، في خطف), not a finite verb";
        }
        if (s.mentionAt(t.first()) != null && NAMED.contains(s.mentionAt(t.first()).mention().type())
                && (!t.isVerb() || s.mentionAt(t.first()).first() == t.first() && "PERSON".equals(s.mentionAt(t.first()).mention().type()))) {
            // a verb only when a person's name starts with it (طالباني is no form of طالب)
            return "part of the name '" + s.mentionAt(t.first()).mention().text() + "' (منظمة العفو الدولية), not an event";
        }
        if (!t.isVerb() && t.first() > 0 && (classes.at(s, t.first() - 1, "topic-head")
                || t.first() > 1 && classes.at(s, t.first() - 2, "topic-head") && isPrep(s, t.first() - 1))) {
            return "the topic of another action ('" + s.norm(t.first() - 1) + "' + the event noun: الالتفاف على العقوبات، تمويل الحرب), not an occurrence";
        }
        if (!t.isVerb() && classes.at(s, t.first(), "standing-noun") && !enacted(s, c, t)) {
            return "names an existing agreement, deal or alliance (الاتفاق المبرم، التعاون بين البلدين، أغلب الصفقات), not a new one:"
                    + " no verb of concluding, signing or announcing governs it and no future or planned cue scopes it";
        }
        if (t.entry().anchor() && referencedBy(s, c, t) >= 0) {
            return "the object of a reaction ('" + s.norm(referencedBy(s, c, t)) + "': أدان الهجوم), a reference to an event, not a report of one";
        }
        if (t.entry().anchor() && !t.isVerb() && t.proclitics().endsWith("ل") && !t.hasArticle()
                && !(classes.at(s, t.first(), "violence") && classes.findLast(s, Math.max(c.first(), t.first() - 4), t.first(), "undergo") >= 0)) {
            return "a purpose (لـ + verbal noun: to attack, for bombing), not an occurrence";
        }
        if (t.entry().anchor() && !t.isVerb() && !performed(s, c, t) && !anchored(s, Math.max(c.first(), t.first() - (isProtest(t) ? 6 : 4)), Math.min(c.end(), t.last() + 6), t)
                && !governedByOccurrence(s, c, t) && !(t.last() + 1 < c.end() && classes.at(s, t.last() + 1, "device"))) {
            return "a violent or protest noun is an occurrence only with an anchor next to it (a time, a number, a casualty word, a verb of happening such as وقع، أسفر، استهدف, or the device that exploded: انفجار عبوة); otherwise it is a reference";
        }
        if ("PROTEST".equals(cameo.get(refined(s, clauses, t)).category())) { // not a diplomatic protest (احتجت ... لدى → 114)
            String why = protest.reject(s, c, t);
            if (why != null) return why;
        }
        if (!t.isVerb() && t.last() + 1 < s.size()) {
            String next = s.norm(t.last() + 1);
            if (states.contains(next)) return "a state of affairs ('" + next + "'), not an event";
        }
        String noun = verbalNouns.reason(s, t);
        if (noun == null) noun = anaphors.reason(s, t);
        return noun != null ? noun : declined.reason(s, c, t, cameo);
    }

    /**
     * In a complement clause, a subject that is a pronoun (أنه، أنها) or a noun with a possessive pronoun
     * (قواته، طائراته) refers to the speaker.
     */
    private boolean speakerIsSubject(SentenceView s, Clause c) {
        if (c.kind() != Clause.Kind.COMPLEMENT || c.first() >= s.size()) return false;
        String comp = s.norm(c.first());
        if (comp.endsWith("ه") || comp.endsWith("ها") || comp.endsWith("هم")) return !comp.equals("ان") && comp.length() > 2;
        int k = c.first() + 1;
        if (k >= c.end() || s.mentionAt(k) != null) return false;
        for (org.rasd.core.text.Segmentation g : s.segmentations(k)) {
            if (g.enclitic().equals("ه") && !org.rasd.core.event.TriggerMatcher.endsWithTaMarbuta(s.token(k).surface()) || g.enclitic().equals("ها") || g.enclitic().equals("هم")) return true;
        }
        return false;
    }

    /**
     * Whom protesters address, anywhere in the sentence: the party right after a chant (الموت لأمريكا، يسقط النظام:
     * class chant) or a demand (مطالبين الحكومة التركية بـ: class demand); not one of the protesters; null when none.
     */
    private SentenceView.Placed protestTarget(SentenceView s, List<SentenceView.Placed> actor) {
        for (SentenceView.Placed p : s.mentions()) {
            if (p.first() == 0 || actor.contains(p) || p.adjective() || "في".equals(p.preposition())) continue;
            int k = p.first() - 1;
            if (s.isPunct(k) && k > 0) k--;
            if (classes.at(s, k, "chant") || classes.at(s, k, "demand") && p.preposition().isEmpty()) return p;
        }
        return null;
    }

    /** Whether an ASSAULT noun trigger (هجوم، انفجار، تفجير) follows the verb in its clause. */
    private boolean attackNounAfter(SentenceView s, Clause c, TriggerMatch t, List<TriggerMatch> matches) {
        for (TriggerMatch m : matches) {
            if (!m.isVerb() && m.first() > t.last() && c.contains(m.first()) && "ASSAULT".equals(cameo.get(m.entry().cameo()).category())) return true;
        }
        // في هجوم انتحاري، بانفجار عبوة: a violent noun after في or بـ, even one not coded itself
        for (int k = t.last() + 1; k < Math.min(c.end(), t.last() + 8); k++) {
            if (!classes.at(s, k, "violence") || classes.at(s, k, SentenceView.AGENT_MARKER)) continue; // برصاص X names the agent
            if (s.norm(k - 1).equals("في") || s.norm(k - 1).equals("اثر") || s.norm(k).startsWith("ب") && s.hasStem(k, s.norm(k).substring(1))) return true;
        }
        return false;
    }

    /** A recipient that is only where an attack happened (a city, a region, في + a country), not who suffered it. */
    private static boolean placeOnly(SentenceView.Placed p) {
        String type = p.mention().type();
        return "CITY".equals(type) || "REGION".equals(type) || "في".equals(p.preposition());
    }

    /**
     * The nationality of an attack's victims (جنديين اسبانيين، دورية بريطانية، خمسة فلسطينيين): a nisba of known
     * country in the trigger's clause, not the actor's, not the adjective of the trigger noun itself (ضربة جوية
     * أميركية names the attacker); first after the trigger, else before a passive or actorless trigger.
     */
    private static SentenceView.Placed victimNationality(SentenceView s, Clause c, TriggerMatch t, List<SentenceView.Placed> actor) {
        java.util.Set<Integer> actorGroups = new java.util.HashSet<>();
        java.util.Set<String> actorCountries = new java.util.HashSet<>();
        for (SentenceView.Placed a : actor) { actorGroups.add(a.group()); if (a.mention().country() != null) actorCountries.add(a.mention().country()); }
        SentenceView.Placed before = null;
        for (SentenceView.Placed p : s.mentions()) {
            Mention m = p.mention();
            if (!"nisba".equals(m.resolution()) || m.country() == null || !c.contains(p.first())) continue;
            if (actorGroups.contains(p.group()) || actorCountries.contains(m.country())) continue;
            if (!t.isVerb() && p.first() <= t.last() + 2 && p.first() > t.last()) continue;
            if (p.first() > t.last()) return p;
            if (p.last() < t.first()) before = p;
        }
        return before != null && (t.form() == VerbForm.PASSIVE || actor.isEmpty()) ? before : null;
    }

    /** Mention types that are names: an event noun inside one is part of the name. */
    private static final java.util.Set<String> NAMED = java.util.Set.of("ORG", "IGO", "GROUP", "PERSON");

    private static boolean isPrep(SentenceView s, int i) {
        String w = s.norm(i);
        return Frame.preposition(w) != null;
    }

    /** The reaction verb (أدان، استنكر) within two words before the trigger in its clause, or -1. */
    private int referencedBy(SentenceView s, Clause c, TriggerMatch t) {
        int near = classes.findLast(s, Math.max(c.first(), t.first() - 2), t.first(), "reference-verb");
        if (near >= 0) return near;
        // verb-subject-object: the subject and a time may stand between (أدان الحزب المعارض أمس عملية الخطف); the clause
        // ends at a complementizer or a relative pronoun, so a report after أن or الذي is not reached
        int far = classes.findLast(s, Math.max(c.first(), t.first() - REACTION_OBJECT_REACH), t.first(), "reference-verb");
        return far >= 0 && c.kind() != Clause.Kind.RELATIVE ? far : -1;
    }

    /** How far (in words) after a verb of reaction its object may stand, past its subject and a time. */
    private static final int REACTION_OBJECT_REACH = 8;

    /** Whether tokens [from, to) report a concrete occurrence of {@code t}: for a protest, also its participants (ProtestRules). */
    private boolean anchored(SentenceView s, int from, int to, TriggerMatch t) {
        return anchored(s, from, to) || isProtest(t) && protest.anchoredByProtesters(s, from, to);
    }

    private boolean isProtest(TriggerMatch t) { return "PROTEST".equals(cameo.get(t.entry().cameo()).category()); }

    /**
     * Whether an event noun is the act of a light verb in the perfect, reported like a perfect verb: قامت الدبابة بقصف
     * المنزل (قام ... بـ within twelve words, class performed), تم اغتصابها (تم right before it, class done).
     */
    private boolean performed(SentenceView s, Clause c, TriggerMatch t) {
        if (t.isVerb() || c.kind() == Clause.Kind.RELATIVE) return false;
        int d = t.first() - 1;
        if (d >= c.first() && classes.at(s, d, "done")) return opensStatement(s, c, d);
        int k = t.proclitics().endsWith("ب") ? classes.findLast(s, Math.max(c.first(), t.first() - 12), t.first(), "performed") : -1;
        return k >= 0 && opensStatement(s, c, k);
    }

    /**
     * Whether the light verb at {@code k} states an act rather than describes a noun (سفن تم اختطافها، من قام باعتداء):
     * it opens its clause, or follows punctuation or a word of class statement-opener (انه، قد، ثم، حيث).
     */
    private boolean opensStatement(SentenceView s, Clause c, int k) {
        if (k == c.first()) return true;
        return s.isPunct(k - 1) || classes.at(s, k - 1, "statement-opener") || s.mentionAt(k - 1) != null && k - 2 >= c.first() && (s.isPunct(k - 2) || s.mentionAt(k - 1).first() == c.first());
    }

    /** Whether tokens [from, to) report a concrete occurrence: a number, a time or casualty word, a verb of happening. */
    private boolean anchored(SentenceView s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.token(i).kind() == org.rasd.core.text.TokenKind.NUMBER) return true;
        }
        return classes.find(s, from, to, "anchor") >= 0 || classes.find(s, from, to, "happen") >= 0;
    }

    /**
     * Whether a cooperative noun (class {@code standing-noun}: اتفاق، صفقة، تعاون، تحالف ...) reports a new act:
     * a word of class {@code enact} (وقع، أبرم، توصل إلى، أعلن، تعزيز ...) up to ten words before it in its clause,
     * a future cue before it in its clause, a planned-after cue within three words after it (الاتفاقيات العسكرية
     * المخطط لها), or the adverbial بالتعاون مع (an act done together). A completion or state word right after it
     * (class {@code standing-after}: المبرم، القائم، السابق) always makes it a reference.
     */
    private boolean enacted(SentenceView s, Clause c, TriggerMatch t) {
        for (int k = t.last() + 1; k < Math.min(c.end(), t.last() + 3); k++) {
            if (classes.at(s, k, "standing-after")) return false;
        }
        if (classes.find(s, Math.max(c.first(), t.first() - 10), t.first(), "enact") >= 0) return true;
        if (t.first() > c.first() && classes.at(s, t.first() - 1, "enact-adjacent")) return true;
        if (cues.find(s, c.first(), t.first(), "future") >= 0) return true;
        if (cues.find(s, t.last() + 1, Math.min(c.end(), t.last() + 4), "planned-after") >= 0) return true;
        return t.proclitics().contains("ب") && t.last() + 1 < c.end() && s.norm(t.last() + 1).equals("مع");
    }

    /**
     * A verb of helping (class {@code helps-to}: ساعد، يساعد ...) followed, after at most one object, by على or في
     * (ساعد على، تساعدهم على التركيز، ستساعد مصر على تأمين) means "helps to, contributes to": it is cooperation only
     * when a party is its subject — a mention ending within three words before the verb, or, for a perfect verb,
     * a mention right after it (ساعدت الولايات المتحدة العراق على). A thing (الطائرات، التصريحات) or no subject is
     * no COOPERATE event.
     */
    private boolean helpsTo(SentenceView s, TriggerMatch t, Roles roles) {
        if (!t.isVerb() || !classes.at(s, t.first(), "helps-to")) return false;
        boolean toFollows = false;
        for (int k = t.last() + 1; k < Math.min(s.size(), t.last() + 5) && !toFollows; k++) {
            String w = s.norm(k);
            toFollows = w.equals("على") || w.equals("علي") || w.equals("في");
        }
        if (!toFollows) return false;
        if (roles.actor().isEmpty() || !roles.actorSlot().startsWith("subj") || roles.actorSlot().contains("previous")) return true;
        SentenceView.Placed a = roles.actor().get(0);
        boolean before = a.last() < t.first() && a.last() >= t.first() - 3;
        boolean after = t.form() == VerbForm.PERFECT && a.first() == t.last() + 1;
        return !(before || after);
    }

    /**
     * A visit, travel or hosting trigger (CAMEO 042 visit, 043 host/receive) is a meeting of parties only when it is
     * not about a place, a thing or private visitors: a word of class {@code not-a-visit} (موقع، متنزه، مسجد، معرض،
     * سفينة، حفل، الحجاج، المصطافون، المواسين) within four words before the trigger or eight after it, in its clause,
     * makes it no CONSULT event — unless its recipient is a party of known country with a state or political sector
     * (زار الرئيس المعرض مع نظيره الفرنسي keeps نظيره). Returns the position of that word, or -1.
     */
    private int privateVisit(SentenceView s, List<Clause> clauses, TriggerMatch t, Roles roles) {
        String code = t.entry().cameo();
        if (!code.startsWith("042") && !code.startsWith("043")) return -1;
        for (SentenceView.Placed r : roles.recipient()) if (politicalParty(r)) return -1;
        Clause c = ClauseSplitter.clauseOf(clauses, t.first());
        int before = classes.findLast(s, Math.max(c.first(), t.first() - 4), t.first(), "not-a-visit");
        if (before >= 0) return before;
        return classes.find(s, t.last() + 1, Math.min(c.end(), t.last() + 9), "not-a-visit");
    }

    /**
     * A CONSULT trigger (a meeting, talks, a visit) with a word of class {@code non-political-body} (فيفا، النادي،
     * مجلس الإدارة، الجمعية العمومية، المدرسة) within six words before it or eight after it in its sentence, is a
     * meeting of a club, a company or a school board, not a political consultation — unless one of its parties is of
     * known country with a state or political sector (التقى وزير الرياضة السعودي رئيس النادي keeps the minister).
     * Returns the position of that word, or -1.
     */
    private int nonPoliticalBody(SentenceView s, List<Clause> clauses, TriggerMatch t, Roles roles) {
        if (!"CONSULT".equals(cameo.get(t.entry().cameo()).category())) return -1;
        for (List<SentenceView.Placed> side : List.of(roles.actor(), roles.recipient())) {
            for (SentenceView.Placed p : side) if (politicalParty(p)) return -1;
        }
        // the sentence, not the clause: a body's name is often quoted (اللجنة التنفيذية لـ "فيفا")
        int before = classes.findLast(s, Math.max(0, t.first() - 6), t.first(), "non-political-body");
        if (before >= 0) return before;
        return classes.find(s, t.last() + 1, Math.min(s.size(), t.last() + 9), "non-political-body");
    }

    /**
     * Support, praise, defence or congratulation (CAMEO 050–054) whose object is a thing, an activity or a subsidy
     * (class {@code not-a-party-object}: الجهود، الفعاليات، البرامج، الوقود، الأسعار، ألوان الفريق، أدائه) — such a word
     * within eight words after the trigger in its clause, not followed within two words by a political party (known
     * country, state or political sector) whose thing it is — is no SUPPORT event, unless the recipient is such a party.
     * دعمت السعودية جهود الحكومة اليمنية keeps the event (the government follows جهود). Returns the word's position, or -1.
     */
    private int supportOfAThing(SentenceView s, List<Clause> clauses, TriggerMatch t, Roles roles) {
        String code = t.entry().cameo();
        if (!"SUPPORT".equals(cameo.get(code).category()) || code.compareTo("050") < 0 || code.compareTo("055") >= 0) return -1;
        for (SentenceView.Placed r : roles.recipient()) if (politicalParty(r)) return -1;
        Clause c = ClauseSplitter.clauseOf(clauses, t.first());
        int k = classes.find(s, t.last() + 1, Math.min(c.end(), t.last() + 9), "not-a-party-object");
        if (k < 0) return -1;
        for (SentenceView.Placed p : s.mentions()) if (p.first() > k && p.first() <= k + 2 && politicalParty(p)) return -1;
        return k;
    }

    /** A party of known country whose sector is a state or political one (not civilians or businesses). */
    private static boolean politicalParty(SentenceView.Placed p) {
        String sector = p.mention().sector();
        return p.mention().country() != null && sector != null && !NON_POLITICAL_SECTORS.contains(sector);
    }

    /** Sectors of parties that do not make a visit or a reception a political meeting (civilians, businesses). */
    private static final Set<String> NON_POLITICAL_SECTORS = Set.of("CVL", "BUS");

    private boolean controlledByCue(SentenceView s, List<Clause> clauses, TriggerMatch t) {
        Clause c = ClauseSplitter.clauseOf(clauses, t.first());
        int k = cues.findLast(s, Math.max(c.first(), t.first() - 4), t.first(), "control");
        return k >= 0;
    }

    private List<Event> toEvents(AnalyzedDocument doc, SentenceView s, List<Clause> clauses, CodedEvent c, int n) {
        TriggerMatch t = c.trigger();
        int start = s.token(t.first()).start(), end = s.token(t.last()).end();
        List<EventActor> actor = c.actor().stream().map(p -> actor(p.mention())).toList();
        List<EventActor> recipient = c.recipient().stream().map(p -> actor(p.mention())).toList();
        EventActor claimant = null;
        Modality m = c.modality();
        if (!m.claimant().isEmpty()) claimant = actor(m.claimant().get(0).mention());
        else if (m.claimantTo() > m.claimantFrom()) {
            int a = s.token(m.claimantFrom()).start(), b = s.token(m.claimantTo() - 1).end();
            claimant = new EventActor(null, null, null, null, null, a, b, doc.text().substring(a, b));
        }
        Location loc = location(s, c.clause());
        String date = dates.resolve(s, c.clause(), doc.date());
        CameoCode cc = c.code();
        String id = doc.id() + "-" + s.index() + "-" + start + "-" + n;
        String gloss = Gloss.of(cc, actor, recipient, loc == null ? null : locName(s, loc), m.kind(), claimant);
        return List.of(new Event(id, cc.category(), cc.mode(), cc.context(), cc.code(), cc.goldstein(), cc.quadClass(), actor, recipient, loc,
                date, m.kind(), claimant, s.index(), start, end, doc.text().substring(start, end), s.sentence().sentence().text(),
                c.rule(), c.confidence(), gloss, 1));
    }

    private static String locName(SentenceView s, Location loc) {
        for (SentenceView.Placed p : s.mentions()) if (p.mention().start() == loc.start() && p.mention().name() != null) return p.mention().name();
        return loc.text();
    }

    /** Where the clause's event took place: a place after في (a country too), else the first city of the sentence. */
    static SentenceView.Placed locationMention(SentenceView s, Clause c) {
        SentenceView.Placed best = null;
        for (SentenceView.Placed p : s.mentions()) {
            String type = String.valueOf(p.mention().type());
            boolean after = "في".equals(p.preposition());
            if (!CITY_TYPES.contains(type) && !("COUNTRY".equals(type) && after && !p.adjective())) continue;
            boolean inClause = c.contains(p.first());
            if (best == null || inClause && after && !(c.contains(best.first()) && "في".equals(best.preposition()))) best = p;
        }
        return best;
    }

    private static Location location(SentenceView s, Clause c) {
        SentenceView.Placed best = locationMention(s, c);
        if (best == null) return null;
        Mention m = best.mention();
        return new Location(m.text(), m.start(), m.end(), m.country());
    }

    static EventActor actor(Mention m) {
        return new EventActor(m.code(), m.country(), m.sector(), m.entity(), m.name(), m.start(), m.end(), m.text());
    }

    private static String names(List<SentenceView.Placed> ps) {
        return ps.isEmpty() ? "-" : ps.stream().map(p -> p.mention().text() + "(" + p.mention().code() + ")").toList().toString();
    }

    private static double round(double d) { return Math.round(d * 100) / 100.0; }
}
