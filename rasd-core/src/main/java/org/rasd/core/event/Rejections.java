package org.rasd.core.event;

import java.util.List;
import org.rasd.core.lexicon.WordList;

/**
 * The rejection rules of the event stage, in the order they are tried — the only place that says the order, which
 * decides the reason reported (in {@code rasd explain}) when several rules hold. Two lists:
 * <ul>
 *   <li>{@link #ofMatch()}: tried by the {@link TriggerMatcher} on every candidate match, before roles are filled;
 *       a rejected candidate leaves the position to a shorter or another reading;</li>
 *   <li>{@link #ofParties()}: tried once the frame has filled the roles of a kept match (is the event one between
 *       political parties?).</li>
 * </ul>
 * Adding a rule is one class implementing {@link Rejection} and one line here (and one in docs/architecture.md).
 * Thread-safe: the rules are stateless; a {@link RuleContext} is made per match.
 */
final class Rejections {
    private final CameoTable cameo;
    private final Rejection[] ofMatch;
    private final Rejection[] ofParties;

    Rejections(CameoTable cameo, PhraseSets classes, PhraseSets cues, WordList states, Homographs homographs, ProtestRules protest,
               OccurrenceEvidence evidence) {
        this.cameo = cameo;
        this.ofMatch = new Rejection[] {
                new Homograph(homographs),
                new Figurative(classes),
                new NeedsWord(classes),
                new ReferenceToOccurrence(classes),
                new TimeExpression(classes),
                new Habitual(classes),
                new GenericObject(classes),
                new Disaster(classes),
                new DefusedDevice(classes),
                new ChargeFearOrClaim(classes),
                new CourtProceedings(classes),
                new VerbalNounAsVerb(classes),
                new PartOfName(),
                new TopicOfAction(classes),
                new EarlierDeal(classes),
                new ExistingAgreement(classes, cues),
                new ReactionObject(classes),
                new Purpose(classes),
                new UnanchoredNoun(classes, evidence),
                new NotAProtest(classes, protest),
                new StateOfAffairs(states),
                new VerbalNouns(classes),
                new Anaphors(classes),
                new DeclinedComment(classes),
        };
        this.ofParties = new Rejection[] {
                new HelpsToWithoutParty(classes),
                new PrivateVisit(classes),
                new NonPoliticalBody(classes),
                new SupportOfAThing(classes),
        };
    }

    /** The rules tried on every candidate match, in order. */
    List<Rejection> ofMatch() { return List.of(ofMatch); }

    /** The rules tried on a kept match once its roles are filled, in order. */
    List<Rejection> ofParties() { return List.of(ofParties); }

    /** Why a candidate match is not an event here (the first rule of {@link #ofMatch()} that says so), or null. */
    String reason(SentenceView s, List<Clause> clauses, TriggerMatch t) {
        return first(ofMatch, new RuleContext(s, clauses, t, cameo, null));
    }

    /** Why a kept match, given its roles, names no event between political parties, or null. */
    String notPolitical(SentenceView s, List<Clause> clauses, TriggerMatch t, Roles roles) {
        return first(ofParties, new RuleContext(s, clauses, t, cameo, roles));
    }

    /** The first rule's reason, prefixed with the rule's name (the trace of {@code rasd explain} shows both). */
    private static String first(Rejection[] rules, RuleContext c) {
        for (Rejection r : rules) {
            String why = r.reason(c);
            if (why != null) return r.name() + ": " + why;
        }
        return null;
    }
}
