package org.rasd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.core.Extractor;
import org.rasd.server.WorkbenchServer;
import picocli.CommandLine;

class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void startsOnLoopbackPrintsTheUrlAndServesTheApi() throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
        try (ServeCommand.Running r = ServeCommand.start(out, Extractor.load(), dir, WorkbenchServer.Options.local(0))) {
            assertThat(buf.toString(StandardCharsets.UTF_8)).contains("Open http://127.0.0.1:" + r.server().port() + "/");
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> s = http.send(HttpRequest.newBuilder(URI.create(r.url() + "api/articles")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"هددت الجزائر المغرب.\"}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(s.statusCode()).isEqualTo(201);
            assertThat(http.send(HttpRequest.newBuilder(URI.create(r.url())).build(), HttpResponse.BodyHandlers.ofString()).body()).contains("Dashboard");
        }
        // the store keeps the article
        try (ServeCommand.Running r = ServeCommand.start(new PrintStream(new ByteArrayOutputStream()), Extractor.load(), dir, WorkbenchServer.Options.local(0))) {
            assertThat(r.workbench().store().stats().articles()).isEqualTo(1);
        }
    }

    @Test
    void badPortIsAUsageError() {
        assertThat(Main.commandLine().execute("serve", "--port", "70000", "--data", dir.toString())).isEqualTo(CommandLine.ExitCode.USAGE);
    }
}
