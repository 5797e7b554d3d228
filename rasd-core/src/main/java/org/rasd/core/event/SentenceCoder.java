package org.rasd.core.event;

import java.util.ArrayList;
import java.util.List;
import org.rasd.core.text.AnalyzedDocument;

/**
 * Codes the triggers of one sentence, in steps: match the triggers ({@link TriggerMatcher}, every candidate tried
 * against {@link Rejections#ofMatch}); link control verbs to their complements ({@link ControlLinks}); for each kept
 * trigger, skip what is no event of its own (a request's content, an unanchored violent verb, a complement-taking
 * verb, a bare noun), fill its roles ({@link FrameFiller}), test them ({@link Rejections#ofParties}), then settle its
 * code (refinement, figurative reading, a request's content, planned cooperation → AGREE), its modality
 * ({@link ModalityDetector}) and its roles ({@link SpeakerRoles}, {@link VictimRoles}, {@link CasualtyCause}, {@link ProtestRoles}) and its
 * confidence. Thread-safe (no mutable state).
 */
final class SentenceCoder {
    private final CameoTable cameo;
    private final PhraseSets classes;
    private final PhraseSets cues;
    private final EmbeddingTable embedding;
    private final TriggerMatcher matcher;
    private final FrameFiller filler;
    private final ModalityDetector modality;
    private final Rejections rejections;
    private final OccurrenceEvidence evidence;
    private final VictimRoles victimRoles;
    private final ProtestRoles protestRoles;
    private final CasualtyCause casualtyCause;

    SentenceCoder(CameoTable cameo, PhraseSets classes, PhraseSets cues, EmbeddingTable embedding, TriggerMatcher matcher, FrameFiller filler,
                  ModalityDetector modality, Rejections rejections, OccurrenceEvidence evidence, VictimRoles victimRoles, ProtestRoles protestRoles) {
        this.cameo = cameo;
        this.classes = classes;
        this.cues = cues;
        this.embedding = embedding;
        this.matcher = matcher;
        this.filler = filler;
        this.modality = modality;
        this.rejections = rejections;
        this.evidence = evidence;
        this.victimRoles = victimRoles;
        this.protestRoles = protestRoles;
        this.casualtyCause = new CasualtyCause(classes);
    }

