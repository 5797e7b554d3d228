package org.rasd.core.actor;

/**
 * What a phrase of the actor lexicons stands for. One phrase index holds them all, so that the longest
 * match decides between, e.g., the agent وزير الخارجية and the title وزير, or حزب الله and the head noun حزب.
 */
public sealed interface LexEntry {
    /** Where it was defined ({@code file:line}). */
    String rule();

    /** Lower binds first when two entries have the same span. */
    int priority();

    /** A name of a lexicon actor (country, place, organisation, person). */
    record Named(ActorEntry actor, String rule) implements LexEntry {
        public int priority() { return actor.type().equals("PERSON") ? 0 : actor.type().equals("COUNTRY") ? 1 : 2; }
    }

    /** A demonym/nisba adjective or plural: المغربي، المغربية، المغاربة → MAR. */
    record Nisba(String country, String rule) implements LexEntry {
        public int priority() { return 3; }
    }

    /**
     * A generic agent (الوفد، وزير الخارجية، مسلحون): {@code sector} may be null (الجانب), {@code mode}
     * says whether it needs a country ({@code compose}), also stands alone ({@code any}) or stands only for a named
     * group or body in construct after it ({@code body}: طيران التحالف). {@code articleCountry}: written with no country,
     * it is the article's country's own (الحكومة، قوات الأمن، النيابة العامة) when the article names one country only.
     */
    record Agent(String phrase, String sector, String mode, String role, boolean articleCountry, String rule) implements LexEntry {
        public int priority() { return 4; }

        public boolean standsAlone() { return mode.equals("any"); }

        public boolean onlyForBody() { return mode.equals("body"); }
    }

    /** A title or role that announces a person's name (الرئيس، اللواء، الباحث). */
    record Cue(String phrase, String sector, String role, String rule) implements LexEntry {
        public int priority() { return 5; }
    }

    /**
     * A head noun that opens an organisation name (وزارة، حزب، جامعة); {@code partOfName} is false for heads
     * that only announce a name (شركة توتال, نادي الزمالك: the name is توتال, الزمالك); {@code descriptive} is true for
     * heads that name a body by what it does (وزارة الصحة، المحكمة العليا، لجنة الانضباط): a description, not a
     * proper name, so the mention is a generic agent (resolution {@code agent}), not a named entity. {@code articleCountry}:
     * a body it opens with no country is the article's country's own when the article names one country only (وزارة الصحة).
     */
    record OrgHead(String phrase, String sector, String type, boolean partOfName, boolean descriptive, boolean articleCountry, String rule) implements LexEntry {
        public int priority() { return 6; }
    }

    /**
     * An in-article reference: {@code kind} is kingdom, two-countries, role:ROLE or same-head (the last organisation the
     * article named whose name begins with this word: التحالف after التحالف العربي).
     */
    record Reference(String phrase, String kind, String rule) implements LexEntry {
        public int priority() { return 7; }
    }
}
