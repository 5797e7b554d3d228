package org.rasd.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rasd.core.Extractor;
import org.rasd.core.Shared;
import org.rasd.core.model.Document;
import org.rasd.core.model.Event;
import org.rasd.core.model.EventActor;
import org.rasd.core.model.RawRecord;

/** The "Done when" events on the founding article (read from ../shared, never copied). */
class SeedEventsTest {
    static Document doc;

    @BeforeAll
    static void extract() throws Exception {
        String text = Shared.read("corpus/seed-000.txt");
        doc = Extractor.load().extract(RawRecord.ofText("seed-000.txt", text));
    }

    static boolean has(List<EventActor> as, String country) {
        return as.stream().anyMatch(a -> country.equals(a.country()));
    }

    static Predicate<Event> dyad(String category, String actor, String recipient) {
        return e -> e.event().equals(category) && has(e.actor(), actor) && (recipient == null || has(e.recipient(), recipient));
    }

    @Test
    void moroccoAndTheUnitedStatesConsult() {
        assertThat(doc.events()).anyMatch(dyad("CONSULT", "MAR", "USA"));
    }

    @Test
    void moroccoAccusesIran() {
        assertThat(doc.events()).filteredOn(dyad("ACCUSE", "MAR", "IRN")).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void iranGivesDronesToPolisarioClaimedByMorocco() {
        assertThat(doc.events()).anyMatch(e -> dyad("AID", "IRN", null).test(e) && e.cameo().startsWith("072")
                && e.recipient().stream().anyMatch(a -> a.name() != null && a.name().contains("Polisario"))
                && e.modality().equals("claimed") && e.claimant() != null && "MAR".equals(e.claimant().country()));
    }

    @Test
    void algeriaMobilises() {
        assertThat(doc.events()).anyMatch(dyad("MOBILIZE", "DZA", null));
    }

    @Test
    void congressGivesMilitaryAidToMorocco() {
        assertThat(doc.events()).anyMatch(e -> dyad("AID", "USA", "MAR").test(e) && e.cameo().equals("072")
                && e.actor().stream().anyMatch(a -> "LEG".equals(a.sector())));
    }

    @Test
    void moroccoRequestsUsAidClaimedByTheAnalyst() {
        assertThat(doc.events()).anyMatch(e -> dyad("REQUEST", "MAR", "USA").test(e) && e.cameo().startsWith("103")
                && e.modality().equals("claimed") && e.claimant() != null);
    }

    @Test
    void moroccoAndTheUnitedStatesAgreeOnMilitaryDeals() {
        assertThat(doc.events()).anyMatch(e -> dyad("AGREE", "MAR", "USA").test(e) && e.cameo().equals("0312") && e.modality().equals("planned"));
        assertThat(doc.events()).anyMatch(e -> e.event().equals("AGREE") && e.modality().equals("historical"));
    }

    @Test
    void moroccoCooperatesMilitarilyWithTheUnitedStatesHistorically() {
        assertThat(doc.events()).anyMatch(e -> dyad("COOPERATE", "MAR", "USA").test(e) && e.cameo().equals("062") && e.modality().equals("historical"));
    }

    @Test
    void noConflictInTheSeed() {
        assertThat(doc.events()).noneMatch(e -> Set.of("THREATEN", "ASSAULT", "COERCE", "SANCTION").contains(e.event()));
        assertThat(doc.events()).noneMatch(e -> e.quadClass() >= 3 && has(e.actor(), "DZA") && (has(e.recipient(), "CHN") || has(e.recipient(), "RUS")));
        assertThat(doc.events()).noneMatch(e -> e.quadClass() >= 3 && has(e.recipient(), "DZA") && (has(e.actor(), "CHN") || has(e.actor(), "RUS")));
    }

    @Test
    void nothingFromTheTrailingJunk() {
        int junk = doc.text().lastIndexOf("حقل الأرز");
        assertThat(junk).isPositive();
        assertThat(doc.events()).noneMatch(e -> e.triggerStart() >= junk);
    }

    @Test
    void headlineDuplicatesAreMerged() {
        assertThat(doc.events()).extracting(Event::id).doesNotHaveDuplicates();
        assertThat(doc.events()).allMatch(e -> e.mentions() >= 1);
    }
}