    /** Codes a sentence's triggers; no word before token {@code firstCandidate} opens a trigger pattern. */
    List<CodedEvent> code(SentenceView s, List<Clause> clauses, AnalyzedDocument doc, List<SentenceView.Placed> topic, int firstCandidate, List<String> trace) {
        List<TriggerMatcher.Tried> tried = trace == null ? null : new ArrayList<>();
        // the longest trigger whose conditions (needs, anchors, states) hold at each position
        List<TriggerMatch> matches = matcher.match(s, firstCandidate, tried, m -> rejections.reason(s, clauses, m));
        if (trace != null) {
            trace.add("clauses: " + clauses.stream().map(c -> c.kind() + "[" + s.surface(c.first(), c.end()) + "]").toList());
            for (TriggerMatcher.Tried t : tried) if (!t.result().equals("no trigger")) trace.add("  token " + t.token() + " '" + t.stem() + "': " + t.result());
        }
        List<CodedEvent> out = new ArrayList<>();
        ControlLinks links = ControlLinks.of(matches, clauses);
        for (int i = 0; i < matches.size(); i++) {
            TriggerMatch t = matches.get(i);
            // (no rejection rules here: the matcher kept only matches they let through, and they are pure functions)
            Integer outer = links.controller(i);
            if (outer != null && isRequest(matches.get(outer))) {
                if (trace != null) trace.add("  '" + s.surface(t.first(), t.last() + 1) + "' is the content of a request: coded as the request's context");
                continue;
            }
            Roles roles = filler.fill(s, clauses, t);
            boolean figurative = Figurative.readFiguratively(classes, s, t);
            if (unanchoredAct(s, t, roles, figurative)) {
                if (trace != null) trace.add("  not coded '" + s.surface(t.first(), t.last() + 1) + "': a violent or protest act needs a named actor of known country or a concrete anchor in its sentence (a time, a number, a casualty word)");
                continue;
            }
            if (outer != null && roles.actor().isEmpty()) {
                // control verbs that are not triggers (قرر، حاول): their complement inherits their subject
                Roles or = filler.fill(s, clauses, matches.get(outer));
                if (!or.actor().isEmpty()) roles = new Roles(or.actor(), "controller's " + or.actorSlot(), roles.recipient(), roles.recipientSlot(), roles.penalty() - 0.15, roles.notes());
            }
            String notPolitical = rejections.notPolitical(s, clauses, t, roles);
            if (notPolitical != null) {
                if (trace != null) trace.add("  not coded '" + s.surface(t.first(), t.last() + 1) + "': " + notPolitical);
                continue;
            }
            Integer inner = links.complement(i);
            if (inner != null && !isRequest(t)) {
                if (trace != null) trace.add("  '" + s.surface(t.first(), t.last() + 1) + "' takes the event '" + s.surface(matches.get(inner).first(), matches.get(inner).last() + 1) + "' as complement: the complement is coded");
                continue;
            }
            if (!t.isVerb() && !t.entry().anchor() && !roles.hasArgument() && outer == null && t.entry().needs() == null && !controlledByCue(s, clauses, t)) {
                if (trace != null) trace.add("  not coded '" + s.surface(t.first(), t.last() + 1) + "': a noun without actor or recipient names no event");
                continue;
            }
            EventDraft d = draft(s, clauses, doc, t, roles, figurative);
            d.roles = SpeakerRoles.repair(s, d, topic);
            d.actor = d.roles.actor();
            d.recipient = d.roles.recipient();
            if (inner != null) withRequestContent(s, clauses, d, matches.get(inner));
            d.cameo = cameo.get(d.code);
            victimRoles.casualtyVerbSubject(s, d, matches);
            SpeakerRoles.ownSubjectBeforeVerb(s, d);
            victimRoles.casualtyNounSubject(s, d);
            casualtyCause.repair(s, d);
            victimRoles.victims(s, d);
            protestRoles.repair(s, d);
            if ("planned".equals(d.modality.kind()) && d.cameo.cooperative()) {
                String agree = embedding.combine("FUTURE", d.code);
                if (agree != null) { d.rule.append(" future→AGREE ").append(d.code); d.cameo = cameo.get(agree); }
            }
            double conf = confidence(s, d);
            emit(s, d, conf, out, trace);
        }
        return out;
    }

    private boolean isRequest(TriggerMatch t) { return "REQUEST".equals(cameo.get(t.entry().cameo()).category()); }

    /**
     * A violent or protest verb (an {@code anchor} entry, read literally) with no concrete anchor in its sentence
     * and no named actor of known country (or an imperfect one): no report of an act.
     */
    private boolean unanchoredAct(SentenceView s, TriggerMatch t, Roles roles, boolean figurative) {
        return t.entry().anchor() && t.isVerb() && !figurative && !evidence.anchored(s, 0, s.size(), isProtest(t))
                && (roles.actor().isEmpty() || roles.actor().get(0).mention().country() == null || t.form() == VerbForm.IMPERFECT);
    }

    private boolean isProtest(TriggerMatch t) { return "PROTEST".equals(cameo.get(t.entry().cameo()).category()); }

    /** A control cue (قرر، حاول: class control of the cues) within four words before the trigger in its clause. */
    private boolean controlledByCue(SentenceView s, List<Clause> clauses, TriggerMatch t) {
        Clause c = ClauseSplitter.clauseOf(clauses, t.first());
        return cues.findLast(s, Math.max(c.first(), t.first() - 4), t.first(), "control") >= 0;
    }

    /** The draft of a kept trigger: its rule text, its code after refinement and figurative reading, its modality. */
    private EventDraft draft(SentenceView s, List<Clause> clauses, AnalyzedDocument doc, TriggerMatch t, Roles roles, boolean figurative) {
        Clause c = ClauseSplitter.clauseOf(clauses, t.first());
        StringBuilder rule = new StringBuilder(t.entry().id()).append(' ').append(t.entry().lemma().split("\\|")[0].strip())
                .append(" [").append(t.form().name().toLowerCase()).append("] frame ").append(t.entry().frame())
                .append(" actor=").append(roles.actorSlot().isEmpty() ? "-" : roles.actorSlot())
                .append(" recipient=").append(roles.recipientSlot().isEmpty() ? "-" : roles.recipientSlot());
        EventDraft d = new EventDraft(t, c, roles, rule);
        d.code = t.entry().cameo();
        String cls = CodeRefinement.classOf(classes, s, c, t);
        if (cls != null) {
            d.code = t.entry().refine().get(cls);
            rule.append(" ref:").append(cls);
        }
        if (figurative) {
            // هاجم الحزب، شن هجوما على الوزير، فتح النار على المنتقدين: no weapon, casualty or armed men in the sentence
            d.code = t.entry().figurative();
            rule.append(" figurative (no '").append(t.entry().literal()).append("' word in the sentence)");
        }
        d.modality = modality.detect(s, clauses, t, doc.date());
        return d;
    }

