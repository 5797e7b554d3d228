package org.rasd.core.event;

import java.util.List;

/**
 * One trigger match under test by the {@link Rejection} rules: the sentence view, its clauses, the match, its
 * roles (for the rules tried once roles are filled; null before) and what several rules read, computed once and
 * only when a rule first asks (the clause of the match, its CAMEO category). One per match, used by one thread.
 */
final class RuleContext {
    private final SentenceView view;
    private final List<Clause> clauses;
    private final TriggerMatch match;
    private final CameoTable cameo;
    private final Roles roles;
    private Clause clause;
    private String category;

    RuleContext(SentenceView view, List<Clause> clauses, TriggerMatch match, CameoTable cameo, Roles roles) {
        this.view = view;
        this.clauses = clauses;
        this.match = match;
        this.cameo = cameo;
        this.roles = roles;
    }

    SentenceView view() { return view; }

    List<Clause> clauses() { return clauses; }

    TriggerMatch match() { return match; }

    TriggerEntry entry() { return match.entry(); }

    /** The roles the frame filled, or null when the rule runs before roles are filled (in the matcher). */
    Roles roles() { return roles; }

    /** The clause the trigger's first token stands in. */
    Clause clause() {
        if (clause == null) clause = ClauseSplitter.clauseOf(clauses, match.first());
        return clause;
    }

    /** The PLOVER category of the entry's default CAMEO code (ASSAULT, PROTEST, CONSULT ...). */
    String category() {
        if (category == null) category = cameo.get(match.entry().cameo()).category();
        return category;
    }

    boolean assault() { return "ASSAULT".equals(category()); }

    boolean protest() { return "PROTEST".equals(category()); }

    /** The PLOVER category of any CAMEO code. */
    String categoryOf(String code) { return cameo.get(code).category(); }
}
