package org.rasd.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.rasd.core.Extractor;
import org.rasd.server.data.DuckStore;
import org.rasd.server.watch.Watchlists;

/** A workbench server on a free port over a store in a temporary directory, with an HTTP client. */
final class TestServer implements AutoCloseable {
    private static Extractor extractor;
    final WorkbenchServer server;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final String base;

    TestServer(Path dataDir, Workbench.Extraction extraction) {
        Workbench wb = new Workbench(extraction, DuckStore.open(dataDir), Watchlists.open(dataDir));
        server = new WorkbenchServer(wb, WorkbenchServer.Options.local(0)).start();
        base = "http://127.0.0.1:" + server.port();
    }

    TestServer(Path dataDir) {
        this(dataDir, Workbench.Extraction.of(extractor()));
    }

    static synchronized Extractor extractor() {
        if (extractor == null) extractor = Extractor.load();
        return extractor;
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> delete(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).DELETE().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        server.close();
        server.workbench().close();
    }
}
