package org.rasd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rasd explain} and {@code rasd eval events} end to end. */
class EventCommandsTest {
    @TempDir
    Path dir;

    @Test
    void explainShowsTokensMentionsTriggersAndEvents() throws Exception {
        Path a = dir.resolve("a.txt");
        Files.writeString(a, "عنوان الخبر\nأكد المغرب أن إيران تقدم أسلحة لجبهة البوليساريو.\n");
        CliRun r = CliRun.run("explain", a.toString(), "--sentence", "1");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("tokens").contains("ل+جبهه").contains("mentions:").contains("IRN")
                .contains("lexicon/events/verbs.txt").contains("AID 072 claimed").contains("ACCUSE");
    }

    @Test
    void explainRejectsASentenceThatDoesNotExist() throws Exception {
        Path a = dir.resolve("a.txt");
        Files.writeString(a, "عنوان\nجملة واحدة.\n");
        CliRun r = CliRun.run("explain", a.toString(), "--sentence", "9");
        assertThat(r.code()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("no sentence 9");
    }

    @Test
    void evalEventsPrintsATableAndJson() throws Exception {
        Files.writeString(dir.resolve("g.csv"), "id,event_type,label,text\n"
                + "AAW_ARB_20080101.1-1,PROTEST,yes,تظاهر آلاف الطلاب امس في القاهرة ضد الحكومة.\n"
                + "AAW_ARB_20080101.1-2,PROTEST,easy no,ارتفعت أسعار النفط.\n"
                + "AAW_ARB_20080101.1-3,PROTEST,ambiguous,تظاهرة.\n");
        CliRun t = CliRun.run("eval", "events", "--gold", dir.toString());
        assertThat(t.code()).as(t.err()).isZero();
        assertThat(t.out()).contains("PROTEST").contains("1.000");
        Files.writeString(dir.resolve("h.csv"), "id,event_type,label,text\nx,PROTEST,perhaps,نص\n");
        CliRun bad = CliRun.run("eval", "events", "--gold", dir.toString());
        assertThat(bad.code()).isEqualTo(Main.USAGE);
        assertThat(bad.err()).contains("h.csv:2").contains("bad label");
        Files.delete(dir.resolve("h.csv"));
        CliRun j = CliRun.run("eval", "events", "--gold", dir.toString(), "--json");
        assertThat(j.out()).contains("\"PROTEST\"").contains("\"tp\" : 1").contains("\"tn\" : 1");
    }
}
