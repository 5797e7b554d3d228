package org.rasd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.core.io.DocumentJson;

/** The extract command end to end: documents out, rejects named, exit codes. */
class ExtractCommandTest {
    @TempDir
    Path dir;

    @Test
    void extractsATextFileToOneJsonDocument() throws Exception {
        Path a = dir.resolve("a.txt");
        Files.writeString(a, "أخبار تونس عاجل تونس والجزائر توقعان اتفاقية للتعاون الأمني\nوقع وزيرا الداخلية في البلدين اتفاقية أمنية.");
        CliRun r = CliRun.run("extract", a.toString());
        assertThat(r.code()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(1);
        JsonNode d = DocumentJson.mapper().readTree(lines.get(0));
        assertThat(d.get("schema").asText()).isEqualTo("rasd.document/1");
        assertThat(d.get("section").asText()).isEqualTo("أخبار تونس عاجل");
        assertThat(d.get("title").asText()).isEqualTo("تونس والجزائر توقعان اتفاقية للتعاون الأمني");
        assertThat(d.get("sentences")).hasSize(2);
        assertThat(d.has("quad_class") || d.has("external_id")).isTrue();
    }

    @Test
    void badRecordsAreNamedWrittenToTheRejectsFileAndTheRestGoesOn() throws Exception {
        Path jl = dir.resolve("in.jsonl");
        Files.writeString(jl, "{\"content\": \"نص أول.\"}\n{broken\n{\"content\": \"   \"}\n{\"content\": \"نص رابع.\"}\n");
        Path rejects = dir.resolve("rejects.jsonl");
        CliRun r = CliRun.run("extract", "--stats", "--rejects", rejects.toString(), jl.toString());
        assertThat(r.code()).isEqualTo(Main.SOME_REJECTED);
        assertThat(r.out().lines()).hasSize(2);
        assertThat(r.err()).contains("rasd: rejected " + jl + ":2: invalid JSON")
                .contains("rasd: rejected " + jl + ":3: empty document")
                .contains("4 read, 2 extracted, 2 rejected");
        assertThat(Files.readAllLines(rejects)).hasSize(2).allSatisfy(l -> assertThat(l).contains("\"reason\""));
    }

    @Test
    void invalidUserLexiconIsAConfigurationError() throws Exception {
        Path lex = dir.resolve("lex/text");
        Files.createDirectories(lex);
        Files.writeString(lex.resolve("section-labels.txt"), "# mine\nعاجل\n");
        Path a = dir.resolve("a.txt");
        Files.writeString(a, "نص.");
        CliRun r = CliRun.run("extract", "--lexicon", dir.resolve("lex").toString(), a.toString());
        assertThat(r.code()).isEqualTo(Main.BAD_CONFIG);
        assertThat(r.err()).contains("section-labels.txt:2: duplicate entry");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(CliRun.run("extract").code()).isEqualTo(Main.USAGE);
        assertThat(CliRun.run("extract", "--input-format", "pdf", "x").code()).isEqualTo(Main.USAGE);
    }

    @Test
    void demoIngestsTheBundledSamplesOnceAndSummarises() {
        String store = dir.resolve("demo-data").toString();
        CliRun r = CliRun.run("demo", "--no-serve", "--data", store);
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("6 read, 6 stored, 0 duplicate, 0 rejected")
                .contains("6 articles,").contains("Events by category:").contains("Top actor pairs:");
        CliRun again = CliRun.run("demo", "--no-serve", "--data", store);
        assertThat(again.out()).contains("6 read, 0 stored, 6 duplicate, 0 rejected").contains("6 articles,");
    }
}
