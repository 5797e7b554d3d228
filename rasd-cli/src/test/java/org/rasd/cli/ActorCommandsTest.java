package org.rasd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rasd eval ner and rasd lexicon check. */
class ActorCommandsTest {
    @TempDir
    Path dir;

    @Test
    void evalNerPrintsATableAndJson() throws Exception {
        Path gold = dir.resolve("gold.txt");
        Files.writeString(gold, "وصل O\nجورج B-PERS\nبوش I-PERS\nإلى O\nالمغرب B-LOC\nو O\nالتقى O\nبالأمم B-ORG\nالمتحدة I-ORG\n. O\n");
        CliRun t = CliRun.run("eval", "ner", "--gold", gold.toString());
        assertThat(t.code()).isZero();
        assertThat(t.out()).contains("PERS", "LOC", "ORG", "MISC", "micro");
        CliRun j = CliRun.run("eval", "ner", "--gold", gold.toString(), "--json");
        assertThat(j.code()).isZero();
        assertThat(j.out()).startsWith("{\"PERS\": {\"precision\": 1.0000").contains("\"LOC\": {\"precision\": 1.0000").contains("\"micro\"");
    }

    @Test
    void evalNerRejectsABadGoldFile() throws Exception {
        Path gold = dir.resolve("bad.txt");
        Files.writeString(gold, "وصل O\nجورج PERSON\n");
        CliRun r = CliRun.run("eval", "ner", "--gold", gold.toString());
        assertThat(r.code()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("bad.txt:2");
    }

    @Test
    void lexiconCheckReportsProblemsWithFileAndLine() throws Exception {
        Files.createDirectories(dir.resolve("actors"));
        Files.writeString(dir.resolve("actors/organizations.txt"), "Foo | ORG | XXXGOV | فوو\n");
        CliRun bad = CliRun.run("lexicon", "check", dir.toString());
        assertThat(bad.code()).isEqualTo(Main.BAD_CONFIG);
        assertThat(bad.err()).contains("organizations.txt:1: unknown actor code 'XXXGOV'");
        Files.writeString(dir.resolve("actors/organizations.txt"), "Foo_Institute | ORG | MAREDU | معهد فوو\n");
        CliRun ok = CliRun.run("lexicon", "check", dir.toString());
        assertThat(ok.code()).isZero();
        assertThat(ok.out()).contains("lexicons valid");
    }
}