    /** A request with its content (طالب بالإفراج عن): the combined code, and the content's actor as the recipient. */
    private void withRequestContent(SentenceView s, List<Clause> clauses, EventDraft d, TriggerMatch in) {
        String innerCode = CodeRefinement.ofWord(classes, s, clauses, in);
        String combined = embedding.combine("REQUEST", innerCode);
        if (combined != null) { d.code = combined; d.rule.append(" +content ").append(in.entry().id()).append(" (").append(innerCode).append(')'); }
        if (d.recipient.isEmpty()) {
            List<SentenceView.Placed> giver = filler.genitive(s, clauses, in);
            if (giver.isEmpty()) giver = filler.fill(s, clauses, in).actor();
            List<SentenceView.Placed> requester = d.actor;
            giver = giver.stream().filter(p -> !requester.contains(p)).toList();
            if (!giver.isEmpty()) { d.recipient = giver; d.rule.append(" recipient=content's actor"); }
        }
    }

    /**
     * The entry's reliability less the frame's penalty; −0.1 in a flagged (noisy) sentence; −0.3 when a cooperative
     * trigger has a party after ضد (machine-translation noise: جنح الجزائر ضد المعسكرات — the trigger is trusted, never
     * invented conflict; that party becomes the recipient when there is none); −0.05 for a report with no named source.
     */
    private double confidence(SentenceView s, EventDraft d) {
        TriggerMatch t = d.trigger;
        double conf = t.entry().reliability() - d.roles.penalty();
        if (!s.sentence().sentence().flags().isEmpty()) conf -= 0.1;
        if (d.cameo.quadClass() <= 2) {
            SentenceView.Placed against = null;
            for (SentenceView.Placed p : s.mentions()) {
                if (p.first() > t.last() && d.clause.contains(p.first()) && "ضد".equals(p.preposition())) { against = p; break; }
            }
            if (against != null) {
                if (d.recipient.isEmpty()) d.recipient = s.group(against.group());
                conf -= 0.3;
                d.rule.append(" (preposition ضد contradicts a cooperative trigger: trusted the trigger)");
            }
        }
        if (d.modality.reported() && d.modality.claimant().isEmpty()) conf -= 0.05;
        return Confidence.clamp(conf);
    }

    /** Adds the coded event, or for a symmetric trigger with coordinated actors and no recipient, a reciprocal pair. */
    private static void emit(SentenceView s, EventDraft d, double conf, List<CodedEvent> out, List<String> trace) {
        TriggerMatch t = d.trigger;
        CameoCode cc = d.cameo;
        List<SentenceView.Placed> actor = d.actor, recipient = d.recipient;
        Modality m = d.modality;
        CodedEvent e = new CodedEvent(t, cc, actor, recipient, m, Confidence.round(conf), d.rule.toString(), d.clause);
        if (trace != null) trace.add("  coded " + cc.category() + " " + cc.code() + " '" + s.surface(t.first(), t.last() + 1) + "' actor=" + Parties.names(actor)
                + " recipient=" + Parties.names(recipient) + " modality=" + m.kind() + " (" + m.reason() + ") " + String.join("; ", d.roles.notes()));
        if (t.entry().symmetric() && recipient.isEmpty() && actor.size() >= 2) {
            out.add(new CodedEvent(t, cc, List.of(actor.get(0)), actor.subList(1, actor.size()), m, e.confidence(), e.rule() + " reciprocal", d.clause));
            out.add(new CodedEvent(t, cc, actor.subList(1, actor.size()), List.of(actor.get(0)), m, e.confidence(), e.rule() + " reciprocal", d.clause));
            if (trace != null) trace.add("    coordinated actors with a symmetric trigger: a reciprocal pair");
        } else {
            out.add(e);
        }
    }
}
