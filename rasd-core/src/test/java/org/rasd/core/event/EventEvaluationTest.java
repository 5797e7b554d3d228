package org.rasd.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.core.Extractor;
import org.rasd.core.Shared;
import org.rasd.core.eval.EventEvaluation;

/** The event evaluation on the dev gold, with floors slightly below what the coder reaches (docs/event-lexicon.md). */
class EventEvaluationTest {
    @Test
    void devFigures() throws Exception {
        Path gold = Shared.file("data/event-gsr-dev");
        EventEvaluation.Result r = EventEvaluation.run(gold, Extractor.load()::extract);
        EventEvaluation.Score assault = r.detection().get("ASSAULT"), protest = r.detection().get("PROTEST");
        // detection as the issue defines it: any non-negated event of the category
        assertThat(assault.recall()).isGreaterThanOrEqualTo(0.85);
        assertThat(assault.precision()).isGreaterThanOrEqualTo(0.48);
        assertThat(protest.recall()).isGreaterThanOrEqualTo(0.84);
        assertThat(protest.precision()).isGreaterThanOrEqualTo(0.74);
        // actor and recipient countries on the gold records that have one (docs/event-lexicon.md)
        // (ASSAULT actor: 22 of 31; two records that matched the gold by chance — a news agency, the victims' nisba as the
        // attacker — lost it when those readings were fixed, and CasualtyCause won a passive one back)
        assertThat(r.countries().get("ASSAULT").actorShare()).isGreaterThanOrEqualTo(0.70);
        assertThat(r.countries().get("ASSAULT").recipientShare()).isGreaterThanOrEqualTo(0.54);
        assertThat(r.countries().get("PROTEST").actorShare()).isGreaterThanOrEqualTo(0.55);
        assertThat(r.countries().get("PROTEST").recipientShare()).isGreaterThanOrEqualTo(0.28);
        assertThat(r.table()).contains("ASSAULT").contains("precision");
        assertThat(r.json()).contains("\"detection\"").contains("\"false_positives\"");

        // the stricter reading (only events reported as having happened) trades recall for precision
        EventEvaluation.Result reported = EventEvaluation.run(gold, Extractor.load()::extract, 0, EventEvaluation.REPORTED);
        assertThat(reported.detection().get("ASSAULT").precision()).isGreaterThan(assault.precision()).isGreaterThanOrEqualTo(0.54);
        assertThat(reported.detection().get("ASSAULT").recall()).isGreaterThanOrEqualTo(0.83);
    }

    @Test
    void badGoldIsAClearError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("x.csv"), "id,event_type,label,text\na,ASSAULT,maybe,نص\n");
        assertThatThrownBy(() -> EventEvaluation.run(dir, r -> null)).hasMessageContaining("x.csv:2").hasMessageContaining("bad label");
        assertThatThrownBy(() -> EventEvaluation.run(dir.resolve("missing"), r -> null)).hasMessageContaining("not a directory");
    }

    @Test
    void quotedCsvFields(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("x.csv"), "id,event_type,label,text\n\"AAW_ARB_20080101.1-1\",PROTEST,yes,\"نص، مع \"\"اقتباس\"\"\nوسطر\"\n");
        assertThat(EventEvaluation.readCsv(dir.resolve("x.csv"))).singleElement()
                .satisfies(l -> assertThat(l.text()).isEqualTo("نص، مع \"اقتباس\"\nوسطر"));
    }
}
